/**
 * The article-extraction benchmark's metric, re-implemented from its README: `\w+` tokens (Unicode,
 * case-sensitive), multisets of 4-token shingles, per-page tp/fp/fn normalised to sum 1, mean
 * precision and mean recall over pages, F1 = harmonic mean of the two means.
 */
const WORD = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

function shingles(tokens: string[], n = 4): Map<string, number> {
  const counts = new Map<string, number>();
  const width = Math.min(n, tokens.length);
  if (width === 0) return counts;
  for (let i = 0; i + width <= tokens.length; i++) {
    const key = tokens.slice(i, i + width).join("\u0001");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export type PageScore = { tp: number; fp: number; fn: number; exact: boolean; f1: number };

export function scorePage(truth: string, predicted: string): PageScore {
  const tTokens = tokenize(truth);
  const pTokens = tokenize(predicted);
  const t = shingles(tTokens);
  const p = shingles(pTokens);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of p) {
    const m = t.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of t) fn += Math.max(0, m - (p.get(key) ?? 0));
  const total = tp + fp + fn;
  const exact = tTokens.length === pTokens.length && tTokens.every((tok, i) => tok === pTokens[i]);
  const norm = total === 0 ? { tp: 1, fp: 0, fn: 0 } : { tp: tp / total, fp: fp / total, fn: fn / total };
  const pr = norm.tp + norm.fp > 0 ? norm.tp / (norm.tp + norm.fp) : 0;
  const rc = norm.tp + norm.fn > 0 ? norm.tp / (norm.tp + norm.fn) : 0;
  return { ...norm, exact, f1: pr + rc > 0 ? (2 * pr * rc) / (pr + rc) : 0 };
}

export type Summary = { precision: number; recall: number; f1: number; accuracy: number; pages: number };

export function summarise(scores: PageScore[]): Summary {
  const withPred = scores.filter((s) => s.tp + s.fp > 0);
  const withTruth = scores.filter((s) => s.tp + s.fn > 0);
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  const precision = mean(withPred.map((s) => s.tp / (s.tp + s.fp)));
  const recall = mean(withTruth.map((s) => s.tp / (s.tp + s.fn)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  const accuracy = scores.filter((s) => s.exact).length / Math.max(1, scores.length);
  return { precision, recall, f1, accuracy, pages: scores.length };
}
