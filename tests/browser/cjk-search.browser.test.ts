import { beforeAll, describe, expect, it } from "vitest";
import { closeDriver, writeRows } from "@/graph/driver";
import { useBrowser } from "./browser";

const ARTICLE = {
  id: "art_browser_cjk",
  title: "阿里巴巴全面禁止使用Claude Code",
  text: "阿里巴巴集团宣布，自7月10日起全面禁止员工使用Anthropic的人工智能工具。",
};

describe("search in Chinese", () => {
  const { page: open } = useBrowser();
  beforeAll(async () => {
    await writeRows(
      `MERGE (s:Source {id: 'src_browser_cjk'}) SET s.name = '财新测试'
       MERGE (a:Article {id: $id}) SET a.title = $title, a.text = $text, a.url = 'https://cjk.test/a', a.canonicalUrl = 'https://cjk.test/a', a.lang = 'zh',
         a.fetchedAt = '2001-01-02T00:00:00Z', a.publishedAt = '2001-01-02T00:00:00Z', a.sortAt = '2001-01-02T00:00:00Z', a.textHash = 'cjk'
       MERGE (a)-[:PUBLISHED_BY]->(s)`,
      ARTICLE,
    );
    await closeDriver();
  });

  it("finds a Chinese article from a Chinese query and marks the words", async () => {
    const page = await open();
    await expect.poll(async () => {
      await page.goto(`/search?q=${encodeURIComponent("禁止使用")}`);
      return page.locator("li[data-type='article'] h2").allTextContents();
    }, { timeout: 10_000 }).toContain(ARTICLE.title);
    expect(await page.locator("li[data-type='article'] mark").first().textContent()).toBe("禁止使用");
    await page.getByRole("link", { name: ARTICLE.title }).click();
    await page.waitForURL(/\/articles\/art_browser_cjk/);
    expect(await page.locator(".article-text").textContent()).toContain("阿里巴巴集团");
  });
});
