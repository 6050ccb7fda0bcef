import { beforeEach, describe, expect, it } from "vitest";
import { readRows } from "@/graph/driver";
import { writeArticle } from "@/graph/write/write-article";
import { stableId } from "@/lib/hash";
import type { ArticleDoc, Extraction } from "@/lib/schemas";
import { closeDriverAfterAll, graphCounts, resetGraph } from "@/tests/setup/graph-test-helpers";
import { testArticleDoc } from "./test-article-doc";
import { listDecisions } from "./list-decisions";
import { mergeEntities } from "./merge-entities";
import { splitEntities } from "./split-entities";

type Ent = { id: string; name: string; type: "ORG" | "PRODUCT"; aliases: string[] };
/** A is merged into B, then B into C; each starts with names of its own. */
const E = {
  a: { id: "ent_cm_ali", name: "Alibaba", type: "ORG", aliases: ["Ali"] },
  b: { id: "ent_cm_holding", name: "Alibaba Holding", type: "ORG", aliases: ["AHL"] },
  c: { id: "ent_cm_group", name: "Alibaba Group", type: "ORG", aliases: ["BABA"] },
  claude: { id: "ent_cm_claude", name: "Claude Code", type: "PRODUCT", aliases: [] },
} satisfies Record<string, Ent>;

/** An article naming Claude Code and the given entities, with one claim and one event over the first two named. */
function article(slug: string, named: Ent[]): { doc: ArticleDoc; extraction: Extraction } {
  const all = [E.claude, ...named];
  let at = 0;
  const spans = new Map<string, { start: number; end: number; text: string }>();
  for (const e of all) {
    spans.set(e.id, { start: at, end: at + e.name.length, text: e.name });
    at += e.name.length + 5;
  }
  const text = `${all.map((e) => e.name).join(" and ")} met.`;
  const pair = named.slice(0, 2).map((e) => e.id);
  const doc = testArticleDoc("cm.test", slug, text);
  return {
    doc,
    extraction: {
      entities: all.map((e) => ({ ...e, mentions: [spans.get(e.id)!] })),
      claims: [{ id: "c0", start: 0, end: text.length, quote: text, before: "", after: "", speakerId: named[0]?.id, speechAct: "said",
        subjectId: E.claude.id, objectIds: pair, predicate: "meets", polarity: "positive" }],
      figures: [], dates: [],
      events: [{ id: "v0", kind: "announcement", entityIds: pair, claimIds: ["c0"] }],
      relations: named.map((e) => ({ type: "BANS", fromId: e.id, toId: E.claude.id, claimIds: [] })),
    },
  };
}

const ARTICLES = [article("daily", [E.c, E.a]), article("herald", [E.a]), article("wire", [E.b, E.c])];

/** Every entity node in any state with its names, as comparable rows. */
const names = () =>
  readRows<{ id: string; label: string; aliases: string[]; aliasText: string }>(
    `MATCH (e) WHERE e:Entity OR e:MergedEntity OR e:RejectedEntity
     RETURN e.id AS id, labels(e)[0] AS label, e.aliases AS aliases, e.aliasText AS aliasText ORDER BY id`,
  );
const aliasesOf = async (e: Ent) => (await names()).find((n) => n.id === e.id)?.aliases;
/** Nodes and relationships by label and type, decisions left out (they stay as the record). */
const counts = () => graphCounts(["Decision"]);
const edges = () =>
  readRows(`MATCH (x)-[r]->(e:Entity) WHERE type(r) IN ['MENTIONS', 'ASSERTED_BY', 'ABOUT', 'OBJECT', 'INVOLVES', 'RELATION']
            RETURN coalesce(x.id, '') AS from, type(r) AS type, e.id AS to, r.count AS count ORDER BY from, type, to`);
const mentionedIn = (slug: string) =>
  readRows<{ id: string }>("MATCH (:Article {id: $a})-[:MENTIONS]->(e:Entity) RETURN e.id AS id ORDER BY id", { a: stableId("art", `https://cm.test/${slug}`) });
const activeMerges = async () => (await listDecisions()).filter((d) => d.kind === "merge" && d.active).map((d) => [d.fromId, d.intoId]);

describe("chained merges split back in either order", () => {
  closeDriverAfterAll();
  let before: { names: unknown; counts: unknown; edges: unknown };
  beforeEach(async () => {
    await resetGraph();
    for (const a of ARTICLES) await writeArticle(a);
    before = { names: await names(), counts: await counts(), edges: await edges() };
    await mergeEntities({ fromId: E.a.id, intoId: E.b.id, by: "test" });
    await mergeEntities({ fromId: E.b.id, intoId: E.c.id, by: "test" });
  });

  it("gives the merged names to the end of the chain, and a later article naming A lands there", async () => {
    expect(await aliasesOf(E.c)).toEqual(["BABA", "Alibaba Holding", "AHL", "Alibaba", "Ali"]);
    expect(await activeMerges()).toEqual(expect.arrayContaining([[E.a.id, E.c.id], [E.b.id, E.c.id]]));
    await writeArticle(article("late", [E.a]));
    expect(await mentionedIn("late")).toEqual([{ id: E.claude.id }, { id: E.c.id }]);
  });

  it("outer split first (B, then A): each step gives back exactly its names", async () => {
    await splitEntities({ fromId: E.b.id, by: "test" });
    expect(await aliasesOf(E.c)).toEqual(["BABA"]);
    expect(await aliasesOf(E.b)).toEqual(["AHL", "Alibaba", "Ali"]);
    expect(await activeMerges()).toEqual([[E.a.id, E.b.id]]);
    await splitEntities({ fromId: E.a.id, by: "test" });
    const decisionsOfA = (await listDecisions()).filter((d) => d.fromId === E.a.id).map((d) => [d.kind, d.intoId]);
    expect(decisionsOfA.sort()).toEqual([["keep_apart", E.b.id], ["merge", E.b.id]]);
    await expectOriginalState();
  });

  it("inner split first (A while inside the chain, then B): A's names leave B and C, B's later split restores the rest", async () => {
    await splitEntities({ fromId: E.a.id, by: "test" });
    expect(await aliasesOf(E.c)).toEqual(["BABA", "Alibaba Holding", "AHL"]);
    expect(await aliasesOf(E.b)).toEqual(["AHL"]);
    expect(await aliasesOf(E.a)).toEqual(["Ali"]);
    expect(await activeMerges()).toEqual([[E.b.id, E.c.id]]);
    // Kept apart from B, and from C, where the alias matcher would otherwise meet A's names again.
    const decisionsOfA = (await listDecisions()).filter((d) => d.fromId === E.a.id).map((d) => [d.kind, d.intoId]);
    expect(decisionsOfA.sort()).toEqual([["keep_apart", E.c.id], ["keep_apart", E.b.id], ["merge", E.b.id]]);
    await splitEntities({ fromId: E.b.id, by: "test" });
    await expectOriginalState();
  });

  it("lands a later article naming A on the entity A belongs to between the two splits, in either order", async () => {
    await splitEntities({ fromId: E.b.id, by: "test" });
    await writeArticle(article("outer", [E.a]));
    expect(await mentionedIn("outer")).toEqual([{ id: E.claude.id }, { id: E.b.id }]);
    await mergeEntities({ fromId: E.b.id, intoId: E.c.id, by: "test", at: "2026-07-05T00:00:00Z" });
    expect(await activeMerges()).toEqual(expect.arrayContaining([[E.a.id, E.c.id], [E.b.id, E.c.id]]));
    await splitEntities({ fromId: E.a.id, by: "test" });
    await writeArticle(article("inner", [E.a]));
    expect(await mentionedIn("inner")).toEqual([{ id: E.a.id }, { id: E.claude.id }]);
  });

  /** Names, nodes, relationships and edges as before the merges; a new article naming A then lands on A and changes no names. */
  async function expectOriginalState(): Promise<void> {
    expect(await names()).toEqual(before.names);
    expect(await activeMerges()).toEqual([]);
    expect(await counts()).toEqual(before.counts);
    expect(await edges()).toEqual(before.edges);
    await writeArticle(article("after", [E.a]));
    expect(await mentionedIn("after")).toEqual([{ id: E.a.id }, { id: E.claude.id }]);
    expect(await names()).toEqual(before.names);
  }
});
