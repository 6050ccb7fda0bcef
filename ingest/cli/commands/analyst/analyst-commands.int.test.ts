import { Command } from "commander";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { refreshAnalysis } from "@/graph/analyze/refresh-analysis";
import { HANDMADE } from "@/graph/analyze/fixtures/handmade-corpus";
import { writeArticle } from "@/graph/write/write-article";
import { closeDriverAfterAll, resetGraph } from "@/tests/setup/graph-test-helpers";
import { registerAnalystCommands } from "./index";

/** Runs one CLI command in-process and returns what it printed. */
async function run(...args: string[]): Promise<string> {
  const lines: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...parts: unknown[]) => void lines.push(parts.join(" ")));
  try {
    const program = new Command().exitOverride();
    registerAnalystCommands(program);
    await program.parseAsync(["node", "newsgraph", ...args]);
  } finally {
    spy.mockRestore();
  }
  return lines.join("\n");
}

describe("analyst CLI commands", () => {
  closeDriverAfterAll();
  afterEach(() => vi.restoreAllMocks());
  beforeAll(async () => {
    await resetGraph();
    for (const a of HANDMADE) await writeArticle(a);
    await refreshAnalysis();
  });

  it("prints contradictions as a readable list and as JSON with both sides' quote, figure, speaker, outlet, URL and time", async () => {
    const text = await run("contradictions");
    expect(text).toMatch(/MEDIUM\s+figure_mismatch[\s\S]*Side A: about 25,000[\s\S]*corroborated: 3 sources, also reported by [\s\S]*Side B: 24,000\s+\S+.*\n\s+"Anthropic said Alibaba operated 24,000 fake accounts\."/);
    // A side's corroboration names the other outlets, never the side's own outlet.
    const sides = [...text.matchAll(/\n {4}(\S[^,\n]*), [^\n]*\n[^\n]*\n[^\n]*\n {4}corroborated: \d+ sources?(?:, also reported by ([^\n]*))?/g)];
    expect(sides.length).toBeGreaterThanOrEqual(6);
    for (const m of sides) expect(m[2]?.split(", ") ?? []).not.toContain(m[1]);
    const json = JSON.parse(await run("contradictions", "--entity", "alibaba", "--kind", "denial", "--json")) as Array<{ kind: string; sides: Array<Record<string, unknown>> }>;
    expect(json).toHaveLength(1);
    expect(Object.keys(json[0]?.sides[0] ?? {})).toEqual(expect.arrayContaining(["quote", "figure", "date", "speaker", "source", "article", "reportedAt"]));
  });

  it("shows only the disputes already reported by an --as-of day", async () => {
    // Only the first outlet had published by July 4: one side is no dispute yet.
    expect(await run("contradictions", "--as-of", "2026-07-04")).toBe("No contradictions found.");
    const all = JSON.parse(await run("contradictions", "--json")) as unknown[];
    expect(JSON.parse(await run("contradictions", "--as-of", "2026-07-07", "--json"))).toHaveLength(all.length);
  });

  it("re-runs the analysis over everything and, with nothing changed, creates nothing", async () => {
    expect(await run("analyze")).toMatch(/^3 contradictions, \d+ corroborating pairs \(new: 0 contradictions, 0 pairs, 0 alias merges\)/);
    expect(JSON.parse(await run("analyze", "--json"))).toMatchObject({ contradictions: 3, created: { contradictions: 0, corroborations: 0, merges: 0 } });
  });

  it("searches, lists entities, profiles one by alias, prints a timeline and a path", async () => {
    expect(await run("search", "denied")).toContain("[denied]");
    expect(await run("entities", "--type", "ORG")).toMatch(/Alibaba Group\s+ORG/);
    expect(await run("entity", "alibaba")).toContain("aliases: Alibaba, Alibaba Group Holding");
    expect(await run("timeline", "--entity", "Claude Code", "--kind", "claim", "--order", "happened")).toMatch(/2026-07-10\s+claim\s+Daily/);
    expect(await run("path", "Alibaba", "Anthropic")).toMatch(/Alibaba Group — Claude Code — Anthropic[\s\S]*BANS[\s\S]*MAKES/);
  });

  it("rejects bad options with a usage error naming the option", async () => {
    await expect(run("timeline", "--from", "July 9")).rejects.toThrow(/--from: must be a day as YYYY-MM-DD/);
    await expect(run("entity", "Nobody Inc")).rejects.toThrow(/No entity named "Nobody Inc"/);
  });

  it("records a merge decision from the command line", async () => {
    expect(await run("decide", "merge", "Claude Code", "Anthropic", "--by", "tester", "--reason", "test")).toContain("Recorded merge Claude Code -> Anthropic by tester");
    expect(await run("decide", "list")).toMatch(/merge\s+Claude Code\s+Anthropic\s+tester\s+yes/);
  });
});
