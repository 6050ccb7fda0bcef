import type { ClaimView, EntityRef } from "@/lib/views/claim";
import type { ContradictionSummary } from "@/lib/views/contradiction";

/** A source article cited by a dossier, once, however many claims it carries. */
export type DossierSource = { outlet: string; title: string; url: string; publishedAt: string | null };
export type DossierTimelineEntry = { reportedAt: string | null; happenedAt: string | null; outlet: string | null; text: string; kind: string };

/** What a journalist pastes into notes: the same content as Markdown (dossier.md) and JSON (dossier.json). */
export type Dossier = {
  kind: "dispute" | "entity";
  id: string;
  title: string;
  summary: string;
  url: string;
  generatedAt: string;
  parties: Array<EntityRef & { role?: string }>;
  timeline: DossierTimelineEntry[];
  claims: Array<{ heading: string; claims: ClaimView[] }>;
  contradictions: ContradictionSummary[];
  sources: DossierSource[];
};

export function sourcesOf(claims: readonly ClaimView[]): DossierSource[] {
  const byUrl = new Map<string, DossierSource>();
  for (const c of claims) byUrl.set(c.article.url, { outlet: c.source.name, title: c.article.title, url: c.article.url, publishedAt: c.article.publishedAt });
  return [...byUrl.values()].sort((a, b) => (a.publishedAt ?? "").localeCompare(b.publishedAt ?? ""));
}

export function claimTimeline(claims: readonly ClaimView[]): DossierTimelineEntry[] {
  const seen = new Set<string>();
  return claims
    .filter((c) => !seen.has(c.id) && seen.add(c.id))
    .map((c) => ({ reportedAt: c.reportedAt, happenedAt: c.date, outlet: c.source.name, text: `${c.speaker?.name ?? c.speakerText ?? c.source.name} ${c.speechAct ?? "reported"}: “${c.quote}”`, kind: "claim" }))
    .sort((a, b) => Date.parse(a.reportedAt ?? "") - Date.parse(b.reportedAt ?? ""));
}
