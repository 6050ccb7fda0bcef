import { analyseClaims } from "./find-findings";
import { loadClaims } from "./load-claims";
import { resolveAliases } from "./resolve-aliases";
import { storeFindings } from "./store-findings";

export type RefreshOptions = { articleIds?: string[] };
export type RefreshResult = {
  /** Contradictions and corroborating pairs found among the compared claims (stored ones included). */
  contradictions: number;
  corroborations: number;
  /** What this run added: zero when nothing changed since the last run. */
  created: { contradictions: number; corroborations: number; merges: number };
};

/**
 * Cross-article analysis after writes: alias merges, then contradictions and corroborations among
 * the claims the given articles (or all articles) could meet. Idempotent: everything is MERGEd on
 * stable ids, and what the rules no longer find among the compared claims is removed.
 */
export async function refreshAnalysis(opts: RefreshOptions = {}): Promise<RefreshResult> {
  const merges = await resolveAliases(opts.articleIds);
  const claims = await loadClaims(opts.articleIds);
  const analysis = analyseClaims(claims);
  const created = await storeFindings(analysis, claims.map((c) => c.id));
  return {
    contradictions: analysis.contradictions.length,
    corroborations: analysis.corroborations.length,
    created: { ...created, merges },
  };
}
