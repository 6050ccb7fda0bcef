import { z } from "zod";
import { readRows } from "../driver";

export const SourceOption = z.object({ id: z.string(), name: z.string(), articleCount: z.number() });
export type SourceOption = z.infer<typeof SourceOption>;

/** Outlets with at least one article, for the app's filter menus. */
export async function listSources(): Promise<SourceOption[]> {
  const rows = await readRows<{ source: unknown }>(
    `MATCH (s:Source)<-[:PUBLISHED_BY]-(a:Article)
     WITH s, count(a) AS n
     RETURN s {.id, .name, articleCount: n} AS source ORDER BY toLower(s.name)`,
  );
  return rows.map((r) => SourceOption.parse(r.source));
}
