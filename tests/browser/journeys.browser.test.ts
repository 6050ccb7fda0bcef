import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./browser";

describe("reader journeys in a real browser", () => {
  const { page: open } = useBrowser();

  it("search finds the dispute: header search box, highlighted hits, facets, and a link to the dispute", async () => {
    const page = await open();
    await page.goto("/");
    await page.getByRole("searchbox", { name: "Search" }).fill("Alibaba");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/search\?q=Alibaba/);
    await expect.poll(() => page.locator("main mark").first().textContent()).toMatch(/alibaba/i);
    expect(await page.getByRole("complementary", { name: "Facets" }).getByText("entity", { exact: true }).count()).toBe(1);
    await page.getByRole("region", { name: /Disputes about/ }).getByRole("link").first().click();
    await page.waitForURL(/\/disputes\/ctr_/);
    expect(await page.locator("[data-side]").count()).toBe(2);
  });

  it("follows a link from the timeline to an entity, then to one of its disputes", async () => {
    const page = await open();
    await page.goto("/");
    await page.getByRole("list", { name: "Stream" }).getByRole("list", { name: "Entities" }).getByRole("link", { name: /^Alibaba/ }).first().click();
    await page.waitForURL(/\/entities\/ent_/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/Alibaba/);
    await page.getByRole("region", { name: "Disputes" }).getByRole("link").first().click();
    await page.waitForURL(/\/disputes\/ctr_/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBeTruthy();
  });

  it("puts the two sides of a dispute side by side, each with speaker, quote, outlet and time", async () => {
    const page = await open({ width: 1280 });
    await page.goto("/disputes");
    await page.locator("main ol li a[href^='/disputes/']").first().click();
    await page.waitForURL(/\/disputes\/ctr_/);
    const sides = page.locator("[data-side]");
    const [a, b] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()];
    expect(a && b && Math.abs(a.y - b.y) < 2 && b.x > a.x + a.width - 1).toBe(true);
    for (const i of [0, 1]) {
      const card = sides.nth(i).locator("article").first();
      expect(await card.locator("blockquote a").getAttribute("href")).toMatch(/^\/articles\/art_[^#]+#offset-\d+$/);
      expect(await card.locator("time").count()).toBeGreaterThan(0);
      expect((await card.textContent()) ?? "").toMatch(/\S+ (said|announced|denied|reported|\w+)/);
    }
    const quote = sides.nth(0).locator("blockquote a").first();
    await quote.click();
    await page.waitForURL(/\/articles\/art_.*#offset-\d+$/);
    const anchor = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
  });

  it("shows the article with claims and entities marked in place", async () => {
    const page = await open();
    await page.goto("/");
    await page.locator("li[data-kind='article'] h2 a").first().click();
    await page.waitForURL(/\/articles\/art_/);
    expect(await page.locator(".article-text mark.claim-mark").count()).toBeGreaterThan(0);
    expect(await page.locator(".article-text p").count()).toBeGreaterThan(0);
  });

  it("keeps timeline filters in the URL and pages with a cursor", async () => {
    const page = await open();
    await page.goto("/?kind=claim&limit=2");
    expect(await page.locator("li[data-kind]").count()).toBe(2);
    expect(await page.locator("li[data-kind]:not([data-kind='claim'])").count()).toBe(0);
    await page.getByRole("link", { name: "Older →" }).click();
    await page.waitForURL(/cursor=/);
    expect(new URL(page.url()).searchParams.getAll("kind")).toEqual(["claim"]);
    expect(await page.locator("li[data-kind='claim']").count()).toBeGreaterThan(0);
  });

  it("marks what is new since the last visit, and nothing on the visit after", async () => {
    const page = await open();
    await page.context().addCookies([{ name: "ng_last_seen", value: encodeURIComponent("2026-07-05T12:00:00Z"), url: inject("baseUrl") }]);
    await page.goto("/");
    const fresh = await page.locator("li[data-new]").count();
    expect(fresh).toBeGreaterThan(0);
    expect(fresh).toBeLessThan(await page.locator("li[data-kind]").count());
    expect(await page.getByText(/new since your last visit/).textContent()).toContain(String(fresh));
    await page.waitForFunction(() => !document.cookie.includes("2026-07-05"));
    await page.reload();
    expect(await page.locator("li[data-new]").count()).toBe(0);
  });

  it("works from the keyboard: skip link first, then the navigation, with a visible focus ring", async () => {
    const page = await open();
    await page.goto("/disputes");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, outline: getComputedStyle(document.activeElement as Element).outlineStyle }));
    expect(focused).toEqual({ text: "Timeline", outline: "solid" });
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === "/");
  });
});
