import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";

const SEVERITY_RANK: Record<string, number> = { high: 3, medium: 2, low: 1 };

describe("filters, facets and ordering", () => {
  const { page: open } = useBrowser();

  it("applies the timeline's entity, source and date filters from the form and keeps them in the URL", async () => {
    const page = await open();
    await page.goto("/");
    const form = page.getByRole("form", { name: "Timeline filters" });
    await form.getByLabel("Entity", { exact: true }).selectOption({ label: "Alibaba Group (ORG)" });
    await form.getByLabel("Source", { exact: true }).selectOption({ label: "Pacific Wire" });
    await form.getByLabel("From", { exact: true }).fill("2026-07-05");
    await form.getByLabel("To", { exact: true }).fill("2026-07-05");
    await form.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/source=src_/);
    const url = new URL(page.url()).searchParams;
    expect([url.get("entity")?.startsWith("ent_"), url.get("from"), url.get("to")]).toEqual([true, "2026-07-05", "2026-07-05"]);
    // Filters left empty stay out of the shared URL.
    expect([...url.values()]).not.toContain("");
    const items = page.locator("li[data-kind]");
    expect(await items.count()).toBeGreaterThan(0);
    for (const text of await items.allTextContents()) expect(text).toContain("Pacific Wire");
    for (const t of await items.locator("p time").first().evaluateAll((ts) => ts.map((x) => x.getAttribute("datetime") ?? ""))) expect(new Date(t).toISOString().slice(0, 10)).toBe("2026-07-05");
    await page.reload();
    expect(await page.getByRole("form", { name: "Timeline filters" }).getByLabel("Source").inputValue()).toBe(url.get("source"));
  });

  it("ranks the entity first for its name and narrows by source and date facets, each a toggle", async () => {
    const page = await open();
    await page.goto("/search?q=Alibaba");
    expect(await page.locator("li[data-type]").first().getAttribute("data-type")).toBe("entity");
    const facets = page.getByRole("complementary", { name: "Facets" });
    await facets.getByRole("link", { name: /^Pacific Wire/ }).click();
    await page.waitForURL(/source=src_/);
    for (const text of await page.locator("li[data-type]").allTextContents()) expect(text).toContain("Pacific Wire");
    expect(await facets.locator("a[aria-current=true]").textContent()).toMatch(/Pacific Wire/);
    await facets.getByRole("link", { name: /Pacific Wire/ }).click();
    await page.waitForURL((u) => !u.searchParams.has("source"));
    await facets.getByRole("link", { name: /^2026-07-06/ }).click();
    await page.waitForURL(/from=2026-07-06&to=2026-07-06/);
    const days = await page.locator("li[data-type] time").evaluateAll((ts) => ts.map((t) => new Date(t.getAttribute("datetime") ?? "").toISOString().slice(0, 10)));
    expect(new Set(days)).toEqual(new Set(["2026-07-06"]));
  });

  it("lists disputes by severity, then most recent report first", async () => {
    const page = await open();
    await page.goto("/disputes");
    const rows = await page.locator("main ol > li").evaluateAll((lis) => lis.map((li) => ({
      severity: li.querySelector("span")?.textContent?.toLowerCase() ?? "",
      at: li.querySelector("time")?.getAttribute("datetime") ?? "",
    })));
    expect(rows.length).toBeGreaterThan(3);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      const rank = (SEVERITY_RANK[a?.severity ?? ""] ?? 0) - (SEVERITY_RANK[b?.severity ?? ""] ?? 0);
      expect(rank > 0 || (rank === 0 && Date.parse(a?.at ?? "") >= Date.parse(b?.at ?? "")), JSON.stringify([a, b])).toBe(true);
    }
  });

  it("takes a reader from a name marked in an article to that entity's page", async () => {
    const page = await open();
    await page.goto("/search?q=Imposes%20Full%20Ban&type=article");
    await page.locator("li[data-type='article'] h2 a").first().click();
    await page.waitForURL(/\/articles\/art_/);
    const mention = page.locator(".article-text a.entity-mention").first();
    const name = ((await mention.getAttribute("title")) ?? "").replace(/ \([A-Z]+\)$/, "");
    await mention.click();
    await page.waitForURL(/\/entities\/ent_/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(name);
  });
});
