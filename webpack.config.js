// Builds the front doors from src/: the task pane (with the ribbon command, one shared runtime) and the web
// page for the browser, and the CLI and the benchmark for Node.
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { releaseManifest } = require("./scripts/releaseManifest");

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
  // The bench drives the Office.js adapter against office-addin-mock, which needs only office-addin-manifest's enum.
  resolve: {
    extensions: [".ts", ".js"],
    alias: {
      "office-addin-manifest": path.resolve(__dirname, "test/stubs/office-addin-manifest.js"),
    },
  },
  module: { rules: [typescript] },
  devtool: "source-map",
  optimization: { minimize: false },
  plugins: [
    new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
  ],
});

/** A page for the browser: one entry, its HTML template, the files it copies, and how `webpack serve` serves it. */
const page = ({ name, entry, html, copy, devServer }, mode) => ({
  name,
  target: "web",
  mode: mode ?? "production",
  entry: { [name]: entry },
  output: {
    path: path.resolve(__dirname, `dist/${name}`),
    filename: "[name].[contenthash:8].js",
    clean: true,
  },
  resolve: { extensions: [".tsx", ".ts", ".js"] },
  module: { rules: [typescript] },
  devtool: mode === "development" ? "eval-cheap-module-source-map" : "source-map",
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({
      filename: html,
      template: `./${path.dirname(entry)}/${html}`,
      chunks: [name],
    }),
    new CopyWebpackPlugin({ patterns: copy }),
  ],
  devServer,
});

// The add-in: the task pane with the ribbon command in one shared runtime, served over https for Office.
const addin = (mode) =>
  page(
    {
      name: "addin",
      entry: "./src/taskpane/main.tsx",
      html: "taskpane.html",
      copy: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        // With ADDIN_URL the built manifest is the release one, for the organisation's host.
        {
          from: "manifest.xml",
          transform: (content) =>
            process.env.ADDIN_URL
              ? releaseManifest(content.toString(), process.env.ADDIN_URL)
              : content,
        },
      ],
      devServer: {
        port: 3000,
        server: "https",
        headers: { "Access-Control-Allow-Origin": "*" },
        static: false,
      },
    },
    mode
  );

// `npm run web`: the web page as static files on localhost, nothing else.
const web = (mode) =>
  page(
    {
      name: "web",
      entry: "./src/web/main.tsx",
      html: "index.html",
      copy: [{ from: "assets/icon-32.png", to: "assets/[name][ext]" }],
      devServer: {
        host: "127.0.0.1",
        port: 8080,
        static: false,
        hot: false,
        liveReload: false,
        client: false,
      },
    },
    mode
  );

// Tests only: the strict Excel double as the page's Office.js, for the pane's Chromium tests.
const standin = (mode) => ({
  name: "standin",
  target: "web",
  mode: mode ?? "production",
  entry: { standin: "./test/ui/strictStandIn.ts" },
  output: { path: path.resolve(__dirname, "dist/standin"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: { rules: [typescript] },
  optimization: { minimize: false },
});

module.exports = (env, argv) => [
  addin(argv.mode),
  standin(argv.mode),
  web(argv.mode),
  node("cli", { main: "./src/cli/main.ts" }, "dist/cli", argv.mode),
  node("bench", { bench: "./bench/bench.ts" }, "dist/bench", argv.mode),
];
