// Builds the front doors from src/ (the CLI for Node, and the benchmark); the task pane and the web page join here.
const path = require("node:path");
const webpack = require("webpack");

const typescript = {
  test: /\.tsx?$/,
  loader: "ts-loader",
  exclude: /node_modules/,
  options: { transpileOnly: true },
};

const node = (name, entry, outDir, mode) => ({
  name,
  target: "node20",
  mode: mode ?? "production",
  entry,
  output: { path: path.resolve(__dirname, outDir), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: { rules: [typescript] },
  devtool: "source-map",
  optimization: { minimize: false },
  plugins: [
    new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
  ],
});

module.exports = (env, argv) => [
  node("cli", { main: "./src/cli/main.ts" }, "dist/cli", argv.mode),
  node("bench", { bench: "./bench/bench.ts" }, "dist/bench", argv.mode),
];
