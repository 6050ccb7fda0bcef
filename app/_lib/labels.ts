import type { ContradictionKind, Severity } from "@/lib/views/contradiction";
import type { ClaimView } from "@/lib/views/claim";

export const KIND_LABEL: Record<ContradictionKind, string> = {
  figure_mismatch: "Figures disagree",
  figure_discrepancy: "Figure discrepancy",
  date_mismatch: "Dates disagree",
  denial: "Denial",
  competing_explanation: "Competing explanations",
};

export const SEVERITY_CLASS: Record<Severity, string> = {
  high: "bg-red-700 text-white dark:bg-red-600",
  medium: "bg-amber-500 text-stone-950 dark:bg-amber-400",
  low: "bg-stone-300 text-stone-900 dark:bg-stone-600 dark:text-stone-50",
};

/** Where a quote sits in its article: the article page marks each claim with this anchor. */
export function quoteHref(claim: Pick<ClaimView, "start" | "article">): string {
  return `${articleHref(claim.article.id)}#offset-${claim.start}`;
}

/** An article's page, or with `claimId` that claim's own anchor in it (timeline, search, feeds, relationship edges). */
export function articleHref(articleId: string, claimId?: string): string {
  const page = `/articles/${encodeURIComponent(articleId)}`;
  return claimId ? `${page}#claim-${claimId}` : page;
}

export function speakerName(claim: Pick<ClaimView, "speaker" | "speakerText" | "source">): string {
  return claim.speaker?.name ?? claim.speakerText ?? `${claim.source.name} (reporting)`;
}

export function entityHref(id: string): string {
  return `/entities/${encodeURIComponent(id)}`;
}

export function disputeHref(id: string): string {
  return `/disputes/${encodeURIComponent(id)}`;
}
