import { beforeAll, describe, expect, it } from "vitest";
import { readRows } from "@/graph/driver";
import { getContradiction } from "@/graph/queries/get-contradiction";
import { listContradictions } from "@/graph/queries/list-contradictions";
import { writeArticle } from "@/graph/write/write-article";
import { closeDriverAfterAll, graphCounts, resetGraph } from "@/tests/setup/graph-test-helpers";
import { ENT, HANDMADE } from "./fixtures/handmade-corpus";
import { refreshAnalysis } from "./refresh-analysis";


describe("refreshAnalysis on hand-written extractions", () => {
  closeDriverAfterAll();
  beforeAll(async () => {
    await resetGraph();
    for (const a of HANDMADE) await writeArticle(a);
  });

  it("merges Alibaba Group Holding into Alibaba Group, finds each planted contradiction once, and groups corroboration", async () => {
    const result = await refreshAnalysis();
    expect(result.created.merges).toBe(1);
    const found = await listContradictions();
    expect(found.map((c) => c.kind).sort()).toEqual(["date_mismatch", "denial", "figure_mismatch"]);
    const mismatch = found.find((c) => c.kind === "figure_mismatch");
    // The summary names every outlet on either side, not only the two representatives'.
    expect(mismatch?.sources).toEqual(expect.arrayContaining(["Daily", "Herald"]));
    const detail = await getContradiction(mismatch?.id ?? "");
    const agreeing = detail?.corroborations.find((c) => c.claims.length > 0);
    expect(agreeing?.sourceCount).toBe(3);
    expect(detail?.sources.length).toBe(mismatch?.sources.length);
    expect(detail?.sides.map((s) => s.figure?.value).sort()).toEqual([24000, 25000]);
  });

  it("creates nothing new when run again, for all articles or some", async () => {
    const before = await graphCounts();
    const again = await refreshAnalysis();
    const scoped = await refreshAnalysis({ articleIds: [HANDMADE[0]?.doc.id ?? ""] });
    expect(again.created).toEqual({ contradictions: 0, corroborations: 0, merges: 0 });
    expect(scoped.created).toEqual({ contradictions: 0, corroborations: 0, merges: 0 });
    expect(await graphCounts()).toEqual(before);
  });

  it("keeps the merge when the merged entity's article is ingested again after an edit", async () => {
    const herald = HANDMADE[3];
    if (!herald) throw new Error("fixture");
    const text = `${herald.doc.text} `;
    await writeArticle({ doc: { ...herald.doc, text, textHash: herald.doc.textHash + "x" }, extraction: herald.extraction });
    const [row] = await readRows<{ n: number }>("MATCH (e:Entity {id: $id}) RETURN count(e) AS n", { id: ENT.alibabaHolding.id });
    expect(row?.n).toBe(0);
    await refreshAnalysis();
    expect((await listContradictions()).map((c) => c.kind).sort()).toEqual(["date_mismatch", "denial", "figure_mismatch"]);
  });
});
