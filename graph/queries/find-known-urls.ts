import { readRows } from "../driver";

/** Which of these URLs are already stored as an article (by the URL it was fetched from or its canonical URL). */
export async function findKnownUrls(urls: string[]): Promise<Set<string>> {
  if (urls.length === 0) return new Set();
  const rows = await readRows<{ url: string }>(
    `UNWIND $urls AS url
     MATCH (a:Article) WHERE a.url = url OR a.canonicalUrl = url
     RETURN DISTINCT url`,
    { urls },
  );
  return new Set(rows.map((r) => r.url));
}
