import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { getJson, listDisputes, useBrowser } from "./browser";

describe("feeds, JSON API and the analyst console", () => {
  const { page: open } = useBrowser();

  it("serves the timeline and an entity's timeline as valid Atom 1.0", async () => {
    const page = await open();
    const res = await page.request.get("/feed.xml");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.entry.length).toBeGreaterThan(3);
    const { entities } = await (await page.request.get("/api/entities?type=ORG")).json();
    const alibaba = entities.find((e: { name: string }) => /Alibaba/.test(e.name));
    const entityFeed = await (await page.request.get(`/entities/${alibaba.id}/feed.xml`)).text();
    expect(new XMLParser({ ignoreAttributes: false }).parse(entityFeed).feed.title["#text"]).toMatch(/Alibaba/);
  });

  it("answers bad API input with a JSON error and status 400, unknown ids with 404", async () => {
    const page = await open();
    const noQuery = await page.request.get("/api/search");
    expect(noQuery.status()).toBe(400);
    expect((await noQuery.json()).error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/q/) });
    const badKind = await page.request.get("/api/timeline?kind=rumour");
    expect(badKind.status()).toBe(400);
    expect(badKind.headers()["content-type"]).toContain("application/json");
    expect((await page.request.get("/api/timeline?cursor=garbage")).status()).toBe(400);
    expect((await page.request.get("/api/path?from=ent_a")).status()).toBe(400);
    expect((await page.request.get("/api/entities/ent_nope")).status()).toBe(404);
    const ok = await page.request.get("/api/search?q=Alibaba&type=entity");
    expect(ok.status()).toBe(200);
    expect((await ok.json()).hits[0].title).toMatch(/Alibaba/);
  });

  it("answers what was known as of a day, and a dispute's own timeline", async () => {
    const page = await open();
    const all = await listDisputes(page);
    const denial = all.find((c) => c.kind === "denial");
    expect(denial).toBeDefined();
    // Market Herald published Alibaba's denial on July 6: on July 5 that dispute did not exist yet.
    const july5 = await listDisputes(page, "?asOf=2026-07-05");
    expect(july5.length).toBeGreaterThan(0);
    expect(july5.length).toBeLessThan(all.length);
    expect(july5.map((c) => c.kind)).not.toContain("denial");
    expect((await page.request.get(`/api/contradictions/${denial?.id}?asOf=2026-07-05`)).status()).toBe(404);
    expect((await page.request.get(`/api/contradictions/${denial?.id}?asOf=2026-07-06`)).status()).toBe(200);
    expect((await page.request.get("/api/contradictions?asOf=July")).status()).toBe(400);
    const timeline = await getJson<{ items: Array<{ text: string; source: string }> }>(page, `/api/timeline?dispute=${denial?.id}&kind=claim`);
    expect(timeline.items.map((i) => i.source)).toContain("Market Herald");
    expect(timeline.items.some((i) => /denie|deny/i.test(i.text))).toBe(true);
    const everything = await getJson<{ items: unknown[] }>(page, "/api/timeline?kind=claim&limit=200");
    expect(timeline.items.length).toBeLessThan(everything.items.length);
  });

  it("runs a read query in the console and refuses a write with a clear message", async () => {
    const page = await open();
    await page.goto("/console");
    const box = page.getByRole("textbox", { name: "Cypher query" });
    await box.fill("MATCH (n) RETURN count(n) AS nodes");
    await page.getByRole("button", { name: "Run read query" }).click();
    await page.waitForURL(/\/console\?q=/);
    const before = await page.getByTestId("console-result").locator("tbody td").first().textContent();
    expect(Number(before)).toBeGreaterThan(10);
    await page.getByRole("textbox", { name: "Cypher query" }).fill("CREATE (n) RETURN n");
    await page.getByRole("button", { name: "Run read query" }).click();
    await page.waitForURL(/CREATE/);
    expect(await page.getByRole("main").getByRole("alert").textContent()).toMatch(/Refused: the console is read-only.*CREATE/);
    await page.goto(`/console?q=${encodeURIComponent("MATCH (n) RETURN count(n) AS nodes")}`);
    expect(await page.getByTestId("console-result").locator("tbody td").first().textContent()).toBe(before);
  });

  it("lists saved example queries that run", async () => {
    const page = await open();
    await page.goto("/console");
    await page.getByRole("link", { name: "Most mentioned entities" }).click();
    await page.waitForURL(/\/console\?q=/);
    expect(await page.getByTestId("console-result").locator("tbody tr").count()).toBeGreaterThan(0);
  });
});
