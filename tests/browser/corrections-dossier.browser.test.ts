import { beforeAll, describe, expect, it } from "vitest";
import { closeDriver, writeRows } from "@/graph/driver";
import { useBrowser } from "./browser";

const A = { id: "ent_browser_test_corp", name: "Testbridge Corp" };
const B = { id: "ent_browser_test_corporation", name: "Testbridge Corporation" };

describe("corrections by hand and dossier exports", () => {
  const { page: open } = useBrowser();
  beforeAll(async () => {
    // Two throw-away entities of their own, so the corrections cannot disturb the other journeys.
    await writeRows("UNWIND $es AS e MERGE (n:Entity {id: e.id}) SET n.name = e.name, n.type = 'ORG', n.aliases = []", { es: [A, B] });
    await closeDriver();
  });

  it("merges, splits and rejects an entity from its page, recording who and why", async () => {
    const page = await open();
    await page.goto(`/entities/${B.id}`);
    const merge = page.getByRole("form", { name: "Merge" });
    await merge.getByLabel(`Merge ${B.name} into`).selectOption(A.id);
    await merge.getByLabel("Your name").fill("Ada Editor");
    await merge.getByLabel("Why").fill("same company, two spellings");
    await merge.getByRole("button", { name: "Merge" }).click();
    await page.waitForURL(new RegExp(`/entities/${A.id}\\?done=merged`));
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(A.name);
    expect(await page.getByText(`Also: ${B.name}`).count()).toBe(1);
    expect(await page.locator("#corrections").textContent()).toMatch(/merge.*Ada Editor.*same company, two spellings/);

    const split = page.getByRole("form", { name: `Split ${B.name}` });
    expect(await split.getByLabel("Your name").inputValue()).toBe("Ada Editor");
    await split.getByLabel("Why").fill("they are different firms after all");
    await split.getByRole("button", { name: /Split/ }).click();
    await page.waitForURL(/done=split/);
    expect((await page.goto(`/entities/${B.id}`))?.status()).toBe(200);

    const reject = page.getByRole("form", { name: "Reject" });
    await reject.getByLabel("Why").fill("not a real company");
    await reject.getByRole("button", { name: /Reject/ }).click();
    await page.waitForURL(/\/entities\?done=rejected/);
    expect(await page.getByRole("status").first().textContent()).toMatch(new RegExp(`Rejected ${B.name}`));
    expect((await page.goto(`/entities/${B.id}`))?.status()).toBe(404);
  });

  it("refuses a correction without a reason and says why", async () => {
    const page = await open();
    await page.goto(`/entities/${A.id}`);
    const reject = page.getByRole("form", { name: "Reject" });
    await reject.getByLabel("Your name").fill("Ada Editor");
    await reject.getByLabel("Why").fill("x");
    await reject.evaluate((f: HTMLFormElement) => (f.noValidate = true));
    await reject.getByRole("button", { name: /Reject/ }).click();
    await page.waitForURL(/error=/);
    expect(await page.getByRole("main").getByRole("alert").textContent()).toMatch(/say why/);
  });

  it("exports a dispute and an entity dossier as Markdown and JSON", async () => {
    const page = await open();
    const { contradictions } = await (await page.request.get("/api/contradictions")).json();
    const id = contradictions[0].id as string;
    const md = await page.request.get(`/disputes/${id}/dossier.md`);
    expect(md.headers()["content-type"]).toContain("text/markdown");
    const text = await md.text();
    for (const heading of ["## Parties", "## Side A", "## Side B", "## Contradictions", "## Timeline", "## Sources"]) expect(text).toContain(heading);
    const json = await (await page.request.get(`/disputes/${id}/dossier.json`)).json();
    expect(json).toMatchObject({ kind: "dispute", id, claims: [expect.anything(), expect.anything()] });
    expect(json.sources.length).toBeGreaterThan(0);
    const entityId = contradictions[0].entities[0].id as string;
    const entity = await (await page.request.get(`/entities/${entityId}/dossier.json`)).json();
    expect(entity.contradictions.length).toBeGreaterThan(0);
    expect(await (await page.request.get(`/entities/${entityId}/dossier.md`)).text()).toMatch(/^# .+\(ORG|PERSON|PRODUCT|GOV|MEDIA|PLACE\)/);
  });

  it("explains the shortest path between two entities with the claims behind each edge", async () => {
    const page = await open();
    const { entities } = await (await page.request.get("/api/entities")).json();
    const find = (re: RegExp) => entities.find((e: { name: string }) => re.test(e.name)).id as string;
    const [from, to] = [find(/^Alibaba/), find(/^Anthropic$/)];
    await page.goto(`/explore?entity=${from}&to=${to}`);
    const paths = page.getByRole("region", { name: /Shortest paths to Anthropic/ });
    expect(await paths.locator("p").first().textContent()).toMatch(/^Alibaba[^—]*( — [^—]+)* — Anthropic$/);
    expect(await paths.locator("li li").count()).toBeGreaterThan(0);
    const api = await (await page.request.get(`/api/path?from=${from}&to=${to}`)).json();
    expect(api.paths[0].edges.every((e: { claims: unknown[] }) => e.claims.length > 0)).toBe(true);
  });
});
