/* eslint-disable no-undef */
// Two builds. The add-in: two entries share one runtime (taskpane.html loads both), as a
// shared-runtime add-in needs; functions.json / functions-sv.json are generated from the function
// catalog by scripts/generate-metadata.ts before webpack runs (see package.json "build"). The
// playground (dist/playground/, issue 9): the real task pane beside a grid over HyperFormula, a
// separate bundle so that the add-in's stay free of ExcelJS and HyperFormula.
// `--env playground` builds the playground alone (npm run playground).
const path = require("path");
const fs = require("fs");
const os = require("os");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { addinUrl, manifestFor } = require("./scripts/addin-url");

async function devServerHttps() {
  const devCerts = require("office-addin-dev-certs");
  // Windows and macOS: office-addin-dev-certs creates the certificates and trusts its CA in the user's store.
  if ((process.platform === "win32" || process.platform === "darwin") && !process.env.CI) {
    return devCerts.getHttpsServerOptions();
  }
  // Elsewhere getHttpsServerOptions() regenerates the CA on every start and then fails on `sudo`
  // (and browsers on Linux keep their own trust store anyway): `npm start` (scripts/start.mjs)
  // checks or generates the files, and the dev server only reads them.
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  try {
    const read = (name) => fs.readFileSync(path.join(dir, name));
    return { ca: read("ca.crt"), cert: read("localhost.crt"), key: read("localhost.key") };
  } catch {
    throw new Error(`no developer certificates in ${dir}: run \`npm start\`, which creates them`);
  }
}

/**
 * The playground page. TypeScript is only transpiled here (`npm run typecheck` checks the types),
 * and a development build keeps webpack's filesystem cache: `npm start` must be ready within a
 * minute on two cores, and a warm start within seconds.
 */
function playgroundConfig(dev) {
  const page = (filename) =>
    new HtmlWebpackPlugin({
      filename,
      template: "./src/playground/playground.html",
      chunks: ["playground"],
    });
  return {
    name: "playground",
    mode: dev ? "development" : "production",
    devtool: dev ? "cheap-module-source-map" : false,
    entry: { playground: "./src/playground/page.tsx" },
    output: {
      // A development build (npm start, npm run playground) goes to build/playground, never over
      // the production build in dist/playground that npm test's browser tests and bundle checks read.
      path: path.resolve(__dirname, dev ? "build" : "dist", "playground"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    // One file: the page must not load code from anywhere, and split chunks would be loaded by script insertion.
    optimization: { splitChunks: false },
    performance: { hints: false },
    cache: dev
      ? {
          type: "filesystem",
          name: "playground-development",
          buildDependencies: { config: [__filename] },
        }
      : false,
    plugins: [
      page("playground.html"),
      page("index.html"),
      new CopyWebpackPlugin({
        patterns: [{ from: "test/fixtures/*.xlsx", to: "samples/[name][ext]" }],
      }),
    ],
  };
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  if (env && env.playground) return playgroundConfig(dev);
  const url = addinUrl(env, process.env);
  const generated = path.resolve(__dirname, "generated");
  if (!fs.existsSync(path.join(generated, "functions.json"))) {
    throw new Error(
      "generated/functions.json is missing: run `npm run generate` (npm run build does it for you)"
    );
  }
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/register.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    // The playground is a build of its own, written beside the add-in: not the add-in's to clean.
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: { keep: /^playground[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "generated/functions.json", to: "functions.json" },
          { from: "generated/functions-sv.json", to: "functions-sv.json" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : manifestFor(content.toString(), url)),
          },
        ],
      }),
    ],
  };
  if (dev && argv.env && argv.env.WEBPACK_SERVE) {
    config.devServer = {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: await devServerHttps() },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      client: { overlay: false },
    };
    return config;
  }
  return [config, playgroundConfig(dev)];
};
