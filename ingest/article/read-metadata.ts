import { cleanByline, readByline } from "./read-byline";
import type { Document } from "./dom";
import { readJsonLd, type JsonLdArticle } from "./json-ld";
import { metaValue, metaValues, readMetaTags, type PageMeta } from "./meta-tags";
import { normaliseDate } from "./normalise-date";

/** Everything the page says about itself, each field from its most reliable source. */
export type PageMetadata = {
  title?: string;
  byline?: string;
  description?: string;
  publishedAt?: string;
  modifiedAt?: string;
  section?: string;
  siteName?: string;
  declaredLang?: string;
  canonicalHref?: string;
  articleBody?: string;
};

/** Read before the body extractor prunes the tree: bylines and JSON-LD scripts live in what it removes. */
export function readMetadata(doc: Document): PageMetadata {
  const ld = readJsonLd(doc);
  const page = readMetaTags(doc);
  const siteName = metaValue(page, "og:site_name", "application-name") ?? ld?.publisher;
  return {
    title: readTitle(ld, page, siteName),
    byline: readAuthors(ld, page) ?? readByline(doc),
    description: metaValue(page, "og:description", "description", "twitter:description") ?? ld?.description,
    publishedAt: firstDate(
      ld?.datePublished,
      ...metaValues(page, "article:published_time", "og:published_time", "datepublished", "dc.date.issued",
        "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "pubdate",
        "publishdate", "publish-date", "date", "sailthru.date", "parsely-pub-date", "article.published"),
      page.times[0],
    ),
    modifiedAt: firstDate(
      ld?.dateModified,
      ...metaValues(page, "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
        "dcterms.modified", "lastmod", "last-modified"),
    ),
    section: ld?.section ?? metaValue(page, "article:section", "section", "dc.subject", "parsely-section"),
    siteName,
    declaredLang: page.htmlLang ?? metaValue(page, "og:locale", "content-language", "dc.language", "language") ?? ld?.inLanguage,
    canonicalHref: page.canonical ?? metaValue(page, "og:url") ?? ld?.url,
    articleBody: ld?.articleBody,
  };
}

function readTitle(ld: JsonLdArticle | undefined, page: PageMeta, siteName: string | undefined): string | undefined {
  const raw = ld?.headline ?? metaValue(page, "og:title", "twitter:title", "dc.title", "headline") ?? page.titleTag;
  return raw ? stripSiteName(raw, siteName) : undefined;
}

/** "Story headline | Site" -> "Story headline", only when the suffix is the site's own name. */
function stripSiteName(title: string, siteName: string | undefined): string {
  const t = title.replace(/\s+/g, " ").trim();
  if (!siteName) return t;
  const m = /^(.*\S)\s+[|\-–—:·]\s+(.+)$/.exec(t);
  if (m?.[1] && m[2] && m[2].toLowerCase().includes(siteName.toLowerCase().slice(0, 12))) return m[1];
  return t;
}

function readAuthors(ld: JsonLdArticle | undefined, page: PageMeta): string | undefined {
  const fromLd = unique(ld?.authors.map((a) => cleanByline(a)) ?? []);
  if (fromLd.length > 0) return fromLd.join(", ");
  const fromMeta = metaValues(page, "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl");
  const names = unique(fromMeta.map((a) => cleanByline(a)));
  return names.length > 0 ? names.join(", ") : undefined;
}

function unique(xs: Array<string | undefined>): string[] {
  return [...new Set(xs.filter((x): x is string => x !== undefined))];
}

function firstDate(...values: Array<string | undefined>): string | undefined {
  for (const v of values) {
    const d = normaliseDate(v);
    if (d) return d;
  }
  return undefined;
}
