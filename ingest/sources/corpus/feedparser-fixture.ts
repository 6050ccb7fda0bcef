import { readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { decodeBody } from "@/ingest/fetch/decode-body";
import { parseFeed } from "../parse-feed";
import type { FeedparserCase, OurResult } from "./feedparser-expectations";

/** feedparser's harness serves each file from this address, which its relative-link expectations assume. */
export const documentUrl = (c: FeedparserCase) => `http://127.0.0.1:8097/tests/${c.file}`;

/** The test's simulated Content-Type (feedparser's harness defaults to text/xml). */
export function contentTypeOf(c: FeedparserCase): string {
  const header = c.headers?.find((h) => /^content-type:/i.test(h));
  return header ? header.replace(/^content-type:\s*/i, "") : "text/xml";
}

export function readCase(dir: string, c: FeedparserCase): { bytes: Uint8Array; text: string; charset: string } {
  const bytes = new Uint8Array(readFileSync(path.join(dir, c.file)));
  const { text, charset } = decodeBody(bytes, contentTypeOf(c));
  // The entity cases end in "</rss" without ">": they test entity decoding, not truncation, which we refuse.
  const repaired = c.file.startsWith("entities/") ? text.replace(/<\/rss\s*$/, "</rss>") : text;
  return { bytes, text: repaired, charset };
}

/**
 * Parses as the pipeline does. Newsgraph drops entries without a link (there is no page to fetch),
 * but most feedparser cases have none; a placeholder link is added to those entries only, so their
 * title and summary can still be checked.
 */
export function parseCase(text: string, charset: string, url: string): OurResult {
  let feed = parseFeed(text, url);
  const linkless = new Set(feed.skipped.filter((s) => /has no link/.test(s.reason)).map((s) => s.index));
  if (linkless.size > 0) feed = parseFeed(withPlaceholderLinks(text, linkless), url);
  const skipped = new Set(feed.skipped.map((s) => s.index));
  const entries: OurResult["entries"] = [];
  let next = 0;
  for (let i = 0; i < feed.items.length + feed.skipped.length; i++) entries.push(skipped.has(i) ? undefined : feed.items[next++]);
  return { feed, entries, charset };
}

function withPlaceholderLinks(text: string, indexes: Set<number>): string {
  let n = -1;
  return text.replace(/<(item|entry)\b[^>]*?(?<!\/)>/g, (open: string, tag: string) => {
    n++;
    if (!indexes.has(n)) return open;
    const href = `https://feed.example/injected/${n}`;
    return tag === "item" ? `${open}<link>${href}</link>` : `${open}<link rel="alternate" href="${href}"/>`;
  });
}

/** The text a browser's decoder for the expected charset reads (iconv-lite for UTF-32, which WHATWG lacks). */
export function decodeExpected(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    if (!iconv.encodingExists(label)) return undefined;
    return iconv.decode(Buffer.from(bytes), label).replace(/^\uFEFF/, "");
  }
}
