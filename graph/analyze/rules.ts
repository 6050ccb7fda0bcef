import { overlaps, parties, sameSubject, type AnalysisClaim, type Conflict } from "./analysis-claim";
import { compareFigures, describeFigure, relativeGap, unitsCompatible } from "./figures";

/** Predicates that carry an explanation or characterisation of something, not a fact about it. */
export const EXPLANATION_PREDICATES = new Set(["explains", "cites", "calls", "describes", "characterizes", "attributes", "justifies", "considers"]);

const who = (c: AnalysisClaim) => c.speakerName ?? c.sourceName;
const about = (c: AnalysisClaim, d: AnalysisClaim) => c.subjectName ?? d.subjectName ?? "the same subject";
const human = (p: string) => p.replace(/_/g, " ");
const DAY = 86_400_000;

function figureConflict(a: AnalysisClaim, b: AnalysisClaim): Conflict | null {
  if (a.polarity !== "positive" || b.polarity !== "positive" || !unitsCompatible(a, b) || !sameSubject(a, b)) return null;
  const rel = compareFigures(a, b);
  if (rel === null || rel === "same") return null;
  const ids: [string, string] = [a.id, b.id];
  const says = `${a.sourceName} reports ${describeFigure(a)} and ${b.sourceName} reports ${describeFigure(b)} for ${human(a.predicate)} of ${about(a, b)}`;
  if (rel === "overlap") return { kind: "figure_discrepancy", severity: "low", explanation: `${says}; the ranges overlap but the figures differ in precision.`, claimIds: ids };
  const severity = relativeGap(a, b) >= 0.1 ? "high" : "medium";
  return { kind: "figure_mismatch", severity, explanation: `${says}; the ranges do not overlap.`, claimIds: ids };
}

function dateConflict(a: AnalysisClaim, b: AnalysisClaim): Conflict | null {
  if (!a.date || !b.date || a.date === b.date || a.polarity !== b.polarity) return null;
  if (a.value !== null && b.value !== null) return null;
  const sameThing = (a.eventKind ?? a.predicate) === (b.eventKind ?? b.predicate);
  if (!sameThing || !a.subjectId || a.subjectId !== b.subjectId) return null;
  if (a.objectIds.length && b.objectIds.length && !overlaps(new Set(a.objectIds), new Set(b.objectIds))) return null;
  const days = Math.abs(Date.parse(a.date) - Date.parse(b.date)) / DAY;
  return {
    kind: "date_mismatch",
    severity: days > 7 ? "high" : "medium",
    explanation: `${a.sourceName} dates the ${human(a.eventKind ?? a.predicate)} by ${about(a, b)} to ${a.date} (${a.dateText ?? a.date}) and ${b.sourceName} to ${b.date} (${b.dateText ?? b.date}).`,
    claimIds: [a.id, b.id],
  };
}

function denial(a: AnalysisClaim, b: AnalysisClaim): Conflict | null {
  if (a.polarity === b.polarity) return null;
  if (!a.subjectId || a.subjectId !== b.subjectId) return null;
  const [pos, neg] = a.polarity === "positive" ? [a, b] : [b, a];
  const denierIsParty = neg.speakerId !== null && parties(pos).has(neg.speakerId);
  return {
    kind: "denial",
    severity: denierIsParty && neg.speakerId !== pos.speakerId ? "high" : "medium",
    explanation: `${who(pos)} says ${about(a, b)} ${human(pos.predicate)} (per ${pos.sourceName}), and ${who(neg)} denies it (per ${neg.sourceName}).`,
    claimIds: [a.id, b.id],
  };
}

/**
 * The first rule that finds the two claims in conflict, most serious kind first; null when they do not
 * conflict. Competing explanations are not pairwise: explanations.ts groups them per matter and party.
 */
export function conflictBetween(a: AnalysisClaim, b: AnalysisClaim): Conflict | null {
  if (a.id === b.id) return null;
  if (a.predicate !== b.predicate || EXPLANATION_PREDICATES.has(a.predicate)) return null;
  return denial(a, b) ?? figureConflict(a, b) ?? dateConflict(a, b);
}

/**
 * The same speaker giving the same figure for the same measure, with a party in common: the extractor
 * sometimes takes the addressee for the subject ("Anthropic told US senators that ... operated 25,000
 * accounts"), and such a report still repeats the claim. Only used to agree, never to disagree.
 */
function sameFigureClaim(a: AnalysisClaim, b: AnalysisClaim): boolean {
  if (a.value === null || a.value !== b.value || !unitsCompatible(a, b)) return false;
  if (sameSubject(a, b)) return true;
  return a.speakerId !== null && a.speakerId === b.speakerId && overlaps(parties(a), parties(b));
}

/** Two claims say the same thing: same predicate, polarity and subject, and the same figure or date (or neither). */
export function agrees(a: AnalysisClaim, b: AnalysisClaim): boolean {
  if (a.predicate !== b.predicate || a.polarity !== b.polarity) return false;
  if ((a.value === null) !== (b.value === null)) return false;
  if (a.value !== null) return sameFigureClaim(a, b);
  if (!sameSubject(a, b)) return false;
  if (a.date || b.date) return a.date === b.date;
  return a.subjectId !== null && a.subjectId === b.subjectId && (a.speakerId === b.speakerId || a.speakerId === null || b.speakerId === null);
}
