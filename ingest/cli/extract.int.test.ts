import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readRows } from "@/graph/driver";
import { closeDriverAfterAll, resetGraph } from "@/tests/setup/graph-test-helpers";
import { startFixtureServer, type FixtureServer } from "@/tests/fixture-server/fixture-server";
import { runCli } from "./cli-runner";

const SEED = "ingest/article/fixtures/seed-article.html";
let server: FixtureServer;

beforeAll(async () => {
  const seed = await readFile(SEED);
  server = await startFixtureServer({
    routes: { "/story": (_req, res) => void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(seed) },
  });
});
afterAll(() => server.close());

const nodeCount = async () => (await readRows<{ n: number }>("MATCH (n) RETURN count(n) AS n"))[0]?.n;

describe("newsgraph extract (dry run)", () => {
  closeDriverAfterAll();
  beforeEach(resetGraph);

  it("prints the seed page's metadata, text, claims, figures and dates, and writes nothing", async () => {
    const { code, stdout } = await runCli(["extract", SEED]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^title +Alibaba Imposes Full Ban on Claude Code Use from July 10/m);
    expect(stdout).toMatch(/^byline +모민철$/m);
    expect(stdout).toMatch(/^published +2026-07-04T10:21:54\+09:00$/m);
    expect(stdout).toMatch(/^section +Tech$/m);
    expect(stdout).toMatch(/^language +en$/m);
    expect(stdout).toContain("Alibaba Group announced it will completely prohibit employees from using Anthropic's AI tools starting July 10.");
    expect(stdout).toMatch(/^ {2}\[\d+-\d+\] Anthropic claimed operated_accounts \(figure approximately 25,000\)$/m);
    expect(stdout).toMatch(/^ {2}\[\d+-\d+\] Anthropic reported interactions \(figure over 28\.8 million\)$/m);
    expect(stdout).toMatch(/^figures \(4\)$/m);
    expect(stdout).toMatch(/^ {2}\[\d+-\d+\] "approximately 25,000" = 25000 about accounts$/m);
    expect(stdout).toMatch(/^dates \(3\)$/m);
    expect(stdout).toMatch(/^ {2}\[\d+-\d+\] "the following day" -> 2026-07-04 \(relative\)$/m);
    expect(await nodeCount()).toBe(0);
  });

  it("gives offsets that point into the printed text, and in --json the same figures and dates", async () => {
    const text = await runCli(["extract", SEED]);
    const json = JSON.parse((await runCli(["extract", SEED, "--json"])).stdout) as {
      doc: { text: string };
      extraction: { figures: Array<{ text: string; start: number; end: number }>; dates: Array<{ text: string; start: number; end: number }> };
    };
    for (const span of [...json.extraction.figures, ...json.extraction.dates]) {
      expect(json.doc.text.slice(span.start, span.end)).toBe(span.text);
      expect(text.stdout).toContain(`[${span.start}-${span.end}] "${span.text}"`);
    }
  });

  it("fetches a URL, drops tracking parameters from the canonical URL, and still writes nothing", async () => {
    const { code, stdout } = await runCli(["extract", `${server.url}/story`]);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^canonical +${server.url}/tech/alibaba-bans-claude-code$`, "m"));
    expect(await nodeCount()).toBe(0);
  });
});
