import { describe, expect, it } from "vitest";
import { normaliseUrl, resolveUrl } from "./normalise-url";

describe("normaliseUrl", () => {
  it.each([
    ["https://Example.COM/a?utm_source=rss&utm_medium=feed", "https://example.com/a"],
    ["https://example.com/a?b=2&a=1#section-3", "https://example.com/a?a=1&b=2"],
    ["http://example.com:80/a", "http://example.com/a"],
    ["https://example.com:443/news/index.html", "https://example.com/news/"],
    ["https://example.com/a?id=7&fbclid=X&gclid=Y&mc_cid=1&mc_eid=2&ref=tw&cmpid=rss", "https://example.com/a?id=7"],
    ["https://example.com/a?", "https://example.com/a"],
    ["https://example.com:8080/a", "https://example.com:8080/a"],
  ])("%s -> %s", (input, expected) => {
    expect(normaliseUrl(input)).toBe(expected);
  });

  it("makes a feed link and a direct link the same story", () => {
    expect(normaliseUrl("https://news.example/story?utm_campaign=daily#top")).toBe(normaliseUrl("https://NEWS.example/story"));
  });

  it("returns what is not a URL trimmed", () => {
    expect(normaliseUrl("  not a url ")).toBe("not a url");
  });
});

describe("resolveUrl", () => {
  it("resolves relative canonical links against the page", () => {
    expect(resolveUrl("/b/c?x=1", "https://example.com/a/page")).toBe("https://example.com/b/c?x=1");
    expect(resolveUrl("javascript:void(0)", "https://example.com/")).toBeUndefined();
    expect(resolveUrl("", "https://example.com/")).toBeUndefined();
  });
});
