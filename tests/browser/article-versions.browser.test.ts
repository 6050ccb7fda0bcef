import { beforeAll, describe, expect, it } from "vitest";
import { closeDriver } from "@/graph/driver";
import { writeArticle } from "@/graph/write/write-article";
import { sha256Hex } from "@/lib/hash";
import { useBrowser } from "./browser";

const ID = "art_browser_versions";
const doc = (text: string, fetchedAt: string) => ({
  id: ID, url: "https://versions.test/story", canonicalUrl: "https://versions.test/story", title: "Anthropic letter to senators", lang: "en",
  text, textHash: sha256Hex(text), publishedAt: "2001-01-03T00:00:00Z", fetchedAt,
  source: { id: "src_browser_versions", name: "Versions Wire", homepage: "https://versions.test" },
});
const empty = { entities: [], claims: [], figures: [], dates: [], events: [], relations: [] };

describe("earlier versions of an article", () => {
  const { page: open } = useBrowser();
  beforeAll(async () => {
    // Stored twice through the real write path: the first text becomes an earlier version.
    await writeArticle({ doc: doc("Anthropic said Claude was used over 28 million times.\n\nThe letter went to US senators.", "2001-01-03T01:00:00Z"), extraction: empty });
    await writeArticle({ doc: doc("Anthropic said Claude was used over 28.8 million times.\n\nThe letter went to US senators on Monday.", "2001-01-03T05:00:00Z"), extraction: empty });
    await closeDriver();
  });

  it("lists the earlier version with the changed figure and a word diff", async () => {
    const page = await open();
    await page.goto(`/articles/${ID}`);
    const versions = page.getByRole("region", { name: /Earlier versions \(1\)/ });
    await versions.locator("summary").click();
    expect(await versions.getByRole("list", { name: "Figures changed" }).textContent()).toBe("28 million → 28.8 million");
    expect(await versions.locator("ins").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("Monday")]));
    expect(await page.locator(".article-text").textContent()).toContain("28.8 million");
  });
});
