import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseOpml } from "./parse-opml";

describe("parseOpml", () => {
  it("collects feeds from nested folders once each, whatever the attribute case", () => {
    const xml = readFileSync(path.join(import.meta.dirname, "fixtures", "nested.opml"), "utf8");
    expect(parseOpml(xml)).toEqual([
      { title: "Pacific Wire", feedUrl: "https://pacificwire.example/rss", htmlUrl: "https://pacificwire.example/" },
      { title: "Tech Bulletin & Co", feedUrl: "https://techbulletin.example/feed.atom", htmlUrl: undefined },
      { title: "Market Herald", feedUrl: "https://marketherald.example/feed.json", htmlUrl: undefined },
    ]);
  });

  it("refuses a file that is not OPML", () => {
    expect(() => parseOpml("<rss><channel/></rss>")).toThrow(/no <opml> root element/);
  });
});
