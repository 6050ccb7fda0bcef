import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readRows } from "@/graph/driver";
import { createFetcher } from "@/ingest/fetch/fetch-page";
import { closeDriverAfterAll, resetGraph } from "@/tests/setup/graph-test-helpers";
import { startFixtureServer, type FixtureServer } from "@/tests/fixture-server/fixture-server";
import { ingestInputs } from "./ingest-inputs";

let server: FixtureServer;
let page = "";
const fetcher = createFetcher({ delayMs: 0, retries: 0 });

beforeAll(async () => {
  const seed = await readFile("ingest/article/fixtures/seed-article.html", "utf8");
  page = seed;
  server = await startFixtureServer({
    routes: {
      "/story": (_req, res) => void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page),
      "/": (_req, res) =>
        void res.writeHead(200, { "content-type": "text/html" }).end(`<html><head><title>VibeTimes</title>
          <link rel="alternate" type="application/rss+xml" href="/rss"></head><body>Front page</body></html>`),
      "/rss": (_req, res) =>
        void res.writeHead(200, { "content-type": "application/rss+xml" }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>VibeTimes</title>
          <item><title>Ban</title><link>${server.url}/story?utm_source=rss</link></item><item><title>No link</title></item></channel></rss>`),
    },
  });
});
afterAll(async () => {
  await fetcher.close();
  await server.close();
});

describe("ingestInputs", () => {
  closeDriverAfterAll();
  beforeEach(resetGraph);

  it("follows a site's home page to its feed, stores the item and reports the item without a link", async () => {
    const summary = await ingestInputs([`${server.url}/`], { fetcher });
    expect(summary.toJSON()).toMatchObject({ new: 1, failed: [] });
    expect(summary.skipped).toEqual([expect.objectContaining({ reason: expect.stringMatching(/link/i) })]);
  });

  it("extracts entities and claims and links them to the stored article", async () => {
    await ingestInputs([`${server.url}/story`], { fetcher });
    const [row] = await readRows<{ entities: string[]; bans: number }>(`
      MATCH (a:Article)-[:MENTIONS]->(e:Entity)
      WITH a, collect(e.name) AS entities
      RETURN entities, COUNT { (c:Claim {predicate: 'bans'})-[:REPORTED_IN]->(a) } AS bans`);
    expect(row?.entities).toEqual(expect.arrayContaining(["Alibaba Group", "Anthropic", "Caixin", "ByteDance"]));
    expect(row?.bans).toBeGreaterThan(0);
  });

  it("keeps the earlier version when a figure is edited silently, and records the change", async () => {
    await ingestInputs([`${server.url}/story`], { fetcher });
    page = page.replace("approximately 25,000 fraudulent accounts", "approximately 24,000 fraudulent accounts");
    const summary = await ingestInputs([`${server.url}/story`], { fetcher });
    expect(summary.count("updated")).toBe(1);
    const rows = await readRows<{ figures: string[] }>("MATCH (:Article)-[:PREVIOUS_VERSION]->(v:ArticleVersion) RETURN v.figuresChanged AS figures");
    expect(rows).toEqual([{ figures: [expect.stringMatching(/25,000 -> .*24,000/)] }]);
  });
});
