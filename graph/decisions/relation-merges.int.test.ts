import { beforeEach, describe, expect, it } from "vitest";
import { readRows } from "@/graph/driver";
import { getEntity } from "@/graph/queries/get-entity";
import { writeArticle } from "@/graph/write/write-article";
import { stableId } from "@/lib/hash";
import type { ArticleDoc, Extraction } from "@/lib/schemas";
import { closeDriverAfterAll, graphCounts, resetGraph } from "@/tests/setup/graph-test-helpers";
import { testArticleDoc } from "./test-article-doc";
import { mergeEntities } from "./merge-entities";
import { splitEntities } from "./split-entities";

type Ent = { id: string; name: string; type: "ORG" | "PRODUCT" | "GOV" };
const E = {
  group: { id: "ent_rm_group", name: "Alibaba Group", type: "ORG" },
  holding: { id: "ent_rm_holding", name: "Alibaba Group Holding", type: "ORG" },
  ali: { id: "ent_rm_ali", name: "Ali Corp", type: "ORG" },
  claude: { id: "ent_rm_claude", name: "Claude Code", type: "PRODUCT" },
  anthropic: { id: "ent_rm_anthropic", name: "Anthropic", type: "ORG" },
  senate: { id: "ent_rm_senate", name: "US senators", type: "GOV" },
} satisfies Record<string, Ent>;

type Rel = { type: "BANS" | "ACCUSES" | "BLOCKS" | "MAKES"; from: Ent; to: Ent; claim?: boolean };

/** One article per outlet; each relation with `claim` gets a claim of its own behind it, the others come from wording. */
function article(slug: string, rels: Rel[]): { doc: ArticleDoc; extraction: Extraction } {
  const text = rels.map((r, i) => `${r.from.name} ${r.type.toLowerCase()} ${r.to.name} (${i}).`).join(" ");
  const used = [...new Map(rels.flatMap((r) => [r.from, r.to]).map((e) => [e.id, e])).values()];
  let at = 0;
  const claims = rels.flatMap((r, i) => {
    const quote = `${r.from.name} ${r.type.toLowerCase()} ${r.to.name} (${i}).`;
    const start = at;
    at += quote.length + 1;
    if (r.claim === false) return [];
    return [{ id: `c${i}`, start, end: start + quote.length, quote, before: "", after: "", speakerId: r.from.id, speechAct: "said", subjectId: r.from.id,
      objectIds: [r.to.id], predicate: r.type.toLowerCase(), polarity: "positive" as const }];
  });
  const doc = testArticleDoc("rm.test", slug, text);
  return {
    doc,
    extraction: {
      entities: used.map((e) => ({ ...e, aliases: [], mentions: [{ start: 0, end: 1, text: e.name }] })),
      claims, figures: [], dates: [], events: [],
      relations: rels.map((r, i) => ({ type: r.type, fromId: r.from.id, toId: r.to.id, claimIds: r.claim === false ? [] : [`c${i}`] })),
    },
  };
}

const ARTICLES = [
  article("daily", [{ type: "BANS", from: E.group, to: E.claude }, { type: "BLOCKS", from: E.senate, to: E.group }, { type: "MAKES", from: E.anthropic, to: E.claude, claim: false }]),
  article("herald", [{ type: "BANS", from: E.holding, to: E.claude }, { type: "BLOCKS", from: E.senate, to: E.holding }, { type: "ACCUSES", from: E.holding, to: E.group }]),
  article("wire", [{ type: "BANS", from: E.ali, to: E.claude }, { type: "MAKES", from: E.anthropic, to: E.claude, claim: false }]),
];

type Edge = { from: string; type: string; to: string; claims: number };
/** Every RELATION edge between live entities, as comparable rows. */
const edges = () =>
  readRows<Edge>(`MATCH (a:Entity)-[r:RELATION]->(b:Entity)
    RETURN a.id AS from, r.type AS type, b.id AS to, size(r.claimIds) AS claims ORDER BY from, type, to, claims`);
const duplicates = () =>
  readRows<{ n: number }>(`MATCH (a)-[r:RELATION]->(b) WITH a, b, r.type AS type, count(r) AS n WHERE n > 1 RETURN n`);
const counts = () => graphCounts();
const claimIdsOf = (from: Ent, type: string, to: Ent) =>
  readRows<{ ids: string[] }>("MATCH (:Entity {id: $from})-[r:RELATION {type: $type}]->(:Entity {id: $to}) RETURN r.claimIds AS ids", { from: from.id, type, to: to.id });
const claimIdOf = async (slug: string, i: number) => stableId("clm", stableId("art", `https://rm.test/${slug}`), `c${i}`);

describe("relation edges across entity merges", () => {
  closeDriverAfterAll();
  beforeEach(async () => {
    await resetGraph();
    for (const a of ARTICLES) await writeArticle(a);
  });

  it("folds same-type edges of merged entities into one edge that keeps every claim, in both directions", async () => {
    const before = await edges();
    await mergeEntities({ fromId: E.holding.id, intoId: E.group.id, by: "test" });
    expect(await duplicates()).toEqual([]);
    const [bans] = await claimIdsOf(E.group, "BANS", E.claude);
    expect(bans?.ids.sort()).toEqual([await claimIdOf("daily", 0), await claimIdOf("herald", 0)].sort());
    const [blocks] = await claimIdsOf(E.senate, "BLOCKS", E.group);
    expect(blocks?.ids).toHaveLength(2);
    // "Holding accuses Group" is about one entity now: no edge of an entity to itself is shown.
    expect((await getEntity(E.group.id))?.related.map((r) => r.id)).not.toContain(E.group.id);

    await splitEntities({ fromId: E.holding.id, by: "test" });
    expect(await edges()).toEqual(before);
  });

  it("keeps one edge when a merged entity's name comes back in a later article, and splits chained merges back step by step", async () => {
    await mergeEntities({ fromId: E.holding.id, intoId: E.group.id, by: "test" });
    const afterFirst = await edges();
    await mergeEntities({ fromId: E.ali.id, intoId: E.group.id, by: "test" });
    expect(await duplicates()).toEqual([]);
    expect((await claimIdsOf(E.group, "BANS", E.claude))[0]?.ids).toHaveLength(3);
    await writeArticle(article("late", [{ type: "BANS", from: E.holding, to: E.claude }, { type: "BANS", from: E.ali, to: E.claude }]));
    expect(await duplicates()).toEqual([]);
    expect((await claimIdsOf(E.group, "BANS", E.claude))[0]?.ids).toHaveLength(5);
    await splitEntities({ fromId: E.ali.id, by: "test" });
    const bans = (await edges()).filter((e) => e.type === "BANS");
    // Wire's claim goes back to Ali Corp; what arrived after the merge stays where the merge put it.
    expect(bans).toEqual([
      { from: E.ali.id, type: "BANS", to: E.claude.id, claims: 1 },
      { from: E.group.id, type: "BANS", to: E.claude.id, claims: 4 },
    ]);
    expect(afterFirst.filter((e) => e.type !== "BANS")).toEqual((await edges()).filter((e) => e.type !== "BANS"));
  });

  it("undoes a merge of a merge: the inner entity's edges return to the entity it was merged into", async () => {
    await mergeEntities({ fromId: E.ali.id, intoId: E.holding.id, by: "test" });
    await mergeEntities({ fromId: E.holding.id, intoId: E.group.id, by: "test" });
    expect(await duplicates()).toEqual([]);
    await splitEntities({ fromId: E.holding.id, by: "test" });
    expect((await claimIdsOf(E.holding, "BANS", E.claude))[0]?.ids.sort()).toEqual([await claimIdOf("herald", 0), await claimIdOf("wire", 0)].sort());
    expect((await claimIdsOf(E.group, "BANS", E.claude))[0]?.ids).toEqual([await claimIdOf("daily", 0)]);
  });

  it("changes nothing when the articles are ingested again after a merge", async () => {
    await mergeEntities({ fromId: E.holding.id, intoId: E.group.id, by: "test" });
    const before = await counts();
    const snapshot = await edges();
    for (const a of ARTICLES) expect(await writeArticle(a)).toBe("unchanged");
    expect(await counts()).toEqual(before);
    expect(await edges()).toEqual(snapshot);
  });

  it("drops what an edited article no longer says, claims and wording alike, and keeps what other articles support", async () => {
    const edit = async (slug: string, rels: Rel[]) => {
      const a = article(slug, rels);
      await writeArticle({ ...a, doc: { ...a.doc, textHash: `${a.doc.textHash}x` } });
    };
    const makes = { from: E.anthropic.id, type: "MAKES", to: E.claude.id, claims: 0 };
    await edit("wire", [{ type: "BANS", from: E.ali, to: E.claude }]);
    expect(await edges()).toContainEqual(makes);
    await edit("daily", [{ type: "BANS", from: E.group, to: E.claude }]);
    expect(await edges()).not.toContainEqual(makes);
    expect((await edges()).filter((e) => e.type === "BLOCKS")).toEqual([{ from: E.senate.id, type: "BLOCKS", to: E.holding.id, claims: 1 }]);
  });
});
