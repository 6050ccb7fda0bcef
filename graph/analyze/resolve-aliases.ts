import { readRows } from "../driver";
import { mergeEntities } from "../decisions/merge-entities";
import { proposeAliasMerges, type Candidate } from "./alias-match";

/** Entities of the types mentioned by the given articles (or all), with any decision already taken about a pair. */
const LOAD = `
MATCH (e:Entity)
WHERE $articleIds IS NULL OR e.type IN COLLECT { MATCH (a:Article)-[:MENTIONS]->(x:Entity) WHERE a.id IN $articleIds RETURN DISTINCT x.type }
RETURN e {.id, .name, .type, aliases: coalesce(e.aliases, []), mentionCount: COUNT { MATCH (a:Article)-[:MENTIONS]->(e) RETURN DISTINCT a }} AS entity`;

const DECIDED = "MATCH (d:Decision) WHERE d.kind IN ['keep_apart', 'merge'] AND d.intoId IS NOT NULL RETURN d.fromId AS a, d.intoId AS b";

/**
 * Applies the alias matcher: each match becomes a merge decision by "auto:alias" with the matching
 * rule as its reason, so a person can see it and undo it with a split (which then keeps them apart).
 */
export async function resolveAliases(articleIds?: string[]): Promise<number> {
  const rows = await readRows<{ entity: Candidate }>(LOAD, { articleIds: articleIds ?? null });
  if (rows.length < 2) return 0;
  const decided = await readRows<{ a: string; b: string }>(DECIDED);
  const pairs = new Set(decided.flatMap(({ a, b }) => [`${a}|${b}`, `${b}|${a}`]));
  const merges = proposeAliasMerges(rows.map((r) => r.entity), (a, b) => pairs.has(`${a}|${b}`));
  for (const m of merges) {
    await mergeEntities({ fromId: m.fromId, intoId: m.intoId, by: "auto:alias", reason: m.reason });
  }
  return merges.length;
}
