/** Shared map projections, so every query returns the same shapes (mapped by lib/views zod schemas). */
export const ARTICLE_SUMMARY = `a {
  .id, .title, .url, .publishedAt, .fetchedAt, .lang, .section, .byline,
  source: s.name, sourceId: s.id,
  excerpt: left(coalesce(a.description, a.text, ''), 280)
}`;
