import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readRows } from "@/graph/driver";
import { closeDriverAfterAll, resetGraph } from "@/tests/setup/graph-test-helpers";
import { startFixtureServer, type FixtureHandler, type FixtureServer } from "@/tests/fixture-server/fixture-server";
import { samplePages } from "@/ingest/pipeline/sample-pages";
import { runCli, startCli, waitFor } from "./cli-runner";

const LAST_MODIFIED = "Sat, 04 Jul 2026 08:00:00 GMT";

let server: FixtureServer;
let pages: string[] = [];
/** Which sample pages the subscribed feed lists right now; tests add items to it. */
let feedItems: number[] = [];
/** Status of every answer to /feed.xml, to see the 304s. */
let feedStatuses: number[] = [];

const rss = (items: number[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title><link>${server.url}/</link>
  ${items.map((n) => `<item><title>Story ${n}</title><link>${server.url}/a/${n}</link></item>`).join("\n")}</channel></rss>`;

/** A feed that honours If-None-Match and If-Modified-Since, as a well-run site does. */
const conditionalFeed: FixtureHandler = (req, res) => {
  const etag = `"v${feedItems.join("-")}"`;
  const unchanged = req.headers["if-none-match"] === etag || (!req.headers["if-none-match"] && req.headers["if-modified-since"] === LAST_MODIFIED);
  feedStatuses.push(unchanged ? 304 : 200);
  if (unchanged) return void res.writeHead(304, { etag }).end();
  res.writeHead(200, { "content-type": "application/rss+xml", etag, "last-modified": LAST_MODIFIED }).end(rss(feedItems));
};

const html = (res: ServerResponse, body: string) => void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body);

beforeAll(async () => {
  pages = await Promise.all(samplePages(process.cwd()).map((f) => readFile(f, "utf8")));
  const routes: Record<string, FixtureHandler> = {
    "/feed.xml": conditionalFeed,
    "/broken.xml": (_req, res) => void res.writeHead(200, { "content-type": "application/rss+xml" }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title></item><<<>>></chanel>`),
    "/atom.xml": (_req, res) =>
      void res.writeHead(200, { "content-type": "application/atom+xml" }).end(`<?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Other Desk</title><id>urn:other</id><updated>2026-07-07T12:00:00Z</updated>
        <entry><title>Five</title><link href="${server.url}/a/5"/><id>urn:5</id><updated>2026-07-07T12:00:00Z</updated></entry></feed>`),
    "/slow.xml": (_req, res) => void res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss([]).replace("</channel>", slowItems() + "</channel>")),
  };
  pages.forEach((page, n) => {
    routes[`/a/${n}`] = (_req, res) => html(res, page);
    // Slow pages leave time to signal the poll while items are in flight.
    routes[`/slow/${n}`] = (_req, res) => void setTimeout(() => html(res, page), 700);
  });
  server = await startFixtureServer({ routes });
});
afterAll(() => server.close());

const slowItems = () => pages.slice(0, 6).map((_, n) => `<item><title>Slow ${n}</title><link>${server.url}/slow/${n}</link></item>`).join("");
const requestsTo = (prefix: string) => server.requests.filter((r) => r.path.startsWith(prefix)).map((r) => r.path);
const articleCount = async () => (await readRows<{ n: number }>("MATCH (a:Article) RETURN count(a) AS n"))[0]?.n ?? 0;

describe("subscriptions and polling through the CLI", () => {
  closeDriverAfterAll();
  beforeEach(async () => {
    await resetGraph();
    server.requests.length = 0;
    feedItems = [0, 1];
    feedStatuses = [];
  });

  it("subscribes once, lists the feed (also as JSON) and unsubscribes", async () => {
    const feedUrl = `${server.url}/feed.xml`;
    expect((await runCli(["subscribe", feedUrl])).stdout).toContain(`Subscribed to ${feedUrl}.`);
    const again = await runCli(["subscribe", feedUrl]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("Already subscribed");
    expect((await runCli(["feeds"])).stdout).toContain(`${feedUrl}    polled never`);
    const json = JSON.parse((await runCli(["feeds", "--json"])).stdout) as unknown;
    expect(json).toEqual([expect.objectContaining({ url: feedUrl, lastPolledAt: null, lastError: null })]);
    expect((await runCli(["unsubscribe", feedUrl])).stdout).toContain(`Unsubscribed from ${feedUrl}.`);
    expect((await runCli(["feeds"])).stdout).toContain("No subscriptions yet");
    const gone = await runCli(["unsubscribe", feedUrl]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain(`Not subscribed to ${feedUrl}`);
  });

  it("polls new items, costs one 304 when nothing changed, and fetches only the new item later", async () => {
    await runCli(["subscribe", `${server.url}/feed.xml`]);
    const first = await runCli(["poll", "--once"]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("new 2");
    expect(await articleCount()).toBe(2);
    const [feed] = JSON.parse((await runCli(["feeds", "--json"])).stdout) as Array<{ title: string; etag: string; lastPolledAt: string }>;
    expect(feed).toMatchObject({ title: "Local Wire", etag: '"v0-1"', lastPolledAt: expect.stringMatching(/^\d{4}-/) });

    const second = await runCli(["poll", "--once"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/new 0.*\n.*not modified/);
    const conditional = server.requests.filter((r) => r.path === "/feed.xml").at(-1);
    expect(conditional?.headers).toMatchObject({ "if-none-match": '"v0-1"', "if-modified-since": LAST_MODIFIED });
    expect(feedStatuses).toEqual([200, 304]);
    expect(await articleCount()).toBe(2);

    feedItems = [2, 0, 1];
    const third = await runCli(["poll", "--once"]);
    expect(third.stdout).toContain("new 1");
    expect(await articleCount()).toBe(3);
    expect(requestsTo("/a/").sort()).toEqual(["/a/0", "/a/1", "/a/2"]);
  });

  it("records a broken feed's error where `feeds` shows it, and exits 1", async () => {
    const broken = `${server.url}/broken.xml`;
    await runCli(["subscribe", broken]);
    await runCli(["subscribe", `${server.url}/feed.xml`]);
    const poll = await runCli(["poll", "--once"]);
    expect(poll.code).toBe(1);
    expect(poll.stdout).toContain("new 2");
    expect((await runCli(["feeds"])).stdout).toMatch(new RegExp(`${broken} +polled \\d{4}-.*  error: .*broken XML`));
    const json = JSON.parse((await runCli(["feeds", "--json"])).stdout) as Array<{ url: string; lastError: string | null }>;
    expect(json.find((f) => f.url === broken)?.lastError).toMatch(/broken XML/);
    expect(json.find((f) => f.url !== broken)?.lastError).toBeNull();
  });

  it("ingests every feed of an OPML list", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "newsgraph-opml-"));
    const opml = path.join(dir, "subscriptions.opml");
    await writeFile(opml, `<?xml version="1.0"?><opml version="2.0"><head><title>Desk</title></head><body>
      <outline text="Local Wire" type="rss" xmlUrl="${server.url}/feed.xml"/>
      <outline text="Tech"><outline text="Other Desk" type="rss" xmlUrl="${server.url}/atom.xml"/></outline></body></opml>`);
    const { code, stdout } = await runCli(["ingest", opml]);
    expect(code).toBe(0);
    expect(stdout).toContain("new 3");
    expect(requestsTo("/a/").sort()).toEqual(["/a/0", "/a/1", "/a/5"]);
  });

  it("stops on SIGTERM mid-round: items in flight are stored, the rest are left for next time", async () => {
    await runCli(["subscribe", `${server.url}/slow.xml`]);
    const poll = startCli(["poll", "--every", "1h"], { NEWSGRAPH_FETCH_CONCURRENCY: "1" });
    await waitFor("the first article request", () => requestsTo("/slow/").length > 0);
    poll.child.kill("SIGTERM");
    expect(await poll.exited).toBe(0);
    expect(poll.stderr()).toContain("poll stopped");
    const fetched = requestsTo("/slow/").length;
    expect(fetched).toBeLessThan(6);
    expect(await articleCount()).toBe(fetched);
  });

  it("stops at once on Ctrl-C between rounds", async () => {
    await runCli(["subscribe", `${server.url}/feed.xml`]);
    const poll = startCli(["poll", "--every", "1h"]);
    await waitFor("the end of the first round", () => poll.stderr().includes("next round in 1h"));
    const signalled = Date.now();
    poll.child.kill("SIGINT");
    expect(await poll.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(5_000);
    expect(await articleCount()).toBe(2);
  });
});
