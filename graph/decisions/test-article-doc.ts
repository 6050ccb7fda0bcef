import { sha256Hex, stableId } from "@/lib/hash";
import type { ArticleDoc } from "@/lib/schemas";

/** A minimal stored article on a test host, for the merge and split tests: one source per slug. */
export function testArticleDoc(host: string, slug: string, text: string): ArticleDoc {
  const url = `https://${host}/${slug}`;
  return {
    id: stableId("art", url), url, canonicalUrl: url, title: slug, lang: "en", text, textHash: sha256Hex(text),
    publishedAt: "2026-07-04T09:00:00Z", fetchedAt: "2026-07-04T09:00:00Z", source: { id: stableId("src", slug), name: slug, homepage: `https://${host}` },
  };
}
