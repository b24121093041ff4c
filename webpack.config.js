// Builds every front door from src/: the CLI for Node now; the task pane and the web page join here.
const path = require('node:path');
const webpack = require('webpack');

const typescript = { test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { transpileOnly: true } };

module.exports = (env, argv) => [
  {
    name: 'cli',
    target: 'node20',
    mode: argv.mode ?? 'production',
    entry: { main: './src/cli/main.ts' },
    output: { path: path.resolve(__dirname, 'dist/cli'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    module: { rules: [typescript] },
    devtool: 'source-map',
    optimization: { minimize: false },
    plugins: [new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true })],
  },
];
