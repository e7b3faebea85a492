// A small static file server for the built playground (dist/playground/): plain http on the
// loopback interface, nothing else. `npm run playground` and `npm start` (without Excel) serve
// the page with it, and the browser tests serve dist/playground/ with it too.
//
//   serveDirectory(dir, port, host = "127.0.0.1") → { url, close() }    (port 0: any free port)
//
// GET and HEAD only; a directory is its index.html; a path that leaves `dir` (.., encoded
// slashes, symbolic links pointing out) is 404, the same answer as a missing file.

import fs from "node:fs";
import http from "node:http";
import path from "node:path";

export const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};

export function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

/**
 * The file a request path names inside `root` (a real, absolute directory), or null when it
 * names nothing there: undecodable, a NUL byte, an encoded separator, or outside `root`.
 */
export function resolveRequestPath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || /%2f|%5c/i.test(urlPath)) return null;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  const relative = path.relative(root, file);
  if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
  return file;
}

/** The real file to send for `file`, following a directory to its index.html; null if none. */
function existingFile(root, file) {
  try {
    let real = fs.realpathSync(file);
    if (fs.statSync(real).isDirectory()) real = fs.realpathSync(path.join(real, "index.html"));
    const relative = path.relative(root, real);
    if (relative.startsWith("..") || path.isAbsolute(relative)) return null;
    return fs.statSync(real).isFile() ? real : null;
  } catch {
    return null;
  }
}

function send(response, status, text, headers = {}) {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
  response.end(text);
}

function handler(root) {
  return (request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      send(response, 405, "Method not allowed\n", { Allow: "GET, HEAD" });
      return;
    }
    const file = resolveRequestPath(root, request.url ?? "/");
    const real = file && existingFile(root, file);
    if (!real) {
      send(response, 404, "Not found\n");
      return;
    }
    response.writeHead(200, {
      "Content-Type": contentType(real),
      "Content-Length": fs.statSync(real).size,
      // A development server: the page always gets the build just made.
      "Cache-Control": "no-cache",
      "X-Content-Type-Options": "nosniff",
    });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    fs.createReadStream(real)
      .on("error", () => response.destroy())
      .pipe(response);
  };
}

/** Serves `dir` over http on `host:port`; rejects (with the listen error) when the port is taken. */
export function serveDirectory(dir, port, host = "127.0.0.1") {
  const root = fs.realpathSync(path.resolve(dir));
  const server = http.createServer(handler(root));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      const shownHost = host.includes(":") ? `[${host}]` : host;
      resolve({
        url: `http://${shownHost}:${address.port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}
