import Link from "next/link";
import type { ClaimView } from "@/lib/views/claim";
import { formatDateTime } from "@/lib/format";
import { quoteHref, speakerName } from "../_lib/labels";

/** When each outlet said what, in order of publication, kept apart from when the thing happened. */
export function ReportTimeline({ claims }: { claims: ClaimView[] }) {
  const ordered = [...new Map(claims.map((c) => [c.id, c])).values()].sort((a, b) => Date.parse(a.reportedAt ?? "") - Date.parse(b.reportedAt ?? ""));
  return (
    <ol className="relative space-y-3 border-l-2 border-stone-300 pl-4 dark:border-stone-700">
      {ordered.map((c) => (
        <li key={c.id} className="text-sm">
          <span className="absolute -left-[5px] mt-1.5 h-2 w-2 rounded-full bg-red-700 dark:bg-red-500" aria-hidden />
          <p className="text-xs text-stone-500">
            {c.reportedAt ? <time dateTime={c.reportedAt}>{formatDateTime(c.reportedAt)}</time> : "undated"} · <span className="font-semibold uppercase tracking-wide">{c.source.name}</span>
            {c.date ? <> · about <time dateTime={c.date}>{c.date}</time></> : null}
          </p>
          <p><strong>{speakerName(c)}</strong> {c.speechAct ?? "reported"}: <Link href={quoteHref(c)} className="font-serif italic hover:underline">“{c.quote}”</Link></p>
        </li>
      ))}
    </ol>
  );
}
