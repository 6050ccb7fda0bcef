import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ParsedFeed } from "@/lib/schemas";
import { parseFeed } from "./parse-feed";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");

describe("parseFeed", () => {
  it("reads RSS 2.0: relative links resolved, guid permalinks used, summaries reduced to safe text, offsets kept", () => {
    const feed = ParsedFeed.parse(parseFeed(fixture("rss2.xml"), "https://pacificwire.example/rss"));
    expect(feed).toMatchObject({ format: "rss", title: "Pacific Wire", homepage: "https://pacificwire.example/", skipped: [] });
    expect(feed.items).toEqual([
      {
        feedUrl: "https://pacificwire.example/rss",
        url: "https://pacificwire.example/2026/07/04/alibaba-ban?utm_source=rss",
        guid: "pw-1001",
        title: "Alibaba bans Anthropic tools from July 10",
        summary: "Staff were told on Friday.",
        author: "Mina Park",
        publishedAt: "2026-07-04T10:21:54+09:00",
        sourceName: "Pacific Wire",
      },
      expect.objectContaining({ url: "https://pacificwire.example/2026/07/05/nordvik-recall", publishedAt: "2026-07-05T08:00:00Z" }),
    ]);
  });

  it("reads RSS 1.0 (RDF) with Dublin Core author and date", () => {
    const feed = parseFeed(fixture("rss1.rdf"), "https://harborledger.example/rss");
    expect(feed.format).toBe("rdf");
    expect(feed.items).toEqual([
      expect.objectContaining({ url: "https://harborledger.example/a/1", title: "Letter names 25,000 accounts", author: "J. Ortega", publishedAt: "2026-07-06T09:15:00-05:00" }),
    ]);
  });

  it("reads Atom 1.0: alternate links, HTML titles as text, published before updated", () => {
    const feed = parseFeed(fixture("atom.xml"), "https://techbulletin.example/feed.atom");
    expect(feed.format).toBe("atom");
    expect(feed.items.map((i) => [i.url, i.title, i.author, i.publishedAt])).toEqual([
      ["https://techbulletin.example/news/backdoor", "Backdoor or experiment?", "Lea Brandt", "2026-07-07T11:30:00+02:00"],
      ["https://techbulletin.example/news/market", "Market reaction", undefined, "2026-07-07T13:00:00+02:00"],
    ]);
  });

  it("reads JSON Feed 1.1, reporting the items it cannot use", () => {
    const feed = parseFeed(fixture("feed.json"), "https://marketherald.example/feed.json");
    expect(feed).toMatchObject({ format: "json", title: "Market Herald", homepage: "https://marketherald.example/" });
    expect(feed.items.map((i) => [i.url, i.guid, i.author, i.summary, i.publishedAt])).toEqual([
      ["https://marketherald.example/alibaba-denies", "mh-77", "Wei Chen, Ana Ruiz", "The company said & repeated it.", "2026-07-08T07:00:00+08:00"],
      ["https://marketherald.example/posts/78", "78", "Herald Desk", "Plain text summary", "2026-07-08T09:00:00Z"],
    ]);
    expect(feed.skipped).toEqual([
      { index: 2, reason: 'item "No link here" has no link' },
      { index: 3, reason: expect.stringContaining("item 4 is malformed") },
    ]);
  });

  it("lands the good items of a feed with one broken item and reports the broken one", () => {
    const feed = parseFeed(fixture("one-broken-item.xml"), "https://exampledaily.example/rss");
    expect(feed.items.map((i) => i.url)).toEqual(["https://exampledaily.example/1", "https://exampledaily.example/3"]);
    expect(feed.items[1]?.publishedAt).toBeUndefined();
    expect(feed.skipped).toEqual([{ index: 1, reason: 'item "Story without a link" has no link' }]);
  });

  it("refuses broken XML, non-feeds and broken JSON with one clear line", () => {
    const bad = (text: string) => {
      try {
        parseFeed(text, "https://x.example/feed");
      } catch (e) {
        return e as Error & { code?: string };
      }
      throw new Error("expected BAD_FEED");
    };
    for (const e of [bad(fixture("broken.xml")), bad("<html><body>hi</body></html>"), bad('{"version": "https://jsonfeed.org/version/1", "items": ['), bad(""), bad('{"hello": 1}')]) {
      expect(e.code).toBe("BAD_FEED");
      expect(e.message).toContain("https://x.example/feed");
      expect(e.message).not.toContain("\n");
    }
    expect(bad(fixture("broken.xml")).message).toMatch(/broken XML .*line \d+/);
  });

  it("stores a feed title given as HTML as its text only, never markup or script handlers", () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel>
      <title type="html">&lt;b&gt;Harbor&lt;/b&gt; Ledger &lt;img src="x.jpg" onerror="location.href='https://evil.example/'"/&gt;</title>
      <link>https://harborledger.example/</link>
      <item><title>One</title><link>https://harborledger.example/1</link></item>
    </channel></rss>`;
    const feed = parseFeed(rss, "https://harborledger.example/rss");
    expect(feed.title).toBe("Harbor Ledger");
    expect(feed.items[0]?.sourceName).toBe("Harbor Ledger");
    const json = parseFeed(JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "<i>Quay</i> Daily", items: [{ id: "1", url: "https://quay.example/1", content_text: "x" }] }), "https://quay.example/feed.json");
    expect(json.title).toBe("Quay Daily");
  });

  it("tolerates the not-quite-XML real feeds serve (bare ampersands)", () => {
    const feed = parseFeed('<rss version="2.0"><channel><title>A & B</title><item><title>Q&A</title><link>https://ab.example/1?a=1&b=2</link></item></channel></rss>', "https://ab.example/rss");
    expect(feed.items[0]).toMatchObject({ title: "Q&A", url: "https://ab.example/1?a=1&b=2" });
  });
});
