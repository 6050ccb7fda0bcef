import { describe, expect, it } from "vitest";
import { listDisputes, useBrowser } from "./browser";

describe("links to a quote land on it", () => {
  const { page: open } = useBrowser();

  it("every claim linked from the timeline, search and disputes has its anchor in the article", async () => {
    const page = await open();
    const contradictions = await listDisputes(page);
    const sources = ["/?kind=claim&limit=200", "/search?q=Alibaba&type=claim&limit=100", ...contradictions.map((c) => `/disputes/${c.id}`)];
    const hrefs = new Set<string>();
    for (const path of sources) {
      await page.goto(path);
      for (const href of await page.locator("main a[href*='/articles/'][href*='#']").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""))) hrefs.add(href);
    }
    expect(hrefs.size).toBeGreaterThan(20);
    const articles = new Map<string, string>();
    const missing: string[] = [];
    for (const href of hrefs) {
      const [path = "", anchor = ""] = href.split("#");
      if (!articles.has(path)) articles.set(path, await (await page.request.get(path)).text());
      if (!articles.get(path)?.includes(`id="${anchor}"`)) missing.push(href);
    }
    expect(missing).toEqual([]);
  });

  it("highlights the quote a dispute links to", async () => {
    const page = await open();
    const contradictions = await listDisputes(page);
    await page.goto(`/disputes/${contradictions[0]?.id}`);
    const quote = page.locator("[data-side='1'] blockquote a").first();
    const words = ((await quote.textContent()) ?? "").replace(/[“”]/g, "").slice(0, 40);
    await quote.click();
    await page.waitForURL(/#offset-\d+$/);
    // Reached by client-side navigation, where CSS :target never applies: the page marks it itself.
    const target = page.locator(".claim-mark.claim-target");
    await target.waitFor();
    expect(await target.count()).toBe(1);
    expect(await target.textContent()).toContain(words);
    expect(await target.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
    const box = await target.boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
  });
});
