import { defaultFetcher } from "@/ingest/pipeline/default-fetcher";
import { ingestInputs } from "@/ingest/pipeline/ingest-inputs";
import { samplePages } from "@/ingest/pipeline/sample-pages";

export type LoadedCorpus = { articles: number };

/** Loads the sample corpus (ingest/samples) through the real ingest pipeline; any failure fails the run. */
export async function loadCorpus(repoRoot: string): Promise<LoadedCorpus> {
  const pages = samplePages(repoRoot);
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
