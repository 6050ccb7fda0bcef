import { z } from "zod";
import type { SearchOptions } from "@/graph/queries/search-all";
import { SearchHitType } from "@/lib/views/search";
import { isoDay, limitParam, listParam } from "./query-params";

/** The search URL (`/search` and `/api/search`): q, type (repeatable), source, from, to, page, limit. */
export const SearchParams = z.object({
  q: z.string().trim().min(1, "type at least one word to search for").max(500),
  type: listParam(SearchHitType).optional(),
  source: z.string().min(1).max(200).optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  page: z.coerce.number().int().min(1).max(100).default(1),
  limit: limitParam(100, 20),
});
export type SearchParams = z.infer<typeof SearchParams>;

export function toSearchOptions(p: SearchParams): SearchOptions {
  return { query: p.q, types: p.type, sourceId: p.source, from: p.from, to: p.to, limit: p.limit, offset: (p.page - 1) * p.limit };
}
