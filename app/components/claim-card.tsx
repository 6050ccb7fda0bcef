import Link from "next/link";
import type { ClaimView } from "@/lib/views/claim";
import { formatDateTime } from "@/lib/format";
import { entityHref, quoteHref, speakerName } from "../_lib/labels";

/** One assertion as a journalist needs it: who said it, the exact words (linked to their place), outlet and time. */
export function ClaimCard({ claim, compact = false }: { claim: ClaimView; compact?: boolean }) {
  return (
    <article id={`claim-${claim.id}`} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm dark:border-stone-800 dark:bg-stone-900" data-claim={claim.id}>
      <p className="text-sm">
        {claim.speaker ? (
          <Link href={entityHref(claim.speaker.id)} className="font-semibold hover:underline">{claim.speaker.name}</Link>
        ) : (
          <span className="font-semibold">{speakerName(claim)}</span>
        )}
        <span className="text-stone-500"> {claim.speechAct ?? "reported"}</span>
        {claim.polarity === "negative" ? <span className="ml-2 rounded bg-stone-800 px-1 text-[10px] font-bold uppercase text-white dark:bg-stone-200 dark:text-stone-900">denies</span> : null}
      </p>
      <blockquote className={`mt-2 border-l-4 border-stone-300 pl-3 font-serif ${compact ? "text-base" : "text-lg"} leading-snug dark:border-stone-600`}>
        <Link href={quoteHref(claim)} className="hover:underline" title="Show in the article">“{claim.quote}”</Link>
      </blockquote>
      {claim.figure || claim.date ? (
        <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
          {claim.figure ? <>Figure: <strong>{claim.figure.text ?? claim.figure.value}</strong>{claim.figure.unit ? ` ${claim.figure.unit}` : ""} </> : null}
          {claim.date ? <>Date: <strong><time dateTime={claim.date}>{claim.dateText ?? claim.date}</time></strong> ({claim.date})</> : null}
        </p>
      ) : null}
      <p className="mt-2 text-xs text-stone-500 dark:text-stone-400">
        <span className="font-semibold uppercase tracking-wide">{claim.source.name}</span>
        {claim.reportedAt ? <> · <time dateTime={claim.reportedAt}>{formatDateTime(claim.reportedAt)}</time></> : null}
        {" · "}
        <Link href={`/articles/${encodeURIComponent(claim.article.id)}`} className="underline-offset-2 hover:underline">{claim.article.title}</Link>
      </p>
    </article>
  );
}
