import type { ArticleDetail } from "@/lib/views/article";
import { formatDateTime } from "@/lib/format";
import { versionDiff } from "../_lib/version-diff";

/** Earlier versions, newest first, each with what changed on its way to the next version. */
export function VersionHistory({ article }: { article: ArticleDetail }) {
  if (article.versions.length === 0) return null;
  return (
    <section aria-labelledby="versions-heading" className="mt-10 border-t border-stone-300 pt-4 dark:border-stone-700">
      <h2 id="versions-heading" className="text-xs font-bold uppercase tracking-widest text-stone-500">Earlier versions ({article.versions.length})</h2>
      {article.versions.map((v, i) => {
        const newer = i === 0 ? article.text : (article.versions[i - 1]?.text ?? "");
        const diff = versionDiff(v.text, newer);
        return (
          <details key={v.id} className="mt-3 rounded border border-stone-200 p-3 dark:border-stone-800">
            <summary className="cursor-pointer text-sm">Version fetched {v.fetchedAt ? formatDateTime(v.fetchedAt) : "earlier"}{v.title && v.title !== article.title ? ` — “${v.title}”` : ""}: changes to the {i === 0 ? "current" : "next"} version</summary>
            <p className="mt-2 text-sm font-semibold">{diff.summary}</p>
            {diff.figuresChanged.length > 0 ? (
              <ul className="mt-1 text-sm" aria-label="Figures changed">
                {diff.figuresChanged.map((f, j) => <li key={j}><del className="bg-red-100 dark:bg-red-900">{f.before || "(none)"}</del> → <ins className="bg-emerald-100 no-underline dark:bg-emerald-900">{f.after || "(none)"}</ins></li>)}
              </ul>
            ) : null}
            <p className="mt-2 whitespace-pre-wrap font-serif text-sm leading-relaxed">
              {diff.hunks.map((part, j) =>
                part.kind === "added" ? <ins key={j} className="bg-emerald-100 no-underline dark:bg-emerald-900">{part.text}</ins>
                : part.kind === "removed" ? <del key={j} className="bg-red-100 dark:bg-red-900">{part.text}</del>
                : <span key={j}>{part.text}</span>)}
            </p>
          </details>
        );
      })}
    </section>
  );
}
