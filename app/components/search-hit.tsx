import Link from "next/link";
import type { SearchHit } from "@/lib/views/search";
import { formatDateTime } from "@/lib/format";
import { articleHref, entityHref } from "../_lib/labels";
import { MarkedText } from "./marked-text";

function hrefOf(hit: SearchHit): string {
  if (hit.type === "entity") return entityHref(hit.id);
  return articleHref(hit.articleId ?? hit.id, hit.type === "claim" ? hit.id : undefined);
}

export function SearchHitRow({ hit }: { hit: SearchHit }) {
  return (
    <li className="border-b border-stone-200 py-4 dark:border-stone-800" data-type={hit.type}>
      <p className="text-xs text-stone-500 dark:text-stone-400">
        <span className="font-bold uppercase tracking-wider">{hit.type}</span>
        {hit.source ? <> · <span className="font-semibold uppercase tracking-wide">{hit.source}</span></> : null}
        {hit.date ? <> · <time dateTime={hit.date}>{formatDateTime(hit.date)}</time></> : null}
      </p>
      <h2 className="mt-1 font-serif text-lg font-semibold"><Link href={hrefOf(hit)} className="hover:underline">{hit.title}</Link></h2>
      <p className="mt-1 text-sm text-stone-700 dark:text-stone-300"><MarkedText text={hit.snippet} ranges={hit.highlights} /></p>
    </li>
  );
}
