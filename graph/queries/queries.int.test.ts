import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { refreshAnalysis } from "@/graph/analyze/refresh-analysis";
import { ENT, HANDMADE } from "@/graph/analyze/fixtures/handmade-corpus";
import { listDecisions } from "@/graph/decisions/list-decisions";
import { splitEntities } from "@/graph/decisions/split-entities";
import { writeArticle } from "@/graph/write/write-article";
import { readRows } from "@/graph/driver";
import { closeDriverAfterAll, resetGraph } from "@/tests/setup/graph-test-helpers";
import { findEntity } from "./find-entity";
import { getContradiction } from "./get-contradiction";
import { getEntity } from "./get-entity";
import { getTimeline } from "./get-timeline";
import { listClaimsAboutEntity } from "./list-claims-about-entity";
import { listClaimsByEntity } from "./list-claims-by-entity";
import { listContradictions } from "./list-contradictions";
import { listEntities } from "./list-entities";
import { searchAll } from "./search-all";

/** The field paths of a JSON value (first element of each array; a null or empty array matches anything below it). */
function fieldPaths(value: unknown, at = ""): string[] {
  if (Array.isArray(value)) return value.length > 0 ? fieldPaths(value[0], `${at}[]`) : [];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => [`${at}.${k}`, ...fieldPaths(v, `${at}.${k}`)]);
}

function documentedContradiction(): unknown {
  const readme = readFileSync(path.resolve(import.meta.dirname, "../README.md"), "utf8");
  const block = /### The contradiction JSON[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("graph/README.md has no contradiction JSON example");
  return JSON.parse(block);
}

describe("read queries", () => {
  closeDriverAfterAll();
  beforeAll(async () => {
    await resetGraph();
    for (const a of HANDMADE) await writeArticle(a);
    await refreshAnalysis();
  });

  it("searches articles, entities and claims with marked snippets and facets", async () => {
    const r = await searchAll({ query: "denied accounts" });
    const claim = r.hits.find((h) => h.type === "claim" && h.snippet.includes("denied"));
    expect(claim?.source).toBe("Wire");
    const marked = claim?.highlights.map((h) => claim.snippet.slice(h.start, h.end).toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(["denied", "accounts"]));
    expect(r.facets.type.map((f) => f.value)).toEqual(expect.arrayContaining(["article", "claim"]));
    expect((await searchAll({ query: "alibaba", types: ["entity"] })).hits.map((h) => h.title)).toEqual(["Alibaba Group"]);
  });

  it("pages a timeline by cursor, filters by entity and kind, and answers what was known as of a date", async () => {
    const first = await getTimeline({ kinds: ["claim"], limit: 3 });
    expect(first.items).toHaveLength(3);
    const second = await getTimeline({ kinds: ["claim"], limit: 3, cursor: first.nextCursor ?? "" });
    const all = await getTimeline({ kinds: ["claim"], limit: 100 });
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual(all.items.slice(0, 6).map((i) => i.id));
    const asOf = await getTimeline({ asOf: "2026-07-05", kinds: ["article"] });
    expect(asOf.items.map((i) => i.source)).toEqual(["Ledger", "Daily"]);
    const bans = await getTimeline({ entityId: ENT.claudeCode.id, kinds: ["claim"], order: "happened", direction: "asc" });
    expect(bans.items.filter((i) => i.label === "bans").map((i) => i.happenedAt)).toEqual(["2026-07-09", "2026-07-10"]);
  });

  it("finds an entity by alias, profiles it and lists claims by and about it", async () => {
    const [alibaba] = await findEntity("alibaba group holding");
    expect(alibaba?.id).toBe(ENT.alibaba.id);
    const profile = await getEntity(ENT.alibaba.id);
    expect(profile?.aliases).toEqual(expect.arrayContaining(["Alibaba", "Alibaba Group Holding"]));
    expect(profile?.figures.map((f) => f.value)).toEqual([25000, 25000, 25000, 24000]);
    expect(profile?.mergedFrom[0]?.reason).toContain("corporate suffixes");
    expect((await listClaimsByEntity({ entityId: ENT.alibaba.id })).map((c) => c.polarity)).toContain("negative");
    expect((await listClaimsAboutEntity({ entityId: ENT.alibaba.id })).length).toBeGreaterThanOrEqual(6);
    expect((await listEntities({ type: "PRODUCT" })).map((e) => e.name)).toEqual(["Claude Code"]);
  });

  it("counts an entity's disputes as listContradictions lists them, not the claims or paths behind them", async () => {
    for (const e of Object.values(ENT)) {
      const profile = await getEntity(e.id);
      if (!profile) continue;
      const disputes = await listContradictions({ entityId: e.id, limit: 500 });
      expect({ id: e.id, count: profile.contradictionCount }).toEqual({ id: e.id, count: disputes.length });
    }
    expect((await getEntity(ENT.alibaba.id))?.contradictionCount).toBe(3);
  });

  it("pages timelines one item at a time through ties, in every order, without losing or repeating an item", async () => {
    for (const order of ["reported", "happened"] as const) {
      for (const direction of ["asc", "desc"] as const) {
        const all = (await getTimeline({ order, direction, limit: 200 })).items.map((i) => i.id);
        const paged: string[] = [];
        let cursor: string | undefined;
        for (let i = 0; i < all.length + 2; i++) {
          const page = await getTimeline({ order, direction, limit: 1, cursor });
          paged.push(...page.items.map((x) => x.id));
          if (!page.nextCursor) break;
          cursor = page.nextCursor;
        }
        expect(paged).toEqual(all);
        expect(new Set(all).size).toBe(all.length);
      }
    }
  });

  it("answers which disputes were known as of a date: only claims published on or before it count", async () => {
    expect(await listContradictions({ asOf: "2026-07-05" })).toEqual([]);
    const july6 = await listContradictions({ asOf: "2026-07-06" });
    expect(july6.map((c) => c.kind)).toEqual(["denial"]);
    expect(july6[0]?.sources.sort()).toEqual(["Daily", "Ledger", "Wire"]);
    expect(july6[0]?.latestReportedAt).toBe("2026-07-06T09:00:00Z");
    const all = await listContradictions();
    expect(all.map((c) => c.kind).sort()).toEqual(["date_mismatch", "denial", "figure_mismatch"]);
    expect(all.find((c) => c.kind === "denial")?.sources).toContain("Herald");
    const denial = await getContradiction(july6[0]?.id ?? "", { asOf: "2026-07-06" });
    const claims = [...(denial?.sides ?? []), ...(denial?.corroborations.flatMap((c) => c.claims) ?? [])];
    expect(claims.map((c) => c.source.name)).not.toContain("Herald");
    expect(denial?.corroborations.every((c) => c.label !== undefined)).toBe(true);
    const mismatch = all.find((c) => c.kind === "figure_mismatch")?.id ?? "";
    expect(await getContradiction(mismatch, { asOf: "2026-07-06" })).toBeNull();
    expect((await getContradiction(mismatch, { asOf: "2026-07-07" }))?.sides).toHaveLength(2);
    expect((await listContradictions({ entityId: ENT.claudeCode.id, asOf: "2026-07-06" })).map((c) => c.kind)).toEqual([]);
  });

  it("returns the contradiction JSON documented in graph/README.md, with every claim's quote, figure or date, speaker, source, URL and time", async () => {
    const [mismatch] = await listContradictions({ kind: "figure_mismatch" });
    const detail = await getContradiction(mismatch?.id ?? "");
    const documented = documentedContradiction();
    const actual = fieldPaths(detail);
    const expected = fieldPaths(documented);
    // Both ways: nothing documented is missing and nothing returned is undocumented, where both have a value to look into.
    const parent = (p: string) => p.slice(0, p.lastIndexOf("."));
    const within = (paths: string[]) => new Set(["", ...paths.map(parent)]);
    expect(expected.filter((p) => !actual.includes(p) && within(actual).has(parent(p)))).toEqual([]);
    expect(actual.filter((p) => !expected.includes(p) && within(expected).has(parent(p)))).toEqual([]);
    for (const side of detail?.sides ?? []) {
      expect(side.quote.length).toBeGreaterThan(0);
      expect(side.figure ?? side.date).not.toBeNull();
      expect(side.speaker?.name).toBeTruthy();
      expect([side.source.name, side.article.url, side.article.publishedAt].every(Boolean)).toBe(true);
    }
  });

  it("gives a dispute's timeline: its statements in report order, and what had been said as of a date", async () => {
    const [mismatch] = await listContradictions({ kind: "figure_mismatch" });
    const timeline = await getTimeline({ contradictionId: mismatch?.id, kinds: ["claim"], direction: "asc" });
    expect(timeline.items.map((i) => i.source)).toEqual(["Daily", "Ledger", "Wire", "Herald"]);
    const known = await getTimeline({ contradictionId: mismatch?.id, kinds: ["claim", "article"], direction: "asc", asOf: "2026-07-05" });
    expect(known.items.map((i) => `${i.kind}:${i.source}`).sort()).toEqual(["article:Daily", "article:Ledger", "claim:Daily", "claim:Ledger"]);
  });

  it("keeps user words from changing the structure of a search", async () => {
    for (const query of ["NOT", "accounts AND", "OR OR", "\\", "Alibaba && ||"]) await expect(searchAll({ query })).resolves.toBeDefined();
    expect((await searchAll({ query: "fake NOT accounts" })).total).toBeGreaterThan(0);
  });

  it("has one relation edge per type and pair after the automatic merge", async () => {
    const dups = await readRows("MATCH (a)-[r:RELATION]->(b) WITH a, b, r.type AS t, count(r) AS n WHERE n > 1 RETURN a.name, t, n");
    expect(dups).toEqual([]);
    const [bans] = await readRows<{ ids: string[] }>(
      "MATCH (:Entity {id: $a})-[r:RELATION {type: 'BANS'}]->(:Entity {id: $b}) RETURN r.claimIds AS ids", { a: ENT.alibaba.id, b: ENT.claudeCode.id });
    expect(bans?.ids).toHaveLength(2);
  });

  it("undoes the automatic merge with a split, and the alias matcher does not redo it", async () => {
    await splitEntities({ fromId: ENT.alibabaHolding.id, by: "test" });
    expect((await findEntity("Alibaba Group Holding")).map((e) => e.id)).toEqual([ENT.alibabaHolding.id]);
    expect((await getEntity(ENT.alibaba.id))?.aliases).not.toContain("Alibaba Group Holding");
    await refreshAnalysis();
    expect((await findEntity("Alibaba Group Holding")).map((e) => e.id)).toEqual([ENT.alibabaHolding.id]);
    expect((await listDecisions()).map((d) => [d.kind, d.active])).toEqual(expect.arrayContaining([["merge", false], ["keep_apart", true]]));
    const bans = await readRows<{ from: string; n: number }>(
      "MATCH (a:Entity)-[r:RELATION {type: 'BANS'}]->(:Entity {id: $b}) RETURN a.id AS from, size(r.claimIds) AS n ORDER BY from", { b: ENT.claudeCode.id });
    expect(bans).toEqual([{ from: ENT.alibabaHolding.id, n: 1 }, { from: ENT.alibaba.id, n: 1 }].sort((x, y) => x.from.localeCompare(y.from)));
  });
});
