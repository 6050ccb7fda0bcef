import { readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { ParsedFeed } from "@/lib/schemas";
import { parseFeed } from "../parse-feed";
import { expectThrows } from "./check-rss-parser";
import { Tally, readDecoded, readJson, sameInstant, sameText } from "./tally";

const Universal = z.array(z.object({ file: z.string(), feedType: z.string().nullable(), feedTitle: z.string().nullable(), expectError: z.boolean() }));
const Person = z.object({ name: z.string().optional() }).loose();
const Item = z.object({ title: z.string().optional(), link: z.string().optional(), publishedParsed: z.string().optional(), updatedParsed: z.string().optional(), authors: z.array(Person).optional() }).loose();
const GoFeed = z.object({ title: z.string().optional(), link: z.string().optional(), items: z.array(Item).optional() }).loose();

const BASE = "https://feed.example/";

/** gofeed's format detection cases and its RSS/Atom/JSON -> universal-model translations. */
export function checkGofeed(dir: string): Tally {
  const tally = new Tally("gofeed");
  for (const u of Universal.parse(readJson(path.join(dir, "parser/universal/expected.json")))) {
    tally.check(`universal/${u.file}`, () => {
      const text = readDecoded(path.join(dir, "parser/universal", u.file));
      if (u.expectError) return expectThrows(() => parseFeed(text, BASE));
      const feed = parseFeed(text, BASE);
      const type = feed.format === "rdf" ? "rss" : feed.format;
      return [...(type === u.feedType ? [] : [`type ${type} != ${u.feedType}`]), ...(sameText(feed.title, u.feedTitle) ? [] : [`title ${feed.title} != ${u.feedTitle}`])];
    });
  }
  for (const kind of ["rss", "atom", "json"]) {
    const folder = path.join(dir, "translator", kind);
    for (const file of readdirSync(folder).filter((f) => (kind === "json" ? !f.endsWith("_expected.json") : f.endsWith(".xml")))) {
      const expectedFile = kind === "json" ? file.replace(/\.json$/, "_expected.json") : file.replace(/\.xml$/, ".json");
      tally.check(`translator/${kind}/${file}`, () => compare(parseFeed(readDecoded(path.join(folder, file)), BASE), GoFeed.parse(readJson(path.join(folder, expectedFile)))));
    }
  }
  return tally;
}

/** Only the fields Newsgraph keeps: feed title and home page; item title, link, date and author. */
function compare(feed: ParsedFeed, exp: z.infer<typeof GoFeed>): string[] {
  const problems: string[] = [];
  if (exp.title !== undefined && !sameText(feed.title, exp.title)) problems.push(`title ${JSON.stringify(feed.title)} != ${JSON.stringify(exp.title)}`);
  if (exp.link !== undefined && feed.homepage !== new URL(exp.link, BASE).href) problems.push(`homepage ${feed.homepage} != ${exp.link}`);
  const items = (exp.items ?? []).filter((i) => i.link);
  if (feed.items.length !== items.length) problems.push(`${feed.items.length} items, expected ${items.length} with links`);
  items.forEach((e, n) => {
    const got = feed.items[n];
    if (!got) return;
    if (got.url !== new URL(e.link!, BASE).href) problems.push(`item link ${got.url} != ${e.link}`);
    if (e.title !== undefined && !sameText(got.title, e.title)) problems.push(`item title ${JSON.stringify(got.title)} != ${JSON.stringify(e.title)}`);
    const date = e.publishedParsed ?? e.updatedParsed;
    if (date && !sameInstant(got.publishedAt, date)) problems.push(`item date ${got.publishedAt} != ${date}`);
    const author = e.authors?.map((a) => a.name).filter(Boolean).join(", ");
    if (author && got.author !== author) problems.push(`item author ${got.author} != ${author}`);
  });
  return problems;
}
