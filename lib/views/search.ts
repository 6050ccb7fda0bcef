import { z } from "zod";

export const SearchHitType = z.enum(["article", "entity", "claim"]);
export type SearchHitType = z.infer<typeof SearchHitType>;

/** [start, end) ranges of matched terms inside `snippet`, so a page can mark them without HTML. */
export const Highlight = z.object({ start: z.number(), end: z.number() });

export const SearchHit = z.object({
  type: SearchHitType,
  id: z.string(),
  title: z.string(),
  snippet: z.string(),
  highlights: z.array(Highlight),
  score: z.number(),
  source: z.string().nullable(),
  sourceId: z.string().nullable(),
  date: z.string().nullable(),
  /** Where the hit lives: the article URL for articles and claims, null for entities. */
  url: z.string().nullable(),
  articleId: z.string().nullable(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const FacetCount = z.object({ value: z.string(), count: z.number() });
export type FacetCount = z.infer<typeof FacetCount>;

export const SearchResult = z.object({
  query: z.string(),
  total: z.number(),
  hits: z.array(SearchHit),
  facets: z.object({ type: z.array(FacetCount), source: z.array(FacetCount), date: z.array(FacetCount) }),
});
export type SearchResult = z.infer<typeof SearchResult>;
