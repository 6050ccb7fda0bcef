import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { freePort } from "@/graph/embedded/bolt-probe";
import { readRows } from "@/graph/driver";
import { closeDriverAfterAll, resetGraph } from "@/tests/setup/graph-test-helpers";
import { startFixtureServer, type FixtureServer } from "@/tests/fixture-server/fixture-server";

const run = promisify(execFile);
const SEED_PAGE = path.resolve("ingest/samples/00-vibetimes-alibaba-bans-claude-code.html");

type CliResult = { code: number; stdout: string; stderr: string };

/** Runs the real CLI as a user would, against the test Neo4j and with test-speed fetching manners. */
async function cli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const options = { env: { ...process.env, NEWSGRAPH_FETCH_DELAY_MS: "0", NEWSGRAPH_FETCH_TIMEOUT_MS: "5000", ...env }, timeout: 90_000 };
  try {
    const { stdout, stderr } = await run("node", ["ingest/cli/newsgraph.mjs", ...args], options);
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? "", stderr: err.stderr ?? "" };
  }
}

let server: FixtureServer;

beforeAll(async () => {
  const seed = await readFile(SEED_PAGE);
  const rss = (origin: string) => `<?xml version="1.0"?><rss version="2.0"><channel><title>VibeTimes</title><link>${origin}/</link>
    <item><title>Alibaba ban</title><link>${origin}/news/alibaba-ban</link></item>
    <item><title>Gone</title><link>${origin}/news/gone</link></item></channel></rss>`;
  server = await startFixtureServer({
    routes: {
      "/news/alibaba-ban": (_req, res) => void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(seed),
      "/feed.xml": (_req, res) => void res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss(server.url)),
      "/logo.png": (_req, res) => void res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47])),
    },
  });
});
afterAll(() => server.close());

describe("newsgraph CLI against a real Neo4j and a local web server", () => {
  closeDriverAfterAll();
  beforeEach(resetGraph);

  it("lists its commands in --help", async () => {
    const { code, stdout } = await cli(["--help"]);
    expect(code).toBe(0);
    for (const command of ["ingest", "extract", "subscribe", "poll", "neo4j", "search", "contradictions"]) expect(stdout).toContain(command);
  });

  it("ingests an article URL into Article and Source nodes, and a second run changes nothing", async () => {
    const first = await cli(["ingest", `${server.url}/news/alibaba-ban?utm_source=newsletter`]);
    expect(first.stdout).toContain("new 1");
    expect(first.code).toBe(0);
    const rows = await readRows<{ title: string; source: string; publishedAt: string }>(
      "MATCH (a:Article)-[:PUBLISHED_BY]->(s:Source) RETURN a.title AS title, s.name AS source, a.publishedAt AS publishedAt",
    );
    expect(rows).toEqual([{ title: expect.stringContaining("Alibaba"), source: "VibeTimes", publishedAt: expect.stringMatching(/^2026-07-04/) }]);
    const second = await cli(["ingest", `${server.url}/news/alibaba-ban`]);
    expect(second.stdout).toContain("unchanged 1");
  });

  it("stores the good items of a feed and reports the broken one with exit status 1", async () => {
    const { code, stdout } = await cli(["ingest", `${server.url}/feed.xml`]);
    expect(stdout).toContain("new 1");
    expect(stdout).toMatch(/failed +http:\/\/127\.0\.0\.1:\d+\/news\/gone: .*404/);
    expect(code).toBe(1);
    expect(await readRows("MATCH (a:Article) RETURN a.id")).toHaveLength(1);
  });

  it("gives one clear line and a non-zero exit for a missing file, a non-HTML response and an unreachable host", async () => {
    const closedPort = await freePort();
    const { code, stdout } = await cli(["ingest", "no/such/page.html", `${server.url}/logo.png`, `http://127.0.0.1:${closedPort}/story`]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/failed +no\/such\/page\.html: No such file or folder/);
    expect(stdout).toMatch(/failed +.*logo\.png: .*(HTML|image\/png)/);
    expect(stdout).toMatch(new RegExp(`failed +http://127.0.0.1:${closedPort}/story: `));
    // Nothing of the failed items is in the graph (the schema's own Migration record aside).
    expect(await readRows("MATCH (n) WHERE NOT n:Migration RETURN n")).toHaveLength(0);
  });

  it("says in one line that Neo4j is down, and exits non-zero", async () => {
    const { code, stderr } = await cli(["ingest", SEED_PAGE], { NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` });
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/Neo4j is not reachable at bolt:\/\/127\.0\.0\.1:\d+ .*check NEO4J_URI/);
  });

  it("refuses a bad environment value with the variable's name and an example", async () => {
    const { code, stderr } = await cli(["feeds"], { NEWSGRAPH_FETCH_DELAY_MS: "soon" });
    expect(code).toBe(2);
    expect(stderr).toContain("NEWSGRAPH_FETCH_DELAY_MS must be a whole number, e.g. 1000");
  });
});
