import * as cheerio from "cheerio";
import { FeedItem } from "@/lib/schemas";
import { isoWithOffset } from "./feed-date";

/** What any of the three formats tells us about one entry, before validation. */
export type RawItem = {
  url?: string | null;
  guid?: string | null;
  title?: string | null;
  /** HTML or text; reduced to plain text here. */
  summary?: string | null;
  author?: string | null;
  published?: Date | string | null;
  /** The date as written in the feed, to keep its UTC offset. */
  publishedText?: string | null;
  /** Set when the entry could not even be read; it is reported with this reason. */
  invalid?: string;
};

export type ItemsResult = { items: FeedItem[]; skipped: Array<{ index: number; reason: string }> };

/** Validates each entry on its own, so one broken item is reported and the rest land. */
export function toFeedItems(raw: RawItem[], feedUrl: string, sourceName: string | undefined): ItemsResult {
  const out: ItemsResult = { items: [], skipped: [] };
  raw.forEach((r, index) => {
    if (r.invalid) return out.skipped.push({ index, reason: r.invalid });
    const url = resolveUrl(r.url, feedUrl);
    if (!url) return out.skipped.push({ index, reason: r.url ? `item link "${r.url}" is not an http(s) URL` : `item ${describe(r)} has no link` });
    const parsed = FeedItem.safeParse({
      feedUrl,
      url,
      guid: clean(r.guid),
      title: plainText(r.title),
      summary: plainText(r.summary),
      author: clean(r.author),
      publishedAt: isoWithOffset(r.published, r.publishedText),
      sourceName,
    });
    if (parsed.success) out.items.push(parsed.data);
    else out.skipped.push({ index, reason: `item ${describe(r)}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}` });
  });
  return out;
}

export function resolveUrl(link: string | null | undefined, base: string): string | undefined {
  const trimmed = link?.trim();
  if (!trimmed) return undefined;
  try {
    const u = new URL(trimmed, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}

const BLOCKS = "p, div, br, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre";

/** Feed titles and summaries are often HTML from a third party: keep only the text, never markup or scripts. */
export function plainText(html: string | null | undefined): string | undefined {
  if (!html) return undefined;
  if (!/[<&]/.test(html)) return clean(html);
  const $ = cheerio.load(html, null, false);
  $("script, style, noscript, iframe, object").remove();
  $(BLOCKS).after(" ");
  return clean($.root().text());
}

function clean(s: string | null | undefined): string | undefined {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t : undefined;
}

function describe(r: RawItem): string {
  const t = clean(r.title) ?? clean(r.guid);
  return t ? `"${t.slice(0, 60)}"` : "(untitled)";
}
