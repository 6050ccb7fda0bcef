import Link from "next/link";
import type { ContradictionSummary } from "@/lib/views/contradiction";
import { formatDateTime } from "@/lib/format";
import { disputeHref } from "../_lib/labels";
import { KindBadge, SeverityBadge } from "./badges";

/** Disputes, most severe and most recent first, each linking to its side-by-side page. */
export function DisputeList({ disputes, compact = false }: { disputes: ContradictionSummary[]; compact?: boolean }) {
  if (disputes.length === 0) return <p className="text-sm text-stone-500">No disagreements found between reports yet.</p>;
  return (
    <ol className="space-y-3">
      {disputes.map((d) => (
        <li key={d.id} className={compact ? "" : "rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900"}>
          <p className="flex flex-wrap items-center gap-1.5"><SeverityBadge severity={d.severity} /> <KindBadge kind={d.kind} /></p>
          <Link href={disputeHref(d.id)} className={`mt-1 block font-serif font-semibold leading-snug hover:underline ${compact ? "line-clamp-4 text-sm" : "text-lg"}`}>{d.explanation}</Link>
          <p className="mt-1 text-xs text-stone-500 dark:text-stone-400">
            {d.entities.map((e) => e.name).join(", ")}
            {d.sources.length > 0 ? <> · {d.sources.join(", ")}</> : null}
            {!compact && d.latestReportedAt ? <> · latest report <time dateTime={d.latestReportedAt}>{formatDateTime(d.latestReportedAt)}</time></> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
