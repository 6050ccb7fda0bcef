import path from "node:path";
import { z } from "zod";
import type { ParsedFeed } from "@/lib/schemas";
import { parseFeed } from "../parse-feed";
import { Tally, norm, readDecoded, readJson, sameInstant, sameText } from "./tally";

const Case = z.object({ name: z.string(), input: z.string(), expected: z.string().nullable(), expectError: z.string().optional(), note: z.string().optional() });
const Item = z.object({ title: z.string().optional(), link: z.string().optional(), isoDate: z.string().optional(), pubDate: z.string().optional() }).loose();
const Expected = z.object({ feed: z.object({ title: z.string().optional(), items: z.array(Item) }).loose() });

/** rss-parser's real-world feeds: feed title, item count, and each item's title, link and date. */
export function checkRssParser(dir: string): Tally {
  const tally = new Tally("rss-parser");
  const cases = z.array(Case).parse(readJson(path.join(dir, "cases.json")));
  for (const c of cases) {
    tally.check(c.name, () => {
      // The upstream test serves encoding.rss as latin1 and stores its expectation in latin1 too.
      const latin = c.name === "encoding";
      const text = readDecoded(path.join(dir, c.input), latin ? "text/xml; charset=latin1" : undefined);
      if (c.expectError) return expectThrows(() => parseFeed(text, "https://feed.example/"));
      if (!c.expected) return [];
      const expected = Expected.parse(readJson(path.join(dir, c.expected), latin ? "latin1" : "utf8"));
      return compare(parseFeed(text, "https://feed.example/"), expected.feed);
    });
  }
  return tally;
}

function compare(feed: ParsedFeed, exp: z.infer<typeof Expected>["feed"]): string[] {
  const problems: string[] = [];
  if (exp.title !== undefined && !sameText(feed.title, exp.title)) problems.push(`title ${JSON.stringify(feed.title)} != ${JSON.stringify(exp.title)}`);
  const withLinks = exp.items.filter((i) => i.link);
  if (feed.items.length !== withLinks.length) problems.push(`${feed.items.length} items with links, expected ${withLinks.length} (of ${exp.items.length})`);
  withLinks.forEach((e) => {
    // rss-parser leaves relative links as written; ours are resolved against the site (or the feed).
    const link = new URL(e.link!, feed.homepage ?? feed.feedUrl).href;
    const got = feed.items.find((i) => i.url === link);
    if (!got) return problems.push(`no item with link ${e.link}`);
    if (e.title !== undefined && !sameText(got.title, e.title)) problems.push(`item title ${JSON.stringify(got.title)} != ${JSON.stringify(norm(e.title))}`);
    // A date without a zone is read as UTC here; rss-parser used the test machine's zone, so skip those.
    const zoned = !e.pubDate || /(Z|[+-]\d\d:?\d\d|[A-Z]{2,4})\s*$/.test(e.pubDate.trim());
    if (e.isoDate && zoned && !sameInstant(got.publishedAt, e.isoDate)) problems.push(`item date ${got.publishedAt} != ${e.isoDate}`);
  });
  return problems;
}

export function expectThrows(run: () => unknown): string[] {
  try {
    run();
  } catch {
    return [];
  }
  return ["expected an error, got a feed"];
}
