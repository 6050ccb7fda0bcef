import { XMLBuilder } from "fast-xml-parser";

export type AtomEntry = {
  id: string;
  title: string;
  /** Absolute link to the entry's page in the app. */
  link: string;
  updated: string;
  published?: string | null;
  summary?: string | null;
  author?: string | null;
  categories?: readonly string[];
};

export type AtomFeed = { id: string; title: string; subtitle?: string; selfUrl: string; alternateUrl: string; updated?: string; entries: readonly AtomEntry[] };

// fast-xml-parser's builder escapes every text node and attribute (&, <, >, quotes), so no markup from a
// scraped page can leak into the feed; characters XML 1.0 forbids are removed before that.
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, suppressEmptyNode: true });
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
const iso = (s: string) => (Number.isNaN(Date.parse(s)) ? new Date(0).toISOString() : new Date(s).toISOString());

function entryXml(e: AtomEntry) {
  return {
    id: clean(e.id),
    title: { "@_type": "text", "#text": clean(e.title) },
    link: { "@_rel": "alternate", "@_type": "text/html", "@_href": clean(e.link) },
    updated: iso(e.updated),
    ...(e.published ? { published: iso(e.published) } : {}),
    author: { name: clean(e.author || "Newsgraph") },
    ...(e.categories?.length ? { category: e.categories.map((c) => ({ "@_term": clean(c) })) } : {}),
    ...(e.summary ? { summary: { "@_type": "text", "#text": clean(e.summary) } } : {}),
  };
}

/** A valid Atom 1.0 document (RFC 4287); `updated` defaults to the newest entry. */
export function buildAtom(feed: AtomFeed): string {
  const newest = feed.entries.map((e) => iso(e.updated)).sort().at(-1);
  return builder.build({
    "?xml": { "@_version": "1.0", "@_encoding": "utf-8" },
    feed: {
      "@_xmlns": "http://www.w3.org/2005/Atom",
      id: clean(feed.id),
      title: { "@_type": "text", "#text": clean(feed.title) },
      ...(feed.subtitle ? { subtitle: { "@_type": "text", "#text": clean(feed.subtitle) } } : {}),
      link: [{ "@_rel": "self", "@_type": "application/atom+xml", "@_href": clean(feed.selfUrl) }, { "@_rel": "alternate", "@_type": "text/html", "@_href": clean(feed.alternateUrl) }],
      updated: feed.updated ? iso(feed.updated) : (newest ?? new Date(0).toISOString()),
      generator: "Newsgraph",
      entry: feed.entries.map(entryXml),
    },
  }) as string;
}

export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=60" } });
}
