import { z } from "zod";
import { readRows } from "../driver";

export const ClaimMark = z.object({
  id: z.string(),
  start: z.number(),
  end: z.number(),
  predicate: z.string(),
  speaker: z.string().nullable(),
  speechAct: z.string().nullable(),
  /** Disputes this claim is a side of, so the article can link a highlighted sentence to its dispute. */
  contradictionIds: z.array(z.string()),
});
export type ClaimMark = z.infer<typeof ClaimMark>;

export const MentionMark = z.object({ entityId: z.string(), name: z.string(), type: z.string(), start: z.number(), end: z.number() });
export type MentionMark = z.infer<typeof MentionMark>;

export const ArticleAnnotations = z.object({ claims: z.array(ClaimMark), mentions: z.array(MentionMark) });
export type ArticleAnnotations = z.infer<typeof ArticleAnnotations>;

/** Where the claims and entity mentions sit in an article's current text, for highlighting in place. */
export async function getArticleAnnotations(articleId: string): Promise<ArticleAnnotations> {
  const rows = await readRows<{ claims: unknown[]; mentions: unknown[] }>(
    `MATCH (a:Article {id: $id})
     RETURN
       COLLECT { MATCH (c:Claim)-[r:REPORTED_IN]->(a)
                 OPTIONAL MATCH (c)-[:ASSERTED_BY]->(sp:Entity)
                 RETURN {id: c.id, start: coalesce(r.start, c.start), end: coalesce(r.end, c.end), predicate: c.predicate,
                         speaker: coalesce(sp.name, c.speakerText), speechAct: c.speechAct,
                         contradictionIds: COLLECT { MATCH (k:Contradiction)-[:SIDE]->(c) RETURN k.id }} } AS claims,
       COLLECT { MATCH (a)-[m:MENTIONS]->(e:Entity)
                 UNWIND range(0, size(coalesce(m.starts, [])) - 1) AS i
                 RETURN {entityId: e.id, name: e.name, type: e.type, start: m.starts[i], end: m.ends[i]} } AS mentions`,
    { id: articleId },
  );
  return ArticleAnnotations.parse(rows[0] ?? { claims: [], mentions: [] });
}
