import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { sha256Hex, stableId } from "@/lib/hash";
import { extractArticle } from "./extract-article";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
const seedText = readFileSync(path.join(import.meta.dirname, "../../../shared/seeds/000_ba9183401f6d006d.txt"), "utf8");
const seedUrl = "https://vibetimes.example/tech/alibaba-bans-claude-code";

/** The seed article's body as written: from "Alibaba Group announced" to "...Ant Group and ByteDance." */
function seedParagraphs(): string[] {
  const start = seedText.indexOf("Alibaba Group announced");
  const end = seedText.indexOf("Ant Group and ByteDance.") + "Ant Group and ByteDance.".length;
  return seedText.slice(start, end).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

describe("extractArticle on the seed article page", () => {
  const doc = extractArticle({ html: fixture("seed-article.html"), url: `${seedUrl}?utm_source=rss&fbclid=x`, fetchedAt: "2026-07-04T02:00:00Z" });

  it("keeps exactly the article's paragraphs", () => {
    expect(doc.text.split("\n\n")).toEqual(seedParagraphs());
    expect(doc.text.startsWith("Alibaba Group announced")).toBe(true);
    expect(doc.text.endsWith("such as Ant Group and ByteDance.")).toBe(true);
  });

  it("drops the disclaimer, related links, share bar, caption and furniture", () => {
    for (const junk of ["쿠팡", "Related Articles", "Facebook", "Photo: VibeTimes", "Advertisement", "newsletter", "Most Read", "cookies", "모민철"]) {
      expect(doc.text).not.toContain(junk);
    }
  });

  it("reads title, byline, dates, section, language and source", () => {
    expect(doc.title).toBe("Alibaba Imposes Full Ban on Claude Code Use from July 10 Amid Backdoor Concerns");
    expect(doc.byline).toBe("모민철");
    expect(doc.publishedAt).toBe("2026-07-04T10:21:54+09:00");
    expect(doc.modifiedAt).toBe("2026-07-04T10:21:54+09:00");
    expect(doc.section).toBe("Tech");
    expect(doc.lang).toBe("en");
    expect(doc.source).toEqual({ id: stableId("src", "vibetimes.example"), name: "VibeTimes", homepage: "https://vibetimes.example" });
  });

  it("resolves and normalises the canonical URL and derives id and hash from it", () => {
    expect(doc.canonicalUrl).toBe(seedUrl);
    expect(doc.url).toBe(`${seedUrl}?utm_source=rss&fbclid=x`);
    expect(doc.id).toBe(stableId("art", seedUrl));
    expect(doc.textHash).toBe(sha256Hex(doc.text));
    expect(doc.fetchedAt).toBe("2026-07-04T02:00:00Z");
  });
});

describe("extractArticle metadata sources", () => {
  const body = "The city council voted on Tuesday to extend the night bus network";

  it("follows @graph references for authors and publisher", () => {
    const doc = extractArticle({ html: fixture("graph-article.html"), url: "https://courier.example/city/night-buses" });
    expect(doc.title).toBe("Night buses reach the northern suburbs");
    expect(doc.byline).toBe("Jane Doe, Omar Haddad");
    expect(doc.source.name).toBe("Example Courier");
    expect(doc.publishedAt).toBe("2026-03-02T08:15:00+01:00");
    expect(doc.modifiedAt).toBe("2026-03-02T09:40:00+01:00");
    expect(doc.section).toBe("City");
    expect(doc.text.startsWith(body)).toBe(true);
    expect(doc.text).not.toContain("By Jane Doe");
  });

  it("reads a top-level JSON-LD array and assumes UTC for a date without offset", () => {
    const doc = extractArticle({ html: fixture("array-article.html"), url: "https://blog.example/night-buses" });
    expect(doc.byline).toBe("Jane Doe");
    expect(doc.publishedAt).toBe("2026-03-02T08:15:00Z");
    expect(doc.source.name).toBe("Courier Blog");
  });

  it("falls back to Dublin Core", () => {
    const doc = extractArticle({ html: fixture("dublin-core.html"), url: "https://courier.example/dc" });
    expect(doc.title).toBe("Night buses reach the northern suburbs");
    expect(doc.byline).toBe("Jane Doe");
    expect(doc.publishedAt).toBe("2026-03-02T00:00:00Z");
    expect(doc.section).toBe("Transport");
    expect(doc.lang).toBe("en");
  });

  it("falls back to OpenGraph and article:* meta, normalising og:url", () => {
    const doc = extractArticle({ html: fixture("og-only.html"), url: "https://courier.example/x" });
    expect(doc.title).toBe("Night buses reach the northern suburbs");
    expect(doc.byline).toBe("Jane Doe");
    expect(doc.publishedAt).toBe("2026-03-02T08:15:00+01:00");
    expect(doc.canonicalUrl).toBe("https://www.courier.example/city/night-buses/?a=1&b=2");
    expect(doc.source.id).toBe(stableId("src", "courier.example"));
    expect(doc.lang).toBe("en");
  });
});

describe("extractArticle body scoring without metadata", () => {
  it("finds the story among teasers, share boxes and an affiliate note", () => {
    const doc = extractArticle({ html: fixture("scored-body.html"), url: "https://courier.example/scored" });
    const paragraphs = doc.text.split("\n\n");
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/^The city council voted/);
    expect(paragraphs[2]).toMatch(/hired and trained\.$/);
    expect(doc.text).not.toMatch(/Teaser|Share this|Amazon Associate|Live updates|Copyright/);
  });

  it("falls back to JSON-LD articleBody when the page renders its body with scripts", () => {
    const doc = extractArticle({ html: fixture("ld-body-only.html"), url: "https://courier.example/app" });
    expect(doc.text.split("\n\n")).toHaveLength(2);
    expect(doc.text).toMatch(/^The city council voted/);
    expect(doc.text).not.toContain("Loading");
  });

  it("detects Korean and Japanese bodies when the page declares no language", () => {
    expect(extractArticle({ html: fixture("korean-body.html"), url: "https://ko.example/a" }).lang).toBe("ko");
    expect(extractArticle({ html: fixture("japanese-body.html"), url: "https://ja.example/a" }).lang).toBe("ja");
  });

  it("fails with EXTRACT_FAILED when there is no body", () => {
    const html = "<html><head><title>Just a title</title></head><body><nav><a href='/'>Home</a></nav></body></html>";
    expect(() => extractArticle({ html, url: "https://x.example/" })).toThrowError(AppError);
    expect(() => extractArticle({ html, url: "https://x.example/" })).toThrow(/No body text found/);
  });

  it("fails with EXTRACT_FAILED when there is no title", () => {
    const html = `<html><body><p>${"A sentence with words, and more words. ".repeat(20)}</p></body></html>`;
    expect(() => extractArticle({ html, url: "https://x.example/" })).toThrow(/No title found/);
  });
});
