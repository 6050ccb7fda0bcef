import { diffVersions, type VersionDiff } from "@/lib/diff-versions";

/**
 * What changed between two stored versions of an article, for the article page: the ingest stage's
 * pure diff (word hunks plus figures changed sentence by sentence), with long unchanged stretches
 * shortened so the view stays on the edits. The app calls it on texts read from the graph.
 */
export function versionDiff(older: string, newer: string, context = 80): VersionDiff {
  const d = diffVersions(older, newer);
  const hunks = d.hunks.map((h, i) => {
    if (h.kind !== "same" || h.text.length <= context * 2 + 5) return h;
    const head = i === 0 ? "" : h.text.slice(0, context);
    const tail = i === d.hunks.length - 1 ? "" : h.text.slice(-context);
    return { ...h, text: `${head} … ${tail}` };
  });
  return { ...d, hunks };
}
