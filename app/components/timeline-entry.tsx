import Link from "next/link";
import type { TimelineItem } from "@/lib/views/timeline";
import { formatDateTime } from "@/lib/format";
import { articleHref } from "../_lib/labels";
import { EntityLinks } from "./entity-links";

const KIND_STYLE: Record<TimelineItem["kind"], string> = {
  article: "text-sky-800 dark:text-sky-300",
  claim: "text-violet-800 dark:text-violet-300",
  event: "text-emerald-800 dark:text-emerald-300",
};

function hrefOf(item: TimelineItem): string | null {
  if (!item.articleId) return null;
  return articleHref(item.articleId, item.kind === "claim" ? item.id : undefined);
}

/** One row of a stream: what it is, when it happened and when it was reported, kept apart. */
export function TimelineEntry({ item, isNew }: { item: TimelineItem; isNew: boolean }) {
  const href = hrefOf(item);
  return (
    <li className="relative border-b border-stone-200 py-4 dark:border-stone-800" data-kind={item.kind} data-new={isNew || undefined}>
      <p className="flex flex-wrap items-center gap-x-2 text-xs text-stone-500 dark:text-stone-400">
        <span className={`font-bold uppercase tracking-wider ${KIND_STYLE[item.kind]}`}>{item.kind}</span>
        {item.label && item.kind !== "article" ? <span className="font-mono">{item.label}</span> : null}
        {isNew ? <span className="rounded bg-red-700 px-1.5 text-[10px] font-bold uppercase text-white">New</span> : null}
        {item.source ? <span className="font-semibold uppercase tracking-wide">{item.source}</span> : null}
        {item.reportedAt ? <span>reported <time dateTime={item.reportedAt}>{formatDateTime(item.reportedAt)}</time></span> : null}
        {item.happenedAt ? <span>· happened <time dateTime={item.happenedAt}>{item.happenedAt}</time></span> : null}
      </p>
      <h2 className="mt-1 font-serif text-lg font-semibold leading-snug">
        {href ? <Link href={href} className="hover:underline">{item.title}</Link> : item.title}
      </h2>
      {item.text ? <p className={`mt-1 text-sm text-stone-700 dark:text-stone-300 ${item.kind === "claim" ? "font-serif italic" : "line-clamp-2"}`}>{item.kind === "claim" ? `“${item.text}”` : item.text}</p> : null}
      <EntityLinks entities={item.entities} className="mt-2" />
    </li>
  );
}
