import * as cheerio from "cheerio";

export type DiscoveredFeed = { url: string; title?: string; type: "rss" | "atom" | "json" };

const TYPES: Record<string, DiscoveredFeed["type"]> = {
  "application/rss+xml": "rss",
  "application/rdf+xml": "rss",
  "application/atom+xml": "atom",
  "application/feed+json": "json",
};

/** Feed autodiscovery: `<link rel="alternate" type="...">` in a page, resolved against the page (or its <base>). */
export function discoverFeeds(html: string, pageUrl: string): DiscoveredFeed[] {
  const $ = cheerio.load(html);
  const base = resolve($("base[href]").attr("href"), pageUrl) ?? pageUrl;
  const out: DiscoveredFeed[] = [];
  $("link[rel][href]").each((_, el) => {
    const rel = ($(el).attr("rel") ?? "").toLowerCase().split(/\s+/);
    const type = TYPES[($(el).attr("type") ?? "").toLowerCase().split(";")[0]!.trim()];
    if (!rel.includes("alternate") || !type) return;
    const url = resolve($(el).attr("href"), base);
    // WordPress advertises a comments feed beside the posts feed: readers' comments are not stories.
    if (!url || out.some((f) => f.url === url) || /\/comments\/feed\/?$/.test(url)) return;
    out.push({ url, type, title: $(el).attr("title")?.trim() || undefined });
  });
  return out;
}

function resolve(href: string | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}
