import type { ClaimView } from "@/lib/views/claim";
import type { TimelineItem } from "@/lib/views/timeline";
import type { AtomEntry } from "./atom";
import { articleHref, quoteHref, speakerName } from "./labels";

/** A timeline item as an Atom entry linking back to its page in the app. */
export function timelineEntry(origin: string, item: TimelineItem): AtomEntry {
  const page = item.articleId ? articleHref(item.articleId, item.kind === "claim" ? item.id : undefined) : "/";
  const when = item.reportedAt ?? item.happenedAt ?? new Date(0).toISOString();
  return {
    id: `urn:newsgraph:${item.kind}:${item.id}`,
    title: item.kind === "article" ? item.title : `${item.title}: ${item.text}`.slice(0, 300),
    link: origin + page,
    updated: when,
    published: item.reportedAt,
    summary: [item.text, item.happenedAt ? `Happened: ${item.happenedAt}.` : ""].filter(Boolean).join(" "),
    author: item.source,
    categories: [item.kind, ...(item.label ? [item.label] : []), ...item.entities.map((e) => e.name)],
  };
}

/** A claim in a dispute as an Atom entry: who said what, where and when. */
export function claimEntry(origin: string, claim: ClaimView, role: string): AtomEntry {
  return {
    id: `urn:newsgraph:claim:${claim.id}`,
    title: `${role}: ${speakerName(claim)} ${claim.speechAct ?? "reported"} “${claim.quote}”`.slice(0, 300),
    link: origin + quoteHref(claim),
    updated: claim.reportedAt ?? new Date(0).toISOString(),
    published: claim.reportedAt,
    summary: `${claim.quote} (${claim.source.name}, ${claim.article.title})`,
    author: claim.source.name,
    categories: [role],
  };
}
