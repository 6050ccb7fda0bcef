import { byReport, type Analysis, type AnalysisClaim, type Finding } from "./analysis-claim";
import { corroborationPairs } from "./groups";
import { widen } from "./sides";

/**
 * The thing an explanation is about: its subject, unless that is the speaker itself. "Anthropic
 * clarified it was a measure ..." comes out of the extractor with "it" resolved to Anthropic, so a
 * speaker explaining itself names no matter of its own.
 */
const definiteMatter = (c: AnalysisClaim): string | null => (c.subjectId && c.subjectId !== c.speakerId ? c.subjectId : null);

/**
 * A statement without a definite matter continues what the same speaker explains in the same
 * article, when that is one matter; otherwise it joins no dispute.
 */
function matterOf(c: AnalysisClaim, all: AnalysisClaim[]): string | null {
  const own = definiteMatter(c);
  if (own) return own;
  const near = new Set(all.filter((d) => d.articleId === c.articleId && d.speakerId === c.speakerId).map(definiteMatter));
  near.delete(null);
  return near.size === 1 ? ([...near][0] ?? null) : null;
}

/** Claims grouped by a key, groups and members in first-seen order. */
function groupBy<K>(claims: AnalysisClaim[], key: (c: AnalysisClaim) => K): Map<K, AnalysisClaim[]> {
  const out = new Map<K, AnalysisClaim[]>();
  for (const c of claims) out.set(key(c), [...(out.get(key(c)) ?? []), c]);
  return out;
}

const excerpt = (q: string) => (q.length <= 100 ? q : `${q.slice(0, 100).replace(/\s+\S*$/, "")}…`);

/**
 * Competing explanations: one dispute per matter, with one side per party that explains it and
 * every statement of that party on the side. "Alibaba considers such AI tools 'high-risk software'"
 * is about Anthropic's tools, not about the tracking code, so it does not join the code's dispute.
 * Statements of one party about one matter from different outlets corroborate each other.
 */
export function competingExplanations(input: AnalysisClaim[]): Analysis {
  const spoken = input.filter((c) => c.speakerId !== null).sort(byReport);
  const contradictions: Finding[] = [];
  const corroborations: Array<[string, string]> = [];
  for (const [matter, claims] of groupBy(spoken, (c) => matterOf(c, spoken))) {
    if (matter === null) continue;
    // A side's representative is its first statement that names the matter itself.
    const sides = [...groupBy(claims, (c) => c.speakerId).values()].map((s) => [...s.filter(definiteMatter), ...s.filter((c) => !definiteMatter(c))]);
    corroborations.push(...corroborationPairs(sides));
    const [a, b] = sides.map((s) => s[0]);
    if (!a || !b) continue;
    const subject = a.subjectId === matter ? a.subjectName : b.subjectName;
    const speakers = sides.map((s) => s[0]?.speakerName ?? "").join(" and ");
    const conflict = {
      kind: "competing_explanation" as const,
      severity: "medium" as const,
      explanation: `${speakers} explain ${subject ?? "the same matter"} differently: "${excerpt(a.quote)}" versus "${excerpt(b.quote)}".`,
      claimIds: [a.id, b.id] as [string, string],
    };
    contradictions.push(widen(conflict, sides, matter));
  }
  return { contradictions, corroborations };
}
