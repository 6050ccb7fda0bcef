import { AppError } from "@/lib/errors";
import { sha256Hex, stableId } from "@/lib/hash";
import { ArticleDoc } from "@/lib/schemas/article-doc";
import { detectLanguage, languageFromTag } from "./detect-language";
import { parseHtml } from "./dom";
import { extractBody } from "./extract-body";
import { normaliseUrl, resolveUrl } from "./normalise-url";
import { readMetadata, type PageMetadata } from "./read-metadata";

export type ExtractArticleInput = { html: string; url: string; fetchedAt?: string };

/** Page HTML -> ArticleDoc: metadata, canonical URL, language and the cleaned body text. Pure. */
export function extractArticle(input: ExtractArticleInput): ArticleDoc {
  const doc = parseHtml(input.html);
  const meta = readMetadata(doc);
  const paragraphs = extractBody(doc, { title: meta.title, byline: meta.byline, articleBody: meta.articleBody });
  if (!meta.title) throw new AppError("EXTRACT_FAILED", `No title found in ${input.url}: is it an article page?`);
  if (paragraphs.length === 0) throw new AppError("EXTRACT_FAILED", `No body text found in ${input.url}: is it an article page?`);
  const text = paragraphs.join("\n\n");
  const canonicalUrl = normaliseUrl(resolveUrl(meta.canonicalHref, input.url) ?? input.url);
  return ArticleDoc.parse({
    id: stableId("art", canonicalUrl),
    url: input.url,
    canonicalUrl,
    title: meta.title,
    byline: meta.byline,
    description: meta.description,
    publishedAt: meta.publishedAt,
    modifiedAt: meta.modifiedAt,
    section: meta.section,
    lang: chooseLanguage(meta, text),
    text,
    textHash: sha256Hex(text),
    source: sourceOf(canonicalUrl, meta.siteName),
    fetchedAt: input.fetchedAt ?? new Date().toISOString(),
  });
}

/** The page's declared language wins, unless the text is plainly in another script (template defaults). */
function chooseLanguage(meta: PageMetadata, text: string): string {
  const detected = detectLanguage(text);
  const declared = languageFromTag(meta.declaredLang);
  if (!declared) return detected;
  const scriptBound = ["ja", "ko", "zh", "ru", "ar", "el", "th", "hi"];
  if (detected !== declared && scriptBound.includes(detected)) return detected;
  return declared;
}

/** A page read from disk has no host: its source is named by the page, or "local". */
function sourceOf(canonicalUrl: string, siteName: string | undefined) {
  const u = URL.canParse(canonicalUrl) ? new URL(canonicalUrl) : undefined;
  const host = u && u.hostname !== "" ? u.hostname.replace(/^www\./, "") : "local";
  const homepage = u && u.origin !== "null" ? u.origin : "";
  return { id: stableId("src", host), name: siteName?.trim() || host, homepage };
}
