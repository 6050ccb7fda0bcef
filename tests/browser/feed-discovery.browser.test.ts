import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { listDisputes, useBrowser } from "./browser";

const atomLinks = "head link[rel=alternate][type='application/atom+xml']";

describe("Atom feeds a reader can discover and follow", () => {
  const { page: open } = useBrowser();

  it("announces the page's own feed in the head of the home, entity and dispute pages", async () => {
    const page = await open();
    const contradictions = await listDisputes(page);
    const d = contradictions[0];
    const entityId = d?.entities[0]?.id ?? "";
    const expected: Array<[string, string]> = [
      ["/", "/feed.xml"],
      ["/?kind=claim&entity=" + entityId, `/feed.xml?entity=${entityId}&kind=claim`],
      [`/entities/${entityId}`, `/entities/${entityId}/feed.xml`],
      [`/disputes/${d?.id}`, `/disputes/${d?.id}/feed.xml`],
    ];
    for (const [path, feed] of expected) {
      await page.goto(path);
      const links = page.locator(atomLinks);
      expect(await links.count(), path).toBe(1);
      expect(await links.getAttribute("href"), path).toBe(feed);
      expect(await links.getAttribute("title"), path).toBeTruthy();
      expect((await page.request.get(feed)).status(), feed).toBe(200);
      // In the served HTML itself, for readers that run no script.
      const html = await (await page.request.get(path)).text();
      expect(html.slice(0, html.indexOf("</head>")), path).toContain(`href="${feed.replace(/&/g, "&amp;")}"`);
    }
  });

  it("serves a dispute as valid Atom whose entries link to the quotes on the reader's host", async () => {
    const page = await open();
    const contradictions = await listDisputes(page);
    const res = await page.request.get(`/disputes/${contradictions[0]?.id}/feed.xml`, { headers: { "x-forwarded-host": "news.example.org", "x-forwarded-proto": "https" } });
    expect(res.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.id).toBe(`urn:newsgraph:feed:dispute:${contradictions[0]?.id}`);
    const entries = [feed.entry].flat() as Array<{ link: { "@_href": string }; author: { name: string } }>;
    expect(entries.length).toBeGreaterThanOrEqual(2);
    for (const e of entries) {
      expect(e.link["@_href"]).toMatch(/^https:\/\/news\.example\.org\/articles\/art_[^#]+#offset-\d+$/);
      expect(e.author.name).toBeTruthy();
    }
    expect(xml).not.toContain("localhost");
  });
});
