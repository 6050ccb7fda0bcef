import neo4j from "neo4j-driver";
import { z } from "zod";
import { SearchHitType, SearchResult, type SearchHit } from "@/lib/views/search";
import { readRows } from "../driver";
import { countFacet, makeSnippet, queryTerms, toLuceneQuery } from "./search-text";

export const SearchOptions = z.object({
  query: z.string().trim().min(1, "type at least one word to search for").max(500),
  types: z.array(SearchHitType).optional(),
  sourceId: z.string().optional(),
  /** Inclusive day bounds on the hit's date (publication for articles and claims). */
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.number().int().min(1).max(200).default(30),
  offset: z.number().int().min(0).default(0),
});
export type SearchOptions = z.input<typeof SearchOptions>;

type RawHit = Omit<SearchHit, "snippet" | "highlights"> & { text: string };

const SEARCH = `
CALL () {
  CALL db.index.fulltext.queryNodes('article_fulltext', $q, {limit: $per}) YIELD node, score
  MATCH (node)-[:PUBLISHED_BY]->(s:Source)
  RETURN {type: 'article', id: node.id, title: node.title, text: coalesce(node.title, '') + ' — ' + coalesce(node.text, ''), score: score,
          source: s.name, sourceId: s.id, date: node.sortAt, url: coalesce(node.canonicalUrl, node.url), articleId: node.id} AS hit
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_fulltext', $q, {limit: $per}) YIELD node, score
  WHERE node:Entity
  RETURN {type: 'entity', id: node.id, title: node.name, text: node.name + ' (' + node.type + ')' + coalesce(node.aliasText, ''), score: score,
          source: null, sourceId: null, date: node.firstSeenAt, url: null, articleId: null} AS hit
  UNION ALL
  CALL db.index.fulltext.queryNodes('claim_fulltext', $q, {limit: $per}) YIELD node, score
  MATCH (node)-[:REPORTED_IN]->(a:Article)-[:PUBLISHED_BY]->(s:Source)
  OPTIONAL MATCH (node)-[:ASSERTED_BY]->(sp:Entity)
  RETURN {type: 'claim', id: node.id, title: coalesce(sp.name, node.speakerText, s.name) + ' ' + coalesce(node.speechAct, 'reported'), text: node.quote,
          score: score, source: s.name, sourceId: s.id, date: a.sortAt, url: coalesce(a.canonicalUrl, a.url), articleId: a.id} AS hit
}
RETURN hit ORDER BY hit.score DESC, hit.id`;

/** Full-text search over articles, entities and claims, ranked, with marked snippets and facets. */
export async function searchAll(options: SearchOptions): Promise<SearchResult> {
  const o = SearchOptions.parse(options);
  const q = toLuceneQuery(o.query);
  if (!q) return { query: o.query, total: 0, hits: [], facets: { type: [], source: [], date: [] } };
  const rows = await readRows<{ hit: RawHit }>(SEARCH, { q, per: neo4j.int(200) });
  const all = rows.map((r) => r.hit);
  const kept = all.filter((h) => matchesFilters(h, o));
  const terms = queryTerms(o.query);
  const hits = kept.slice(o.offset, o.offset + o.limit).map(({ text, ...h }) => ({ ...h, ...makeSnippet(text, terms) }));
  return SearchResult.parse({
    query: o.query,
    total: kept.length,
    hits,
    facets: { type: countFacet(all.map((h) => h.type)), source: countFacet(all.map((h) => h.source)), date: countFacet(all.map((h) => h.date?.slice(0, 10) ?? null)) },
  });
}

function matchesFilters(h: RawHit, o: z.infer<typeof SearchOptions>): boolean {
  if (o.types && !o.types.includes(h.type)) return false;
  if (o.sourceId && h.sourceId !== o.sourceId) return false;
  const day = h.date?.slice(0, 10);
  if (o.from && (!day || day < o.from)) return false;
  if (o.to && (!day || day > o.to)) return false;
  return true;
}
