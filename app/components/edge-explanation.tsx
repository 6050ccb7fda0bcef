import Link from "next/link";
import type { EntityRef } from "@/lib/views/claim";
import type { GraphEdge } from "@/lib/views/path";
import { formatDateTime } from "@/lib/format";
import { articleHref, entityHref } from "../_lib/labels";

/** One relationship as a sentence with the claims it was derived from. */
export function EdgeExplanation({ edge, names }: { edge: GraphEdge; names: Map<string, EntityRef> }) {
  const from = names.get(edge.from);
  const to = names.get(edge.to);
  // One sentence can carry two claims (two predicates); the reader needs it once per outlet.
  const claims = [...new Map(edge.claims.map((c) => [`${c.source}|${c.quote}`, c])).values()];
  return (
    <li className="py-2">
      <p className="text-sm">
        <Link href={entityHref(edge.from)} className="font-semibold hover:underline">{from?.name ?? edge.from}</Link>{" "}
        <span className="font-mono text-xs text-stone-500">{edge.type}</span>{" "}
        <Link href={entityHref(edge.to)} className="font-semibold hover:underline">{to?.name ?? edge.to}</Link>
      </p>
      <ul className="mt-1 space-y-1 pl-4 text-sm text-stone-700 dark:text-stone-300">
        {claims.map((c) => (
          <li key={c.id} className="border-l-2 border-stone-300 pl-2 dark:border-stone-700">
            <Link href={articleHref(c.articleId, c.id)} className="font-serif italic hover:underline">“{c.quote}”</Link>{" "}
            <span className="text-xs text-stone-500">— {/^https?:/i.test(c.url) ? <a href={c.url} rel="noopener noreferrer nofollow" className="hover:underline">{c.source}</a> : c.source}{c.reportedAt ? `, ${formatDateTime(c.reportedAt)}` : ""}</span>
          </li>
        ))}
      </ul>
    </li>
  );
}
