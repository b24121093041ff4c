// Builds the front doors from src/: the task pane (with the ribbon command, one shared runtime) and the web
// page for the browser, and the CLI and the benchmark for Node.
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

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

const addin = (mode) => ({
  name: "addin",
  target: "web",
  mode: mode ?? "production",
  entry: { taskpane: "./src/taskpane/main.tsx" },
  output: {
    path: path.resolve(__dirname, "dist/addin"),
    filename: "[name].[contenthash:8].js",
    clean: true,
  },
  resolve: { extensions: [".tsx", ".ts", ".js"] },
  module: { rules: [typescript] },
  devtool: mode === "development" ? "eval-cheap-module-source-map" : "source-map",
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["taskpane"],
    }),
    new CopyWebpackPlugin({
      patterns: [{ from: "assets/*.png", to: "assets/[name][ext]" }, { from: "manifest.xml" }],
    }),
  ],
  devServer: {
    port: 3000,
    server: "https",
    headers: { "Access-Control-Allow-Origin": "*" },
    static: { directory: path.resolve(__dirname, "dist/addin") },
  },
});

const web = (mode) => ({
  name: "web",
  target: "web",
  mode: mode ?? "production",
  entry: { web: "./src/web/main.tsx" },
  output: {
    path: path.resolve(__dirname, "dist/web"),
    filename: "[name].[contenthash:8].js",
    clean: true,
  },
  resolve: { extensions: [".tsx", ".ts", ".js"] },
  module: { rules: [typescript] },
  devtool: "source-map",
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({
      filename: "index.html",
      template: "./src/web/index.html",
      chunks: ["web"],
    }),
    new CopyWebpackPlugin({ patterns: [{ from: "assets/icon-32.png", to: "assets/[name][ext]" }] }),
  ],
  // `npm run web`: static files on localhost, nothing else.
  devServer: {
    host: "127.0.0.1",
    port: 8080,
    static: false,
    hot: false,
    liveReload: false,
    client: false,
  },
});

module.exports = (env, argv) => [
  addin(argv.mode),
  web(argv.mode),
  node("cli", { main: "./src/cli/main.ts" }, "dist/cli", argv.mode),
  node("bench", { bench: "./bench/bench.ts" }, "dist/bench", argv.mode),
];
