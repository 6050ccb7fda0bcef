import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readRows } from "@/graph/driver";
import { findEntity } from "@/graph/queries/find-entity";
import { getContradiction } from "@/graph/queries/get-contradiction";
import { getEntity } from "@/graph/queries/get-entity";
import { listContradictions } from "@/graph/queries/list-contradictions";
import { analysePage, storePage } from "@/ingest/pipeline/process-page";
import type { ContradictionDetail } from "@/lib/views/contradiction";
import { closeDriverAfterAll, graphCounts, resetGraph } from "@/tests/setup/graph-test-helpers";
import { refreshAnalysis } from "./refresh-analysis";

const samples = path.resolve(import.meta.dirname, "../../ingest/samples");
const pages = readdirSync(samples).filter((f) => f.endsWith(".html")).sort();

type Expected = {
  contradictions: Array<{ kind: string; severity?: string; sources: string[] }>;
  corroborations: Array<{ subject: string; minSources: number }>;
};
const expected = JSON.parse(readFileSync(path.join(samples, "expected-contradictions.json"), "utf8")) as Expected;

/** Through the real extractors and write path, one page at a time, analysing what each page changed as the pipeline does. */
async function ingest(files: string[]): Promise<void> {
  for (const f of files) {
    const html = readFileSync(path.join(samples, f), "utf8");
    const analysis = analysePage({ html, url: `file://${path.join(samples, f)}`, fetchedAt: "2026-07-07T00:00:00Z" });
    await storePage(analysis);
    await refreshAnalysis({ articleIds: [analysis.doc.id] });
  }
}

async function details(): Promise<ContradictionDetail[]> {
  const list = await listContradictions({ limit: 500 });
  return (await Promise.all(list.map((c) => getContradiction(c.id)))).filter((d) => d !== null);
}

/** A contradiction as order-free data: id, kind, and each side's claim ids as a set. */
const shape = (d: ContradictionDetail) => ({
  id: d.id,
  kind: d.kind,
  sides: d.sides.map((s) => [s.id, ...(d.corroborations.find((c) => c.sideClaimId === s.id)?.claims ?? []).map((c) => c.id)].sort()).sort(),
});
const counts = () => graphCounts();

describe("the sample corpus, end to end", () => {
  closeDriverAfterAll();

  describe("the seed article alone", () => {
    beforeAll(async () => {
      await resetGraph();
      await ingest(pages.slice(0, 1));
    });
    it("yields the low-severity 28 million vs 28.8 million discrepancy", async () => {
      const found = await listContradictions({ kind: "figure_discrepancy" });
      expect(found).toHaveLength(1);
      const detail = await getContradiction(found[0]?.id ?? "");
      expect(detail?.sides.map((s) => s.figure?.value).sort()).toEqual([28_000_000, 28_800_000]);
      expect(detail?.severity).toBe("low");
      expect(detail?.sources).toEqual(["VibeTimes"]);
    });
  });

  describe("all pages", () => {
    let all: ContradictionDetail[] = [];
    beforeAll(async () => {
      await resetGraph();
      await ingest(pages);
      all = await details();
    });

    it("finds every planted contradiction", () => {
      for (const e of expected.contradictions) {
        const match = all.find((c) => c.kind === e.kind && (!e.severity || c.severity === e.severity) && e.sources.every((s) => s === "*" || c.sources.includes(s)));
        expect(match, `${e.kind} between ${e.sources.join(" and ")}`).toBeDefined();
      }
    });

    it("flags nothing in the agreeing reports: no Nordvik dispute, no dispute over July 10 or 25,000 alone", () => {
      expect(all.filter((c) => c.entities.some((x) => /nordvik/i.test(x.name)))).toEqual([]);
      for (const d of all.filter((c) => c.kind === "figure_mismatch" || c.kind === "date_mismatch")) {
        const values = d.sides.map((s) => s.figure?.value ?? s.date);
        expect(new Set(values).size, d.explanation).toBe(values.length);
      }
      // One dispute per kind here: the 25,000 outlets form one side, not one dispute each.
      expect(all.map((c) => c.kind).sort()).toEqual(["competing_explanation", "date_mismatch", "denial", "figure_discrepancy", "figure_mismatch"]);
    });

    it("counts each side's outlets, not its claims, and names the others", () => {
      const mismatch = all.find((c) => c.kind === "figure_mismatch");
      const agreeing = mismatch?.corroborations.find((c) => c.sideClaimId === mismatch.sides.find((s) => s.figure?.value === 25_000)?.id);
      expect(agreeing?.sourceCount).toBeGreaterThanOrEqual(3);
      expect(agreeing?.sourceCount).toBe(new Set(agreeing?.sources).size);
      const own = mismatch?.sides.find((s) => s.id === agreeing?.sideClaimId)?.source.name;
      expect(agreeing?.otherSources).not.toContain(own);
      const ban = all.find((c) => c.kind === "date_mismatch");
      const july10 = ban?.corroborations.find((c) => c.sideClaimId === ban.sides.find((s) => s.date === "2026-07-10")?.id);
      expect(july10?.sourceCount).toBeGreaterThanOrEqual(3);
    });

    it("groups the competing explanations into one dispute, Alibaba's statements on one side and Anthropic's on the other", () => {
      const dispute = all.find((c) => c.kind === "competing_explanation");
      const speakers = dispute?.sides.map((s) => s.speaker?.name);
      expect(speakers?.sort()).toEqual(["Alibaba Group", "Anthropic"]);
      for (const side of dispute?.sides ?? []) {
        const group = dispute?.corroborations.find((c) => c.sideClaimId === side.id);
        expect(group?.claims.every((c) => c.speaker?.id === side.speaker?.id)).toBe(true);
        expect(group?.label).toBe(side.speaker?.name);
      }
      const alibaba = dispute?.corroborations.find((c) => c.label === "Alibaba Group");
      expect(alibaba?.sourceCount).toBeGreaterThanOrEqual(2);
      const quotes = [...(dispute?.sides ?? []), ...(dispute?.corroborations.flatMap((c) => c.claims) ?? [])].map((c) => c.quote);
      expect(quotes.some((q) => /high-risk software/.test(q))).toBe(false);
    });

    it("changes nothing when the analysis runs again, or the whole corpus is ingested again", async () => {
      const before = await counts();
      expect((await refreshAnalysis()).created).toEqual({ contradictions: 0, corroborations: 0, merges: 0 });
      await ingest(pages);
      expect((await refreshAnalysis()).created).toEqual({ contradictions: 0, corroborations: 0, merges: 0 });
      expect(await counts()).toEqual(before);
      expect((await details()).map(shape)).toEqual(all.map(shape));
    });

    it("has one relation edge per type and pair after alias merges, and each entity's dispute count matches its list", async () => {
      const twins = await readRows("MATCH (a)-[r:RELATION]->(b) WITH a, b, r.type AS type, count(r) AS n WHERE n > 1 RETURN a.name, type, b.name, n");
      expect(twins).toEqual([]);
      const [alibaba] = await findEntity("Alibaba Group");
      const profile = await getEntity(alibaba?.id ?? "");
      expect(profile?.contradictionCount).toBe((await listContradictions({ entityId: alibaba?.id ?? "", limit: 500 })).length);
    });

    it("finds the same contradictions when the outlets are ingested in another order", async () => {
      const forward = all.map(shape).sort((a, b) => a.id.localeCompare(b.id));
      await resetGraph();
      await ingest([...pages].reverse());
      expect((await details()).map(shape).sort((a, b) => a.id.localeCompare(b.id))).toEqual(forward);
      await resetGraph();
      await ingest([...pages.filter((_, i) => i % 2 === 1), ...pages.filter((_, i) => i % 2 === 0)]);
      expect((await details()).map(shape).sort((a, b) => a.id.localeCompare(b.id))).toEqual(forward);
    });
  });
});
