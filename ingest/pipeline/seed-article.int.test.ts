import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readRows } from "@/graph/driver";
import { createFetcher } from "@/ingest/fetch/fetch-page";
import { closeDriverAfterAll, resetGraph } from "@/tests/setup/graph-test-helpers";
import { startFixtureServer, type FixtureServer } from "@/tests/fixture-server/fixture-server";
import { ingestInputs } from "./ingest-inputs";

/**
 * What a journalist should find in Neo4j after ingesting the seed article (the shared seed, served
 * over HTTP): its parties as one typed node each, and each assertion with its speaker and quote.
 */
let server: FixtureServer;
const fetcher = createFetcher({ delayMs: 0, retries: 0 });

type ClaimRow = { predicate: string; speaker: string | null; speakerText: string | null; quote: string; date: string | null; value: number | null; about: string[]; objects: string[] };

let claims: ClaimRow[] = [];

beforeAll(async () => {
  const page = await readFile("ingest/article/fixtures/seed-article.html", "utf8");
  server = await startFixtureServer({ routes: { "/seed": (_req, res) => void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page) } });
  await resetGraph();
  const summary = await ingestInputs([`${server.url}/seed`], { fetcher });
  expect(summary.toJSON()).toMatchObject({ new: 1, failed: [] });
  claims = await readRows<ClaimRow>(`
    MATCH (c:Claim)-[r:REPORTED_IN]->(:Article)
    OPTIONAL MATCH (c)-[:ASSERTED_BY]->(s:Entity)
    RETURN c.predicate AS predicate, s.name AS speaker, c.speakerText AS speakerText, r.quote AS quote,
           c.date AS date, c.value AS value,
           [(c)-[:ABOUT]->(e:Entity) | e.name] AS about, [(c)-[:OBJECT]->(e:Entity) | e.name] AS objects`);
});
afterAll(async () => {
  await fetcher.close();
  await server.close();
});

const claimsOf = (predicate: string) => claims.filter((c) => c.predicate === predicate);

describe("the seed article in Neo4j", () => {
  closeDriverAfterAll();

  it("has each party once, with its type, and the short name as an alias of the long one", async () => {
    const expected: Array<[string, string]> = [
      ["Alibaba Group", "ORG"], ["Alibaba", "ORG"], ["Anthropic", "ORG"], ["Claude Code", "PRODUCT"], ["Claude code", "PRODUCT"],
      ["Caixin", "MEDIA"], ["Qoder", "PRODUCT"], ["Ant Group", "ORG"], ["ByteDance", "ORG"],
    ];
    for (const [name, type] of expected) {
      const rows = await readRows<{ name: string; type: string }>(
        "MATCH (e:Entity) WHERE toLower(e.name) = toLower($name) OR any(a IN e.aliases WHERE toLower(a) = toLower($name)) RETURN e.name AS name, e.type AS type",
        { name },
      );
      expect(rows, name).toEqual([{ name: expect.any(String), type }]);
    }
    const [made] = await readRows<{ maker: string }>("MATCH (m:Entity)-[:RELATION {type: 'MAKES'}]->(:Entity {name: 'Claude Code'}) RETURN m.name AS maker");
    expect(made?.maker).toBe("Anthropic");
    const people = await readRows<{ name: string }>("MATCH (e:Entity {type: 'PERSON'}) RETURN e.name AS name");
    expect(people.map((p) => p.name)).not.toContain("Claude");
  });

  it("records Alibaba's ban effective 2026-07-10 and the July 3 confirmation to Caixin, each with speaker and quote", () => {
    expect(claimsOf("bans")).toContainEqual(expect.objectContaining({ speaker: "Alibaba Group", date: "2026-07-10", quote: expect.stringContaining("starting July 10") }));
    expect(claimsOf("confirms")).toContainEqual(
      expect.objectContaining({ speaker: "Alibaba Group", speakerText: "An insider at Alibaba", date: "2026-07-03", objects: expect.arrayContaining(["Caixin"]), quote: expect.stringContaining("confirmed to Chinese media outlet Caixin on July 3") }),
    );
  });

  it("records the code removal announced by Anthropic's engineer", () => {
    expect(claimsOf("removes")).toContainEqual(expect.objectContaining({ speaker: "Anthropic", speakerText: "An engineer from Anthropic", quote: expect.stringContaining("removed from the distribution the following day") }));
  });

  it("records the 25,000 accounts and both interaction figures, attributed to Anthropic and about Alibaba", () => {
    expect(claimsOf("operated_accounts")).toContainEqual(expect.objectContaining({ speaker: "Anthropic", value: 25_000, about: ["Alibaba Group"], quote: expect.stringContaining("approximately 25,000 fraudulent accounts") }));
    const interactions = claimsOf("interactions");
    expect(interactions.map((c) => c.value).sort()).toEqual([28_000_000, 28_800_000]);
    for (const c of interactions) expect(c).toMatchObject({ speaker: "Anthropic", about: ["Alibaba Group"] });
  });

  it("records the sales restriction and the blocking of Ant Group and ByteDance", () => {
    expect(claimsOf("restricts_sales")).toContainEqual(expect.objectContaining({ speaker: "Anthropic", quote: expect.stringContaining("restricting sales to companies controlled by the Chinese government") }));
    expect(claimsOf("blocks")).toContainEqual(expect.objectContaining({ speaker: "Anthropic", objects: expect.arrayContaining(["Ant Group", "ByteDance"]) }));
  });

  it("gives every claim a quote that is an exact sentence of the article", async () => {
    const [article] = await readRows<{ text: string }>("MATCH (a:Article) RETURN a.text AS text");
    expect(claims.length).toBeGreaterThanOrEqual(10);
    for (const c of claims) expect(article?.text).toContain(c.quote);
  });
});
