import { ArticleDetail } from "@/lib/views/article";
import { readRows } from "../driver";
import { ARTICLE_SUMMARY } from "./fragments";

/** One article with its full text and earlier versions, or null when the id is unknown. */
export async function getArticle(id: string): Promise<ArticleDetail | null> {
  const rows = await readRows<{ article: Record<string, unknown> }>(
    `MATCH (a:Article {id: $id})-[:PUBLISHED_BY]->(s:Source)
     OPTIONAL MATCH (a)-[:PREVIOUS_VERSION]->(v:ArticleVersion)
     WITH a, s, v ORDER BY v.fetchedAt DESC
     WITH a, s, collect(v {.id, .fetchedAt, .modifiedAt, .text, .title}) AS versions
     RETURN ${ARTICLE_SUMMARY.replace(/}$/, ", .canonicalUrl, .modifiedAt, .text, sourceHomepage: s.homepage, versions: versions }")} AS article`,
    { id },
  );
  return rows[0] ? ArticleDetail.parse(rows[0].article) : null;
}
