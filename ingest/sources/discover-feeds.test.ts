import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { discoverFeeds } from "./discover-feeds";

describe("discoverFeeds", () => {
  it("finds RSS, Atom and JSON feeds resolved against <base>, skipping comment feeds and other alternates", () => {
    const html = readFileSync(path.join(import.meta.dirname, "fixtures", "home.html"), "utf8");
    expect(discoverFeeds(html, "https://pacificwire.example/")).toEqual([
      { url: "https://pacificwire.example/rss", type: "rss", title: "Pacific Wire - All" },
      { url: "https://pacificwire.example/news/feed.atom", type: "atom", title: undefined },
      { url: "https://pacificwire.example/feed.json", type: "json", title: "JSON" },
    ]);
  });

  it("resolves against the page URL when there is no <base>", () => {
    const html = '<head><link rel="Alternate" type="application/RSS+XML" href="feed/"></head>';
    expect(discoverFeeds(html, "https://site.example/blog/")).toEqual([{ url: "https://site.example/blog/feed/", type: "rss", title: undefined }]);
  });

  it("finds nothing on a page without feed links", () => {
    expect(discoverFeeds("<html><head><title>x</title></head></html>", "https://site.example/")).toEqual([]);
  });
});
