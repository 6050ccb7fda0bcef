import { diffSentences, diffWordsWithSpace } from "diff";

export type VersionHunk = { kind: "added" | "removed" | "same"; text: string };
export type FigureChange = { before: string; after: string };
export type VersionDiff = { changed: boolean; figuresChanged: FigureChange[]; summary: string; hunks: VersionHunk[] };

/** A figure as a journalist reads it: currency, digits with separators, and a scale or unit word. */
const FIGURE =
  /[$€£¥₩]?\d+(?:[.,]\d+)*(?:\s?(?:%|percent|per cent|million|billion|trillion|thousand|bn|m|k|억|만|조|원|명|개))?/giu;

/**
 * What changed between two stored versions of an article. Hunks are word-level for display; figures
 * are compared sentence by sentence, because a silent edit of "28 million" to "28.8 million" is
 * what a journalist needs surfaced and a word diff splits such numbers at the decimal point.
 */
export function diffVersions(oldText: string, newText: string): VersionDiff {
  if (oldText === newText) return { changed: false, figuresChanged: [], summary: "No change.", hunks: [{ kind: "same", text: oldText }] };
  const hunks: VersionHunk[] = diffWordsWithSpace(oldText, newText).map((c) => ({
    kind: c.added ? "added" : c.removed ? "removed" : "same",
    text: c.value,
  }));
  const figuresChanged = changedFigures(oldText, newText);
  return { changed: true, figuresChanged, summary: summarise(hunks, figuresChanged), hunks };
}

function changedFigures(oldText: string, newText: string): FigureChange[] {
  const changes = diffSentences(oldText, newText);
  const out: FigureChange[] = [];
  let removed: string[] = [];
  for (const c of changes) {
    if (c.removed) removed.push(c.value);
    else if (c.added) {
      out.push(...pairFigures(removed.join(" "), c.value));
      removed = [];
    } else removed = [];
  }
  return out;
}

/** Figures only in the old sentence vs only in the new one, paired in reading order. */
function pairFigures(before: string, after: string): FigureChange[] {
  const old = figures(before);
  const now = figures(after);
  const onlyOld = withoutCommon(old, now);
  const onlyNew = withoutCommon(now, old);
  const n = Math.max(onlyOld.length, onlyNew.length);
  return Array.from({ length: n }, (_, i) => ({ before: onlyOld[i] ?? "", after: onlyNew[i] ?? "" }));
}

function figures(text: string): string[] {
  return (text.match(FIGURE) ?? []).map((f) => f.trim());
}

function withoutCommon(xs: string[], ys: string[]): string[] {
  const pool = [...ys];
  return xs.filter((x) => {
    const i = pool.indexOf(x);
    if (i < 0) return true;
    pool.splice(i, 1);
    return false;
  });
}

function summarise(hunks: VersionHunk[], figures: FigureChange[]): string {
  const words = (kind: VersionHunk["kind"]) =>
    hunks.filter((h) => h.kind === kind).reduce((n, h) => n + (h.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0), 0);
  const parts = [`Text changed: ${words("added")} words added, ${words("removed")} removed.`];
  if (figures.length > 0) {
    const list = figures.map((f) => `${f.before || "(none)"} -> ${f.after || "(none)"}`).join("; ");
    parts.push(`Figures changed: ${list}.`);
  }
  return parts.join(" ");
}
