import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { getJson, listDisputes, useBrowser } from "./browser";

async function mainPages(page: Page): Promise<string[]> {
  const [d] = await listDisputes(page);
  const article = await getJson<{ items: Array<{ articleId: string }> }>(page, "/api/timeline?kind=article&limit=1");
  return [
    "/", "/search?q=Alibaba", "/entities", `/entities/${d?.entities[0]?.id}`, "/disputes", `/disputes/${d?.id}`,
    `/articles/${article.items[0]?.articleId}`, `/explore?entity=${d?.entities[0]?.id}`, "/console?q=MATCH%20(n)%20RETURN%20n%20LIMIT%203",
  ];
}

/** Form fields a screen reader would announce without a name, or (a select inside its label) with its options read into the name. */
const unlabelled = (page: Page) => page.locator("input:not([type=hidden]), select, textarea").evaluateAll((els) =>
  els.filter((el) => {
    const labels = (el as HTMLInputElement).labels;
    if (el.tagName === "SELECT" && labels?.[0]?.contains(el)) return true;
    return !(labels?.length || el.getAttribute("aria-label") || el.getAttribute("aria-labelledby"));
  }).map((el) => el.outerHTML.slice(0, 80)));

describe("every main page on a phone, in dark mode and for assistive technology", () => {
  const { page: open } = useBrowser();

  it("fits a phone screen without sideways scrolling, and every field has a label", async () => {
    const page = await open({ width: 390, height: 844 });
    for (const path of await mainPages(page)) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      expect(await unlabelled(page), path).toEqual([]);
      expect(await page.locator("h1").count(), path).toBe(1);
    }
  });

  it("follows the system's dark mode", async () => {
    const page = await open({ dark: true });
    for (const path of (await mainPages(page)).slice(0, 6)) {
      await page.goto(path);
      const [bg, fg] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
      const lightness = (c: string) => Number(/^lab\(([\d.]+)/.exec(c)?.[1] ?? /^rgb\((\d+)/.exec(c)?.[1] ?? NaN);
      expect(lightness(bg), path).toBeLessThan(15);
      expect(lightness(fg), path).toBeGreaterThan(80);
    }
  });

  it("charts the figures reported about an entity over time, with the outlets named", async () => {
    const page = await open();
    const { entities } = await getJson<{ entities: Array<{ id: string; name: string }> }>(page, "/api/entities?type=ORG");
    await page.goto(`/entities/${entities.find((e) => e.name === "Alibaba Group")?.id}`);
    const charts = page.getByRole("region", { name: "Figures over time" }).getByRole("img");
    expect(await charts.count()).toBeGreaterThan(0);
    const labels = (await charts.evaluateAll((svgs) => svgs.map((s) => s.getAttribute("aria-label")))).join(" ");
    expect(labels).toMatch(/24,000.*Pacific Wire|Pacific Wire.*24,000/);
    expect(labels).toMatch(/25,000/);
  });

  it("stops a console query at the row limit and at the time limit, saying which", async () => {
    const page = await open();
    await page.goto(`/console?q=${encodeURIComponent("UNWIND range(1, 100000) AS x RETURN x")}`);
    const limits = (await page.getByRole("main").locator("p").first().textContent()) ?? "";
    const [, ms, rows] = /stops after ([\d,]+) ms and shows at most ([\d,]+) rows/.exec(limits) ?? [];
    expect(await page.getByTestId("console-result").locator("tbody tr").count()).toBe(Number(rows?.replace(/,/g, "")));
    expect(await page.getByRole("status").textContent()).toMatch(/stopped at the row limit/);
    await page.goto(`/console?q=${encodeURIComponent("UNWIND range(1, 30000) AS a UNWIND range(1, 30000) AS b RETURN count(*) AS n")}`);
    expect(await page.getByRole("main").getByRole("alert").textContent()).toContain(`ran longer than ${ms?.replace(/,/g, "")} ms and was stopped`);
  });
});
