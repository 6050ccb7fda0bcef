import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";

export type FixtureHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export type FixtureServerOptions = {
  /** Exact paths ("/feed.xml") to handlers; the query string is ignored when matching. */
  routes?: Record<string, FixtureHandler>;
  /** A folder served for paths no route claims (GET only, no listing). */
  dir?: string;
};

export type FixtureServer = {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Every request seen, in arrival order, for assertions on politeness and headers. */
  requests: Array<{ method: string; path: string; headers: IncomingMessage["headers"]; at: number }>;
  close: () => Promise<void>;
};

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".htm": "text/html; charset=utf-8",
  ".xml": "application/xml",
  ".rss": "application/rss+xml",
  ".atom": "application/atom+xml",
  ".rdf": "application/rdf+xml",
  ".json": "application/json",
  ".opml": "text/x-opml",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * A real HTTP server on 127.0.0.1 with an OS-chosen port, for tests that must not mock the network.
 * Node's http module is enough here: a framework would add nothing but startup time.
 */
export async function startFixtureServer(options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const requests: FixtureServer["requests"] = [];
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? "/", "http://fixture").pathname;
    requests.push({ method: req.method ?? "GET", path: req.url ?? "/", headers: req.headers, at: Date.now() });
    const handler = options.routes?.[pathname];
    Promise.resolve(handler ? handler(req, res) : serveFile(options.dir, pathname, res)).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(e));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        // Hostile handlers (slow drips) may hold sockets open; close them rather than wait.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function serveFile(dir: string | undefined, pathname: string, res: ServerResponse): Promise<void> {
  const file = dir ? path.join(dir, path.normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, "")) : undefined;
  const inside = dir && file && path.resolve(file).startsWith(path.resolve(dir));
  if (!file || !inside || !(await stat(file).then((s) => s.isFile(), () => false))) {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
    return;
  }
  const body = await readFile(file);
  res.writeHead(200, { "content-type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream" });
  res.end(body);
}
