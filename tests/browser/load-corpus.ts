import { readdirSync } from "node:fs";
import path from "node:path";
import { refreshAnalysis } from "@/graph/analyze/refresh-analysis";
import { ENT, HANDMADE } from "@/graph/analyze/fixtures/handmade-corpus";
import { writeArticle } from "@/graph/write/write-article";

export type LoadedCorpus = { name: "samples" | "handmade"; articles: number; entityName: RegExp };

/**
 * Loads the sample corpus (ingest/samples) through the real ingest pipeline. Until the extraction
 * stage exists in the tree the pipeline cannot be imported, and the hand-written extractions of the
 * same dispute are written instead; any other pipeline failure fails the run.
 */
export async function loadCorpus(repoRoot: string): Promise<LoadedCorpus> {
  const pipeline = await importPipeline();
  if (!pipeline) {
    for (const a of HANDMADE) await writeArticle(a);
    await refreshAnalysis();
    return { name: "handmade", articles: HANDMADE.length, entityName: new RegExp(ENT.alibaba.name) };
  }
  const fetcher = pipeline.defaultFetcher();
  try {
    const dir = path.join(repoRoot, "ingest", "samples");
    // The folder also holds the expected findings (JSON) that the analysis tests read: pages only.
    const pages = readdirSync(dir).filter((f) => f.endsWith(".html")).map((f) => path.join(dir, f));
    const summary = await pipeline.ingestInputs(pages, { fetcher });
    const stored = summary.storedArticleIds.length;
    if (stored === 0 || summary.failed.length > 0) throw new Error(`sample ingest stored ${stored} articles; failures: ${JSON.stringify(summary.failed)}`);
    return { name: "samples", articles: stored, entityName: /Alibaba/ };
  } finally {
    await fetcher.close();
  }
}

async function importPipeline() {
  try {
    const [{ ingestInputs }, { defaultFetcher }] = await Promise.all([import("@/ingest/pipeline/ingest-inputs"), import("@/ingest/pipeline/default-fetcher")]);
    return { ingestInputs, defaultFetcher };
  } catch (e) {
    const message = (e as Error).message;
    if (!/Cannot find module|Failed to load url|Failed to resolve import/i.test(message)) throw e;
    console.warn(`[browser tests] ingest pipeline not importable yet (${message.split("\n")[0]}); loading the hand-written corpus`);
    return null;
  }
}
