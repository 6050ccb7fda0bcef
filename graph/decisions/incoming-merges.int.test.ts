import { beforeEach, describe, expect, it } from "vitest";
import { getDriver, readRows, writeRows } from "@/graph/driver";
import { getConfig } from "@/lib/config";
import { applyMigrations } from "@/graph/migrations";
import { resolveAliases } from "@/graph/analyze/resolve-aliases";
import { getEntity } from "@/graph/queries/get-entity";
import { getEntityGraph } from "@/graph/queries/get-entity-graph";
import { writeArticle } from "@/graph/write/write-article";
import type { ArticleDoc, Extraction } from "@/lib/schemas";
import { closeDriverAfterAll, graphCounts, resetGraph } from "@/tests/setup/graph-test-helpers";
import { testArticleDoc } from "./test-article-doc";
import { mergeEntities } from "./merge-entities";
import { splitEntities } from "./split-entities";

type Ent = { id: string; name: string; type: "ORG" | "PRODUCT" };
const E = {
  group: { id: "ent_im_group", name: "Alibaba Group", type: "ORG" },
  ali: { id: "ent_im_ali", name: "Alibaba", type: "ORG" },
  holding: { id: "ent_im_holding", name: "Alibaba Holding", type: "ORG" },
  claude: { id: "ent_im_claude", name: "Claude Code", type: "PRODUCT" },
} satisfies Record<string, Ent>;

/**
 * An article naming the given entities; the first two named are both the object of one claim and
 * both involved in one event, so a merge of the two lands every kind of edge twice on one entity.
 */
function article(slug: string, named: Ent[], edit = ""): { doc: ArticleDoc; extraction: Extraction } {
  const words = [E.claude, ...named].map((e) => e.name);
  const text = `${words.join(" and ")} met. ${named.map((e) => e.name).join(", ")} again.${edit}`;
  // "Alibaba" inside "Alibaba Group" is no mention of Alibaba.
  const spans = (e: Ent) =>
    [...text.matchAll(new RegExp(`${e.name}(?!\\w| Group| Holding)`, "g"))].map((m) => ({ start: m.index, end: m.index + e.name.length, text: e.name }));
  const quote = text.slice(0, text.indexOf(".") + 1);
  const pair = named.slice(0, 2).map((e) => e.id);
  const doc = testArticleDoc("im.test", slug, text);
  return {
    doc,
    extraction: {
      entities: [E.claude, ...named].map((e) => ({ ...e, aliases: [], mentions: spans(e) })),
      claims: [{ id: "c0", start: 0, end: quote.length, quote, before: "", after: "", speakerId: named[0]?.id, speechAct: "said",
        subjectId: E.claude.id, objectIds: pair, predicate: "meets", polarity: "positive" }],
      figures: [], dates: [],
      events: [{ id: "v0", kind: "announcement", entityIds: pair, claimIds: ["c0"] }],
      relations: [],
    },
  };
}

const DAILY = article("daily", [E.group, E.ali]);
const HERALD = article("herald", [E.ali]);
const WIRE = article("wire", [E.holding, E.group]);

const TYPES = ["MENTIONS", "ASSERTED_BY", "ABOUT", "OBJECT", "INVOLVES"];
type EdgeRow = { from: string; type: string; to: string; count: number | null; surfaces: string[] | null; starts: number[] | null };
/** Every incoming edge of the moved types at a live entity, as comparable rows. */
const edges = () =>
  readRows<EdgeRow>(
    `MATCH (x)-[r]->(e:Entity) WHERE type(r) IN $types
     RETURN x.id AS from, type(r) AS type, e.id AS to, r.count AS count, r.surfaces AS surfaces, r.starts AS starts
     ORDER BY from, type, to`,
    { types: TYPES },
  );
const duplicates = () =>
  readRows<{ n: number }>("MATCH (x)-[r]->(e) WHERE type(r) IN $types WITH x, e, type(r) AS t, count(r) AS n WHERE n > 1 RETURN n", { types: TYPES });
const counts = () => graphCounts();
const mentionsOf = (doc: ArticleDoc, to: Ent) =>
  readRows<{ count: number; surfaces: string[]; starts: number[]; ends: number[] }>(
    "MATCH (:Article {id: $a})-[m:MENTIONS]->(:Entity {id: $e}) RETURN m.count AS count, m.surfaces AS surfaces, m.starts AS starts, m.ends AS ends",
    { a: doc.id, e: to.id },
  );

describe("incoming edges across entity merges", () => {
  closeDriverAfterAll();
  beforeEach(async () => {
    await resetGraph();
    for (const a of [DAILY, HERALD, WIRE]) await writeArticle(a);
  });

  it("leaves one edge per article, claim or event and type at the survivor, mentions combined in text order", async () => {
    const before = await edges();
    const ownGroup = (await mentionsOf(DAILY.doc, E.group))[0];
    const ownAli = (await mentionsOf(DAILY.doc, E.ali))[0];
    await mergeEntities({ fromId: E.ali.id, intoId: E.group.id, by: "test" });
    expect(await duplicates()).toEqual([]);
    const [combined, ...more] = await mentionsOf(DAILY.doc, E.group);
    expect(more).toEqual([]);
    expect(combined?.count).toBe((ownGroup?.count ?? 0) + (ownAli?.count ?? 0));
    expect(combined?.starts).toEqual([...(ownGroup?.starts ?? []), ...(ownAli?.starts ?? [])].sort((a, b) => a - b));
    expect(combined?.surfaces).toEqual(["Alibaba Group", "Alibaba", "Alibaba Group", "Alibaba"]);
    const graph = await getEntityGraph({ id: E.group.id });
    expect(graph?.nodes.find((n) => n.id === E.group.id)?.mentionCount).toBe(3);
    // Herald names Alibaba twice, Wire names Alibaba Group twice.
    expect((await getEntity(E.group.id))?.mentionCount).toBe((combined?.count ?? 0) + 2 + 2);

    await splitEntities({ fromId: E.ali.id, by: "test" });
    expect(await edges()).toEqual(before);
  });

  it("changes nothing when the articles are ingested again after a merge, and keeps one edge when one is edited", async () => {
    await mergeEntities({ fromId: E.ali.id, intoId: E.group.id, by: "test" });
    const before = await counts();
    const snapshot = await edges();
    for (const a of [DAILY, HERALD, WIRE]) expect(await writeArticle(a)).toBe("unchanged");
    expect(await counts()).toEqual(before);
    expect(await edges()).toEqual(snapshot);

    const edited = article("daily", [E.group, E.ali], " Alibaba too.");
    expect(await writeArticle(edited)).toBe("updated");
    expect(await duplicates()).toEqual([]);
    const [mentions] = await mentionsOf(DAILY.doc, E.group);
    expect(mentions?.count).toBe(5);
    expect(mentions?.surfaces).toEqual(["Alibaba Group", "Alibaba", "Alibaba Group", "Alibaba", "Alibaba"]);
  });

  it("splits chained merges back step by step", async () => {
    const before = await edges();
    await mergeEntities({ fromId: E.ali.id, intoId: E.holding.id, by: "test" });
    const afterFirst = await edges();
    await mergeEntities({ fromId: E.holding.id, intoId: E.group.id, by: "test" });
    expect(await duplicates()).toEqual([]);
    expect((await mentionsOf(DAILY.doc, E.group))[0]?.count).toBe(4);
    await splitEntities({ fromId: E.holding.id, by: "test" });
    expect(await edges()).toEqual(afterFirst);
    await splitEntities({ fromId: E.ali.id, by: "test" });
    expect(await edges()).toEqual(before);
  });

  it("alias resolution merges 'Alibaba' into 'Alibaba Group' without twin edges", async () => {
    expect(await resolveAliases()).toBeGreaterThan(0);
    expect(await duplicates()).toEqual([]);
    expect((await getEntityGraph({ id: E.group.id }))?.nodes.find((n) => n.id === E.group.id)?.mentionCount).toBe(3);
  });

  it("repairs twin edges left by merges before the fix, and a split of such a merge still restores them", async () => {
    const before = await edges();
    await legacyMerge(E.ali.id, E.group.id);
    expect((await duplicates()).length).toBeGreaterThan(0);
    await applyMigrations(getDriver(), getConfig().NEO4J_DATABASE);
    expect(await duplicates()).toEqual([]);
    const snapshot = await edges();
    await applyMigrations(getDriver(), getConfig().NEO4J_DATABASE);
    expect(await edges()).toEqual(snapshot);
    await splitEntities({ fromId: E.ali.id, by: "test" });
    expect(await edges()).toEqual(before);
  });
});

/** The state a merge left before the fix: each incoming edge copied to the survivor, the id it came from on `viaStack`. */
async function legacyMerge(fromId: string, intoId: string): Promise<void> {
  await writeRows(
    `MATCH (f:Entity {id: $fromId}), (t:Entity {id: $intoId})
     CREATE (:Decision {id: 'dec_im_legacy', kind: 'merge', fromId: f.id, intoId: t.id, fromName: f.name, intoName: t.name,
                        by: 'test', at: '2026-07-01T00:00:00Z', reason: null, active: true, addedAliases: []})
     REMOVE f:Entity SET f:MergedEntity, f.mergedInto = t.id`,
    { fromId, intoId },
  );
  for (const type of TYPES) {
    await writeRows(
      `MATCH (x)-[r:${type}]->(:MergedEntity {id: $fromId}) MATCH (t:Entity {id: $intoId})
       CREATE (x)-[n:${type}]->(t) SET n = properties(r), n.viaStack = [$fromId], n.viaEnds = ['end'] DELETE r`,
      { fromId, intoId },
    );
  }
}
