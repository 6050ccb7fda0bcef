import { readdirSync } from "node:fs";
import path from "node:path";
import { defaultFetcher } from "@/ingest/pipeline/default-fetcher";
import { ingestInputs } from "@/ingest/pipeline/ingest-inputs";

export type LoadedCorpus = { articles: number };

/** Loads the sample corpus (ingest/samples) through the real ingest pipeline; any failure fails the run. */
export async function loadCorpus(repoRoot: string): Promise<LoadedCorpus> {
  const dir = path.join(repoRoot, "ingest", "samples");
  // The folder also holds the expected findings (JSON) that the analysis tests read: pages only.
  const pages = readdirSync(dir).filter((f) => f.endsWith(".html")).map((f) => path.join(dir, f));
  const fetcher = defaultFetcher();
  try {
    const summary = await ingestInputs(pages, { fetcher });
    const stored = summary.storedArticleIds.length;
    if (stored !== pages.length || summary.failed.length > 0) throw new Error(`sample ingest stored ${stored} of ${pages.length} pages; failures: ${JSON.stringify(summary.failed)}`);
    return { articles: stored };
  } finally {
    await fetcher.close();
  }
}
