import { diffWords } from "diff";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/**
 * Word-level changes between two versions of an article, for the article page. The app reads the
 * graph only, so it diffs the stored texts itself with the `diff` library rather than calling the
 * ingest stage's helper; long unchanged stretches are shortened to keep the view on what changed.
 */
export function diffVersions(older: string, newer: string, context = 80): DiffPart[] {
  return diffWords(older, newer).map((c) => {
    const kind = c.added ? "added" : c.removed ? "removed" : "same";
    const text = kind === "same" && c.value.length > context * 2 + 5 ? `${c.value.slice(0, context)} … ${c.value.slice(-context)}` : c.value;
    return { kind, text };
  });
}
