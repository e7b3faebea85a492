/* eslint-disable no-undef */
// The pane-demo page for screenshots (scripts/pane-screenshots.mjs): the task pane over the tests'
// mock Office host, built into tmp/pane-demo. Not shipped with the add-in.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const root = path.resolve(__dirname, "..", "..");

module.exports = {
  mode: "production",
  context: root,
  entry: { demo: "./scripts/pane-demo/demo.tsx" },
  output: { path: path.join(root, "tmp", "pane-demo"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { onlyCompileBundledFiles: true, transpileOnly: true },
        },
      },
    ],
  },
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({
      filename: "index.html",
      templateContent:
        '<!doctype html><html><head><meta charset="utf-8"><title>SI Kalkyl</title></head><body style="margin:0"><div id="root"></div></body></html>',
    }),
  ],
};
