import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "@/tests/fixture-server/fixture-server";
import { createFetcher, type Fetcher } from "../fetch/fetch-page";
import { classifyContent } from "./detect-input";
import { discoverFeeds } from "./discover-feeds";
import { parseFeed } from "./parse-feed";

let server: FixtureServer;
let fetcher: Fetcher;
beforeAll(async () => {
  server = await startFixtureServer({ dir: path.join(import.meta.dirname, "fixtures") });
  fetcher = createFetcher({ delayMs: 0 });
});
afterAll(async () => {
  await fetcher.close();
  await server.close();
});

describe("feeds served by a real server", () => {
  it("fetches, classifies and parses each format", async () => {
    for (const [file, format] of [["rss2.xml", "rss"], ["rss1.rdf", "rdf"], ["atom.xml", "atom"], ["feed.json", "json"]] as const) {
      const page = await fetcher.fetchPage(`${server.url}/${file}`, { accept: "feed" });
      expect(classifyContent(page.contentType, page.body)).toBe("feed");
      const feed = parseFeed(page.body, page.finalUrl);
      expect(feed.format).toBe(format);
      expect(feed.items.length).toBeGreaterThan(0);
    }
  });

  it("reports a feed with broken XML as BAD_FEED", async () => {
    const page = await fetcher.fetchPage(`${server.url}/broken.xml`, { accept: "feed" });
    expect(() => parseFeed(page.body, page.finalUrl)).toThrow(expect.objectContaining({ code: "BAD_FEED" }));
  });

  it("discovers the feeds of a home page", async () => {
    const page = await fetcher.fetchPage(`${server.url}/home.html`, { accept: "html" });
    expect(classifyContent(page.contentType, page.body)).toBe("html");
    expect(discoverFeeds(page.body, page.finalUrl).map((f) => f.type)).toEqual(["rss", "atom", "json"]);
  });
});
