import { refreshAnalysis } from "@/graph/analyze/refresh-analysis";
import { writeArticle, type WriteOutcome } from "@/graph/write/write-article";
import { Extraction, type ArticleDoc } from "@/lib/schemas";
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

/** The load step: the only stage of the pipeline that touches the graph. */
export async function storePage(analysis: PageAnalysis): Promise<WriteOutcome> {
  return writeArticle(analysis);
}

/** Cross-article analysis (contradictions, corroboration) for what a run changed. */
export async function analyseChanged(articleIds: string[]): Promise<void> {
  if (articleIds.length > 0) await refreshAnalysis({ articleIds });
}
