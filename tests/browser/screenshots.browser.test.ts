import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { useBrowser } from "./browser";
import { screenshotDir } from "./screenshot-dir";

const OUT = screenshotDir();

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState("networkidle");
  await page.screenshot({ path: path.join(OUT, `${name}.png`) });
}

/** Keeps a current picture of each main page for the README, taken from the production build. */
describe("screenshots of the main pages", () => {
  const { page: open, baseUrl } = useBrowser();

  it("saves home, search, entity, dispute, explorer and console", async () => {
    const page = await open({ width: 1280, height: 1000 });
    const { entities } = (await (await fetch(`${baseUrl}/api/entities?type=ORG`)).json()) as { entities: Array<{ id: string; name: string }> };
    const alibaba = entities.find((e) => /Alibaba/.test(e.name));
    const { contradictions } = (await (await fetch(`${baseUrl}/api/contradictions?entity=${alibaba?.id}`)).json()) as { contradictions: Array<{ id: string }> };
    expect(alibaba && contradictions[0]).toBeTruthy();
    await page.goto("/");
    await shoot(page, "home");
    await page.goto("/search?q=Alibaba");
    await shoot(page, "search");
    await page.goto(`/entities/${alibaba?.id}`);
    await shoot(page, "entity");
    await page.goto(`/disputes/${contradictions[0]?.id}`);
    await shoot(page, "dispute");
    await page.goto(`/explore?entity=${alibaba?.id}`);
    await page.locator("[data-testid=graph] canvas").first().waitFor();
    await page.waitForTimeout(500);
    await shoot(page, "explorer");
    await page.goto("/console");
    await page.getByRole("link", { name: "Contradictions with both sides" }).click();
    await page.waitForURL(/\/console\?q=/);
    await shoot(page, "console");
  });

  it("saves the article page, the dispute in dark mode and the timeline on a phone", async () => {
    const { contradictions } = (await (await fetch(`${baseUrl}/api/contradictions`)).json()) as { contradictions: Array<{ id: string }> };
    const dark = await open({ width: 1280, height: 1000, dark: true });
    await dark.goto(`/disputes/${contradictions[0]?.id}`);
    await shoot(dark, "dispute-dark");
    await dark.locator("[data-side] blockquote a").first().click();
    await dark.waitForURL(/#offset-/);
    await shoot(dark, "article-dark");
    const phone = await open({ width: 390, height: 844 });
    await phone.goto("/");
    await shoot(phone, "home-phone");
  });
});
