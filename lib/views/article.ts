import { z } from "zod";

/** What the app and CLI show of an article in lists. */
export const ArticleSummary = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  source: z.string(),
  sourceId: z.string(),
  publishedAt: z.string().nullable(),
  fetchedAt: z.string(),
  lang: z.string().nullable(),
  section: z.string().nullable(),
  byline: z.string().nullable(),
  excerpt: z.string(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const ArticleVersionView = z.object({ id: z.string(), fetchedAt: z.string().nullable(), modifiedAt: z.string().nullable(), text: z.string(), title: z.string().nullable() });
export type ArticleVersionView = z.infer<typeof ArticleVersionView>;

export const ArticleDetail = ArticleSummary.extend({
  canonicalUrl: z.string(),
  modifiedAt: z.string().nullable(),
  text: z.string(),
  sourceHomepage: z.string().nullable(),
  versions: z.array(ArticleVersionView),
});
export type ArticleDetail = z.infer<typeof ArticleDetail>;
