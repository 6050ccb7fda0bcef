import { refreshAnalysis } from "@/graph/analyze/refresh-analysis";
import { getStoredText } from "@/graph/queries/get-stored-text";
import { writeArticle, type WriteOutcome } from "@/graph/write/write-article";
import { Extraction, type ArticleDoc } from "@/lib/schemas";
import { diffVersions } from "@/lib/diff-versions";
import { extractArticle } from "../article/extract-article";
import { extractAssertions } from "../extract/extract-assertions";

export type PageInput = { html: string; url: string; fetchedAt?: string };
export type PageAnalysis = { doc: ArticleDoc; extraction: Extraction };

/** Page HTML -> cleaned article -> entities, claims, figures, dates and events. Pure: writes nothing. */
export function analysePage(input: PageInput): PageAnalysis {
  const doc = extractArticle(input);
  const extraction = Extraction.parse(extractAssertions({ text: doc.text, publishedAt: doc.publishedAt, lang: doc.lang }));
  return { doc, extraction };
}

/**
 * The load step: the only stage of the pipeline that touches the graph. When the page changed since
 * it was stored, what changed (silent edits of figures above all) is recorded on the kept version.
 */
export async function storePage(analysis: PageAnalysis): Promise<WriteOutcome> {
  const stored = await getStoredText(analysis.doc.id);
  const diff = stored && stored.textHash !== analysis.doc.textHash ? diffVersions(stored.text, analysis.doc.text) : undefined;
  return writeArticle({ ...analysis, change: diff && { summary: diff.summary, figuresChanged: diff.figuresChanged } });
}

/** Cross-article analysis (contradictions, corroboration) for what a run changed. */
export async function analyseChanged(articleIds: string[]): Promise<void> {
  if (articleIds.length > 0) await refreshAnalysis({ articleIds });
}
