import { beforeAll, describe, expect, it } from "vitest";
import { refreshAnalysis } from "@/graph/analyze/refresh-analysis";
import { ENT, HANDMADE } from "@/graph/analyze/fixtures/handmade-corpus";
import { listDecisions } from "@/graph/decisions/list-decisions";
import { splitEntities } from "@/graph/decisions/split-entities";
import { writeArticle } from "@/graph/write/write-article";
import { closeDriverAfterAll, resetGraph } from "@/tests/setup/graph-test-helpers";
import { findEntity } from "./find-entity";
import { getEntity } from "./get-entity";
import { getTimeline } from "./get-timeline";
import { listClaimsAboutEntity } from "./list-claims-about-entity";
import { listClaimsByEntity } from "./list-claims-by-entity";
import { listEntities } from "./list-entities";
import { searchAll } from "./search-all";

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

  it("undoes the automatic merge with a split, and the alias matcher does not redo it", async () => {
    await splitEntities({ fromId: ENT.alibabaHolding.id, by: "test" });
    expect((await findEntity("Alibaba Group Holding")).map((e) => e.id)).toEqual([ENT.alibabaHolding.id]);
    expect((await getEntity(ENT.alibaba.id))?.aliases).not.toContain("Alibaba Group Holding");
    await refreshAnalysis();
    expect((await findEntity("Alibaba Group Holding")).map((e) => e.id)).toEqual([ENT.alibabaHolding.id]);
    expect((await listDecisions()).map((d) => [d.kind, d.active])).toEqual(expect.arrayContaining([["merge", false], ["keep_apart", true]]));
  });
});
