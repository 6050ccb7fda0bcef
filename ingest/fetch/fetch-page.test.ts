import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer, type FixtureServerOptions } from "@/tests/fixture-server/fixture-server";
import { createFetcher, type Fetcher, type FetcherOptions } from "./fetch-page";

const PAGE = "<!doctype html><html><head><title>Story</title></head><body><p>Hello</p></body></html>";
const html = (res: ServerResponse, body: string | Buffer = PAGE, extra: Record<string, string> = {}) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...extra });
  res.end(body);
};

let server: FixtureServer | undefined;
let fetcher: Fetcher | undefined;
afterEach(async () => {
  await fetcher?.close();
  await server?.close();
  server = undefined;
  fetcher = undefined;
});

async function setup(routes: FixtureServerOptions["routes"], options: FetcherOptions = {}) {
  server = await startFixtureServer({ routes });
  fetcher = createFetcher({ delayMs: 0, retryBaseMs: 10, timeoutMs: 5000, ...options });
  return { s: server, f: fetcher };
}

describe("fetchPage: the ordinary case", () => {
  it("returns the decoded page with validators and sends a descriptive User-Agent", async () => {
    const { s, f } = await setup({ "/a": (_q, r) => html(r, PAGE, { etag: '"v1"', "last-modified": "Sat, 04 Jul 2026 10:00:00 GMT" }) });
    const page = await f.fetchPage(`${s.url}/a`);
    expect(page).toMatchObject({ status: 200, charset: "utf-8", etag: '"v1"', notModified: false, finalUrl: `${s.url}/a` });
    expect(page.body).toContain("<p>Hello</p>");
    expect(s.requests.find((r) => r.path === "/a")?.headers["user-agent"]).toMatch(/^Newsgraph\/0\.1 .*news research bot/);
  });

  it("answers a conditional GET with notModified when the server says 304", async () => {
    const { s, f } = await setup({
      "/feed": (q, r) => {
        if (q.headers["if-none-match"] === '"v1"' || q.headers["if-modified-since"]) return void r.writeHead(304).end();
        html(r, PAGE, { etag: '"v1"' });
      },
    });
    expect((await f.fetchPage(`${s.url}/feed`, { etag: '"v1"' })).notModified).toBe(true);
    expect((await f.fetchPage(`${s.url}/feed`, { lastModified: "Sat, 04 Jul 2026 10:00:00 GMT" })).notModified).toBe(true);
    expect((await f.fetchPage(`${s.url}/feed`)).notModified).toBe(false);
  });

  it("decompresses gzip, deflate and brotli bodies", async () => {
    const enc = (name: string, body: Buffer) => (_q: unknown, r: ServerResponse) => html(r, body, { "content-encoding": name });
    const { s, f } = await setup({
      "/gz": enc("gzip", gzipSync(PAGE)),
      "/br": enc("br", brotliCompressSync(PAGE)),
      "/df": enc("deflate", deflateSync(PAGE)),
    });
    for (const p of ["/gz", "/br", "/df"]) expect((await f.fetchPage(`${s.url}${p}`)).body).toBe(PAGE);
  });

  it("follows a redirect and reports where it landed", async () => {
    const { s, f } = await setup({
      "/old": (_q, r) => void r.writeHead(301, { location: "/new" }).end(),
      "/new": (_q, r) => html(r),
    });
    const page = await f.fetchPage(`${s.url}/old`);
    expect(page.requestedUrl).toBe(`${s.url}/old`);
    expect(page.finalUrl).toBe(`${s.url}/new`);
  });
});

describe("fetchPage: polite", () => {
  it("refuses a page robots.txt disallows, naming the rule", async () => {
    const { s, f } = await setup({
      "/robots.txt": (_q, r) => void r.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\n"),
      "/private/x": (_q, r) => html(r),
    });
    const err = await f.fetchPage(`${s.url}/private/x`).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "ROBOTS_DISALLOWED" });
    expect(String((err as Error).message)).toContain(`${s.url}/private/x`);
    expect(String((err as Error).message)).toContain('"Disallow: /private/" (line 2)');
    expect(s.requests.some((r) => r.path === "/private/x")).toBe(false);
  });

  it("reads robots.txt once per origin", async () => {
    const { s, f } = await setup({ "/a": (_q, r) => html(r), "/b": (_q, r) => html(r) });
    await Promise.all([f.fetchPage(`${s.url}/a`), f.fetchPage(`${s.url}/b`), f.fetchPage(`${s.url}/a`)]);
    expect(s.requests.filter((r) => r.path === "/robots.txt")).toHaveLength(1);
  });

  it("keeps one request in flight per host and spaces their starts", async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const { s, f } = await setup(
      {
        "/p": async (_q, r) => {
          maxInFlight = Math.max(maxInFlight, ++inFlight);
          await new Promise((res) => setTimeout(res, 20));
          inFlight--;
          html(r);
        },
      },
      { concurrencyPerHost: 1, delayMs: 60 },
    );
    await Promise.all([1, 2, 3, 4].map((i) => f.fetchPage(`${s.url}/p?i=${i}`)));
    const pages = s.requests.filter((r) => r.path.startsWith("/p"));
    expect(maxInFlight).toBe(1);
    expect(pages.map((r) => r.path)).toEqual(["/p?i=1", "/p?i=2", "/p?i=3", "/p?i=4"]);
    // A lower bound only: four starts spaced 60 ms apart cannot all arrive in under ~3 x 60 ms.
    expect(pages.at(-1)!.at - pages[0]!.at).toBeGreaterThanOrEqual(150);
  });

  it("retries a 429 after the Retry-After it was given, then succeeds", async () => {
    let calls = 0;
    const { s, f } = await setup({
      "/busy": (_q, r) => (++calls === 1 ? void r.writeHead(429, { "retry-after": "1" }).end() : html(r)),
    });
    const page = await f.fetchPage(`${s.url}/busy`);
    expect(page.status).toBe(200);
    const hits = s.requests.filter((r) => r.path === "/busy");
    expect(hits).toHaveLength(2);
    expect(hits[1]!.at - hits[0]!.at).toBeGreaterThanOrEqual(900);
  });

  it("retries a 503 with backoff and gives a clear error when it never recovers", async () => {
    const { s, f } = await setup({ "/down": (_q, r) => void r.writeHead(503).end() }, { retries: 2 });
    await expect(f.fetchPage(`${s.url}/down`)).rejects.toMatchObject({ code: "FETCH_FAILED", message: expect.stringContaining("answered 503") });
    expect(s.requests.filter((r) => r.path === "/down")).toHaveLength(3);
  });

  it("does not wait for a Retry-After beyond the cap", async () => {
    const { s, f } = await setup({ "/later": (_q, r) => void r.writeHead(429, { "retry-after": "3600" }).end() }, { maxRetryWaitMs: 1000 });
    await expect(f.fetchPage(`${s.url}/later`)).rejects.toThrow(/answered 429.*Retry-After: 3600/);
  });
});

describe("fetchPage: hostile servers", () => {
  it("detects a redirect loop", async () => {
    const { s, f } = await setup({
      "/a": (_q, r) => void r.writeHead(302, { location: "/b" }).end(),
      "/b": (_q, r) => void r.writeHead(302, { location: "/a" }).end(),
    });
    await expect(f.fetchPage(`${s.url}/a`)).rejects.toThrow(/^Redirect loop: .*\/a -> .*\/b -> .*\/a;/);
  });

  it("stops after too many redirects", async () => {
    const { s, f } = await setup({ "/r": (q, r) => void r.writeHead(302, { location: `/r?n=${Number(new URL(q.url!, "http://x").searchParams.get("n") ?? 0) + 1}` }).end() }, { maxRedirects: 3 });
    await expect(f.fetchPage(`${s.url}/r`)).rejects.toThrow(/redirected more than 3 times/);
    expect(s.requests.filter((r) => /^\/r(\?|$)/.test(r.path))).toHaveLength(4);
  });

  it("refuses a 10 MB page without reading it all, with or without Content-Length", async () => {
    const big = Buffer.alloc(10_000_000, "a");
    let sentChunks = 0;
    const { s, f } = await setup({
      "/declared": (_q, r) => html(r, big),
      "/chunked": async (_q, r) => {
        r.writeHead(200, { "content-type": "text/html" });
        for (let i = 0; i < 160 && !r.destroyed; i++) {
          sentChunks++;
          if (!r.write(big.subarray(0, 64 * 1024))) await new Promise((res) => r.once("drain", res).once("close", res));
        }
        r.end();
      },
    });
    await expect(f.fetchPage(`${s.url}/declared`)).rejects.toMatchObject({ code: "TOO_LARGE" });
    await expect(f.fetchPage(`${s.url}/chunked`)).rejects.toMatchObject({ code: "TOO_LARGE", message: expect.stringContaining("5 MB limit") });
    expect(sentChunks).toBeLessThan(160);
  });

  it("refuses a gzip bomb by its decompressed size", async () => {
    const { s, f } = await setup({ "/bomb": (_q, r) => html(r, gzipSync(Buffer.alloc(10_000_000, "a")), { "content-encoding": "gzip" }) });
    await expect(f.fetchPage(`${s.url}/bomb`)).rejects.toMatchObject({ code: "TOO_LARGE" });
  });

  it("times out a slow drip response as a whole", async () => {
    const { s, f } = await setup(
      {
        "/drip": async (_q, r) => {
          r.writeHead(200, { "content-type": "text/html" });
          for (let i = 0; i < 100 && !r.destroyed; i++) {
            r.write("<p>.</p>");
            await new Promise((res) => setTimeout(res, 50));
          }
          r.end();
        },
      },
      { timeoutMs: 400 },
    );
    await expect(f.fetchPage(`${s.url}/drip`)).rejects.toMatchObject({ code: "TIMEOUT", message: expect.stringContaining("whole-response timeout") });
  });

  it("refuses non-HTML when HTML was asked for, and a 404 says so", async () => {
    const { s, f } = await setup({ "/img": (_q, r) => void r.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(10)) });
    await expect(f.fetchPage(`${s.url}/img`)).rejects.toMatchObject({ code: "NOT_HTML", message: expect.stringContaining("image/png") });
    await expect(f.fetchPage(`${s.url}/missing`)).rejects.toMatchObject({ code: "FETCH_FAILED", message: expect.stringContaining("answered 404") });
  });

  it("reports a refused connection as a fetch failure", async () => {
    const { s, f } = await setup({}, { retries: 1 });
    const dead = s.url;
    await s.close();
    server = undefined;
    await expect(f.fetchPage(`${dead}/x`)).rejects.toMatchObject({ code: "FETCH_FAILED", message: expect.stringContaining("ECONNREFUSED") });
  });
});
