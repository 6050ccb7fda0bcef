import type { ClaimMark, MentionMark } from "@/graph/queries/app-article-annotations";

export type Piece = { text: string; start: number; mention?: MentionMark };
/** `also`: claims overlapping the run's claim, drawn inside its mark so their anchors still resolve. */
export type Run = { start: number; claim?: ClaimMark; also: ClaimMark[]; pieces: Piece[] };
export type Paragraph = { start: number; runs: Run[] };

/** Splits [start, end) at the given marks, keeping only marks that do not overlap an earlier one. */
function cut<T extends { start: number; end: number }>(start: number, end: number, marks: readonly T[]): Array<{ start: number; end: number; mark?: T }> {
  const out: Array<{ start: number; end: number; mark?: T }> = [];
  let at = start;
  for (const m of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const s = Math.max(m.start, start);
    const e = Math.min(m.end, end);
    if (e <= s || s < at) continue;
    if (s > at) out.push({ start: at, end: s });
    out.push({ start: s, end: e, mark: m });
    at = e;
  }
  if (at < end) out.push({ start: at, end });
  return out;
}

/**
 * Claims that lost their place to `run`'s claim (two predicates read from one sentence, or a clause
 * inside a sentence). Links from search, feeds and disputes point at every claim's id, so each one
 * needs an anchor even when only one mark can be drawn.
 */
function overlapping(run: { start: number; end: number; mark?: ClaimMark }, claims: readonly ClaimMark[], placed: ReadonlyArray<{ mark?: ClaimMark }>): ClaimMark[] {
  const drawn = new Set(placed.map((p) => p.mark?.id));
  return claims.filter((c) => !drawn.has(c.id) && c.start >= run.start && c.start < run.end);
}

/**
 * The article text as paragraphs of runs (a claim's sentence or plain text) made of pieces (an entity
 * mention or plain text), all with offsets into the full text, so quotes link to `#offset-<start>`.
 * Marks whose offsets do not fit the text (an older version's) are dropped rather than misplaced.
 */
export function annotateText(text: string, claims: readonly ClaimMark[], mentions: readonly MentionMark[]): Paragraph[] {
  const fits = <T extends { start: number; end: number }>(m: T) => m.start >= 0 && m.end <= text.length && m.end > m.start;
  const okClaims = claims.filter(fits);
  const okMentions = mentions.filter((m) => fits(m) && text.slice(m.start, m.end).length > 1);
  const paragraphs: Paragraph[] = [];
  const re = /\n{2,}/g;
  let start = 0;
  for (const match of [...text.matchAll(re), null]) {
    const end = match ? match.index : text.length;
    if (text.slice(start, end).trim()) {
      const cuts = cut(start, end, okClaims);
      const runs = cuts.map((r) => ({
        start: r.start,
        claim: r.mark,
        also: r.mark ? overlapping(r, okClaims, cuts) : [],
        pieces: cut(r.start, r.end, okMentions).map((p) => ({ text: text.slice(p.start, p.end), start: p.start, mention: p.mark })),
      }));
      paragraphs.push({ start, runs });
    }
    if (match) start = match.index + match[0].length;
  }
  return paragraphs;
}
