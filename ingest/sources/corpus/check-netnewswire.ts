import path from "node:path";
import { z } from "zod";
import type { ParsedFeed } from "@/lib/schemas";
import { classifyContent } from "../detect-input";
import { parseFeed } from "../parse-feed";
import { parseOpml } from "../parse-opml";
import { expectThrows } from "./check-rss-parser";
import { Tally, readDecoded, readJson, sameText } from "./tally";

const Fact = z
  .object({
    file: z.string(),
    url: z.string(),
    feedType: z.string().optional(),
    itemCount: z.number().optional(),
    title: z.string().optional(),
    homePageURL: z.string().optional(),
    everyItem: z.record(z.string(), z.unknown()).optional(),
    opml: z.object({ title: z.string().optional(), expectError: z.string().optional() }).loose().optional(),
  })
  .loose();

/** NetNewsWire's parser facts that Newsgraph's model can express (attachments and languages are not kept). */
export function checkNetNewsWire(dir: string): Tally {
  const tally = new Tally("netnewswire");
  for (const f of z.array(Fact).parse(readJson(path.join(dir, "expectations.json")))) {
    const keys = Object.keys(f).filter((k) => !["file", "url", "note"].includes(k)).join(",");
    tally.check(`${f.file} [${keys}]`, () => {
      const text = readDecoded(path.join(dir, f.file));
      if (f.opml) return f.opml.expectError ? expectThrows(() => parseOpml(text)) : opmlProblems(text);
      if (f.feedType) return typeProblems(text, f.url, f.feedType);
      const feed = parseFeed(text, f.url);
      const problems: string[] = [];
      // Every item either lands or is reported (items without a link cannot be fetched).
      const seen = feed.items.length + feed.skipped.length;
      if (f.itemCount !== undefined && seen !== f.itemCount) problems.push(`${feed.items.length} items + ${feed.skipped.length} skipped, expected ${f.itemCount}`);
      if (f.title !== undefined && !sameText(feed.title, f.title)) problems.push(`title ${feed.title} != ${f.title}`);
      if (f.homePageURL !== undefined && feed.homepage?.replace(/\/$/, "") !== f.homePageURL) problems.push(`homepage ${feed.homepage} != ${f.homePageURL}`);
      if (f.everyItem) problems.push(...everyItemProblems(feed, f.everyItem));
      return problems;
    });
  }
  return tally;
}

function typeProblems(text: string, url: string, feedType: string): string[] {
  if (/^(notAFeed|unknown)/.test(feedType)) return [...expectThrows(() => parseFeed(text, url)), ...(feedType === "notAFeed" && classifyContent("", text) !== "html" ? ["not classified as html"] : [])];
  if (feedType.startsWith("rssInJSON")) return ["RSS-in-JSON is not supported (only JSON Feed)"];
  const want = feedType.startsWith("jsonFeed") ? "json" : feedType.startsWith("atom") ? "atom" : "rss";
  const feed = parseFeed(text, url);
  const got = feed.format === "rdf" ? "rss" : feed.format;
  return got === want && feed.items.length > 0 ? [] : [`format ${got} with ${feed.items.length} items, expected ${want}`];
}

function everyItemProblems(feed: ParsedFeed, rules: Record<string, unknown>): string[] {
  const problems: string[] = [];
  // NetNewsWire's "url" is the guid permalink; ours comes from <link>. The shared rule: a guid
  // that is not a permalink never becomes the article URL.
  if (rules.url === null) problems.push(...feed.items.filter((i) => i.guid && i.url.endsWith(i.guid)).map((i) => `URL ${i.url} taken from guid`));
  if (rules.url === "present" && (feed.items.length === 0 || feed.skipped.length > 0)) problems.push(`${feed.skipped.length} items without URL`);
  const notIn = Array.isArray(rules.title_not_in) ? rules.title_not_in : [];
  for (const item of feed.items) {
    if (rules.title === "present" && !item.title) problems.push(`item ${item.url} has no title`);
    if (notIn.includes(item.title)) problems.push(`author title leaked into item title: ${item.title}`);
    if (typeof rules.uniqueID_startsWith === "string" && !item.guid?.startsWith(rules.uniqueID_startsWith)) problems.push(`guid ${item.guid}`);
    if (rules["author.name"] === "present" && !item.author) problems.push(`item ${item.url} has no author`);
    if (rules.datePublished === "present" && !item.publishedAt) problems.push(`item ${item.url} has no date`);
  }
  return problems;
}

function opmlProblems(text: string): string[] {
  const feeds = parseOpml(text);
  if (feeds.length === 0) return ["no feeds found"];
  return feeds.filter((f) => !f.title).map((f) => `feed ${f.feedUrl} has no title`);
}
