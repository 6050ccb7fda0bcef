import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { closeDriver, writeRows } from "@/graph/driver";
import { useBrowser } from "./browser";

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
const ARTICLE = { id: "art_browser_hostile", title: `Hostile ${HOSTILE}`, text: `First paragraph ${HOSTILE}.\n\nSecond <b>bold?</b> paragraph.` };

describe("scraped text is shown, never run", () => {
  const { page: open } = useBrowser();
  beforeAll(async () => {
    await writeRows(
      `MERGE (s:Source {id: 'src_browser_hostile'}) SET s.name = 'Hostile <i>Outlet</i>'
       MERGE (a:Article {id: $id}) SET a.title = $title, a.text = $text, a.url = 'javascript:alert(1)', a.canonicalUrl = 'javascript:alert(1)',
         a.fetchedAt = '2001-01-01T00:00:00Z', a.publishedAt = '2001-01-01T00:00:00Z', a.sortAt = '2001-01-01T00:00:00Z', a.textHash = 'x'
       MERGE (a)-[:PUBLISHED_BY]->(s)`,
      ARTICLE,
    );
    await closeDriver();
  });

  it("renders markup from an article as literal text on its page and in the timeline", async () => {
    const page = await open();
    for (const path of [`/articles/${ARTICLE.id}`, "/?kind=article"]) {
      await page.goto(path);
      expect(await page.locator("main img, main b, main i").count()).toBe(0);
      expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    }
    await page.goto(`/articles/${ARTICLE.id}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(ARTICLE.title);
    expect(await page.getByRole("link", { name: "Original" }).count()).toBe(0);
  });

  it("escapes it in the Atom feed", async () => {
    const page = await open();
    const xml = await (await page.request.get("/feed.xml?kind=article")).text();
    expect(xml).not.toContain("<script>");
    const entries = new XMLParser({ ignoreAttributes: false }).parse(xml).feed.entry as Array<{ title: { "#text": string } }>;
    expect(entries.map((e) => e.title["#text"])).toContain(ARTICLE.title);
  });
});
