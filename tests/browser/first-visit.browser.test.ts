import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { useBrowser, waitForHydratedHead } from "./browser";

/**
 * The definition of done, walked as a new user who just ran `npm start` (the sample articles
 * loaded, no cookies): from the home page to the seed article's dispute in at most two clicks, both
 * sides with their sources, the entity's feed, and its relationships.
 */
describe("a new user's first visit", () => {
  const { page: open } = useBrowser();

  it("reaches the seed article's dispute in two clicks, sees both sides, follows the entity's feed and explores it", async () => {
    const page = await open();
    await page.goto("/");
    await waitForHydratedHead(page);

    // Click 1: the seed story's dispute (backdoor vs anti-fraud experiment) is among the top disputes.
    const top = page.getByRole("complementary", { name: "Disputes" });
    await top.getByRole("link", { name: /backdoor/i }).first().click();
    await page.waitForURL(/\/disputes\/ctr_/);

    const sides = page.locator("[data-side]");
    expect(await sides.count()).toBeGreaterThanOrEqual(2);
    const outlets = new Set<string>();
    for (const i of [0, 1]) {
      const card = sides.nth(i).locator("article").first();
      expect(await card.locator("blockquote a").getAttribute("href")).toMatch(/^\/articles\/art_[^#]+#offset-\d+$/);
      expect(await card.locator("a[href^='/entities/']").first().textContent()).toMatch(/Alibaba|Anthropic/);
      expect(await card.locator("time").count()).toBe(1);
      for (const o of ((await sides.nth(i).locator("[data-outlets]").textContent()) ?? "").split(", ")) outlets.add(o);
    }
    expect([...outlets]).toContain("VibeTimes");
    expect(outlets.size).toBeGreaterThan(1);
    expect(await page.getByRole("link", { name: /Alibaba Imposes Full Ban on Claude Code/ }).count()).toBeGreaterThan(0);

    // Click 2: the entity, whose page offers its feed (linked and announced in the head).
    await page.getByRole("list", { name: "Entities" }).getByRole("link", { name: "Alibaba Group" }).click();
    await page.waitForURL(/\/entities\/ent_/);
    const entityPath = new URL(page.url()).pathname;
    const feedHref = await page.getByRole("link", { name: "Follow (Atom feed)" }).getAttribute("href");
    expect(feedHref).toBe(`${entityPath}/feed.xml`);
    expect(await page.locator("head link[rel=alternate][type='application/atom+xml']").getAttribute("href")).toBe(feedHref);
    const xml = await (await page.request.get(feedHref ?? "")).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.title["#text"]).toMatch(/^Alibaba Group/);
    expect([feed.entry].flat().length).toBeGreaterThan(3);

    // Its relationships: the explorer centred on it, each edge explained by the claims behind it.
    await page.getByRole("link", { name: "Relationship explorer" }).click();
    await page.waitForURL(/\/explore\?entity=ent_/);
    await page.locator("[data-testid=graph] canvas").first().waitFor();
    expect(await page.getByRole("img", { name: /Relationship graph with \d+ entities/ }).count()).toBe(1);
    const edges = page.getByRole("region", { name: "Relationships in view" });
    expect(await edges.getByText(/BANS/).count()).toBeGreaterThan(0);
    expect(await edges.locator("blockquote, q, li li").count()).toBeGreaterThan(0);
    // A quote behind an edge opens in place in the stored article.
    const quote = edges.locator("li li a[href^='/articles/']").first();
    const quoteText = (await quote.textContent())?.replace(/[“”]/g, "") ?? "";
    await quote.click();
    await page.waitForURL(/\/articles\/art_[^#]+#claim-/);
    const target = page.locator(`[id="${decodeURIComponent(new URL(page.url()).hash.slice(1))}"]`);
    expect(await target.count()).toBe(1);
    expect(await page.locator("main").textContent()).toContain(quoteText.slice(0, 40));
  });
});
