import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readRows } from "@/graph/driver";
import { getContradiction } from "@/graph/queries/get-contradiction";
import { listContradictions } from "@/graph/queries/list-contradictions";
import { writeArticle } from "@/graph/write/write-article";
import { Extraction, type ArticleDoc } from "@/lib/schemas";
import { closeDriverAfterAll, resetGraph } from "@/tests/setup/graph-test-helpers";
import { refreshAnalysis } from "./refresh-analysis";

const root = path.resolve(import.meta.dirname, "../..");
const samples = path.join(root, "ingest/samples");
// The end-to-end test needs the extractors (issues 3 and 4); until both exist it is skipped, not faked.
const ready = existsSync(path.join(root, "ingest/article/extract-article.ts")) && existsSync(path.join(root, "ingest/extract/extract-assertions.ts"));

type Expected = { contradictions: Array<{ kind: string; sources: string[] }> };

async function ingest(files: string[]): Promise<void> {
  const { extractArticle } = (await import(/* @vite-ignore */ path.join(root, "ingest/article/extract-article.ts"))) as { extractArticle: (i: { html: string; url: string; fetchedAt: string }) => ArticleDoc };
  const { extractAssertions } = (await import(/* @vite-ignore */ path.join(root, "ingest/extract/extract-assertions.ts"))) as { extractAssertions: (i: { text: string; publishedAt?: string; lang: string }) => unknown };
  for (const f of files) {
    const html = readFileSync(path.join(samples, f), "utf8");
    const doc = extractArticle({ html, url: `file://${path.join(samples, f)}`, fetchedAt: "2026-07-07T00:00:00Z" });
    await writeArticle({ doc, extraction: Extraction.parse(extractAssertions({ text: doc.text, publishedAt: doc.publishedAt, lang: doc.lang })) });
  }
  await refreshAnalysis();
}

describe.skipIf(!ready)("the sample corpus, end to end", () => {
  closeDriverAfterAll();
  const pages = readdirSync(samples).filter((f) => f.endsWith(".html")).sort();

  describe("the seed article alone", () => {
    beforeAll(async () => {
      await resetGraph();
      await ingest(pages.slice(0, 1));
    });
    it("yields the 28 million vs 28.8 million discrepancy", async () => {
      const found = await listContradictions({ kind: "figure_discrepancy" });
      const detail = await getContradiction(found[0]?.id ?? "");
      expect(detail?.sides.map((s) => s.figure?.value).sort()).toEqual([28_000_000, 28_800_000]);
      expect(detail?.severity).toBe("low");
    });
  });

  describe("all pages", () => {
    beforeAll(async () => {
      await resetGraph();
      await ingest(pages);
    });
    it("finds every planted contradiction and none in the agreeing Nordvik reports", async () => {
      const expected = JSON.parse(readFileSync(path.join(samples, "expected-contradictions.json"), "utf8")) as Expected;
      const found = await listContradictions({ limit: 500 });
      for (const e of expected.contradictions) {
        const match = found.find((c) => c.kind === e.kind && e.sources.every((s) => s === "*" || c.sources.includes(s)));
        expect(match, `${e.kind} between ${e.sources.join(" and ")}`).toBeDefined();
      }
      expect(found.filter((c) => c.entities.some((x) => /nordvik/i.test(x.name)))).toEqual([]);
    });
    it("creates nothing new when the analysis runs again", async () => {
      const before = await readRows("MATCH (n) RETURN count(n) AS n");
      expect((await refreshAnalysis()).created).toEqual({ contradictions: 0, corroborations: 0, merges: 0 });
      expect(await readRows("MATCH (n) RETURN count(n) AS n")).toEqual(before);
    });
  });
});
