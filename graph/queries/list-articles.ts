import neo4j from "neo4j-driver";
import { z } from "zod";
import { ArticleSummary } from "@/lib/views/article";
import { readRows } from "../driver";
import { ARTICLE_SUMMARY } from "./fragments";

export const ListArticlesOptions = z.object({ limit: z.number().int().min(1).max(200).default(50) });
export type ListArticlesOptions = z.input<typeof ListArticlesOptions>;

/** Ingested articles, newest publication first (fetch time when a page gives no date). */
export async function listArticles(options: ListArticlesOptions = {}): Promise<ArticleSummary[]> {
  const { limit } = ListArticlesOptions.parse(options);
  const rows = await readRows<{ article: unknown }>(
    `MATCH (a:Article)-[:PUBLISHED_BY]->(s:Source)
     RETURN ${ARTICLE_SUMMARY} AS article
     ORDER BY a.sortAt DESC, a.id LIMIT $limit`,
    { limit: neo4j.int(limit) },
  );
  return rows.map((r) => ArticleSummary.parse(r.article));
}
