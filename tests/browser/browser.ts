import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

export const CHROMIUM = "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** One Debian chromium per test file, driven by playwright-core; pages open on the app under test. */
export function useBrowser(): { page: (opts?: { width?: number; height?: number; dark?: boolean }) => Promise<Page>; baseUrl: string } {
  let browser: Browser | undefined;
  const baseUrl = inject("baseUrl");
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    baseUrl,
    async page({ width = 1280, height = 900, dark = false } = {}) {
      if (!browser) throw new Error("browser not started");
      const context = await browser.newContext({ baseURL: baseUrl, viewport: { width, height }, colorScheme: dark ? "dark" : "light" });
      return context.newPage();
    },
  };
}
