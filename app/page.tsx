import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { listSources } from "@/graph/queries/app-list-sources";
import { getTimeline } from "@/graph/queries/get-timeline";
import { listContradictions } from "@/graph/queries/list-contradictions";
import { listEntities } from "@/graph/queries/list-entities";
import { withParams } from "./_lib/href";
import { isNewSince, LAST_SEEN_COOKIE } from "./_lib/last-seen";
import { firstIssue, pageQuery, type PageSearchParams } from "./_lib/query-params";
import { TimelineParams, toTimelineOptions } from "./_lib/timeline-params";
import { DisputeList } from "./components/dispute-list";
import { MarkVisit } from "./components/mark-visit";
import { Notice } from "./components/notice";
import { TimelineEntry } from "./components/timeline-entry";
import { TimelineFilters } from "./components/timeline-filters";

export const dynamic = "force-dynamic";

/** The page's feed follows its filters, so a reader subscribed from a filtered view gets that view. */
export async function generateMetadata({ searchParams }: { searchParams: Promise<PageSearchParams> }): Promise<Metadata> {
  const parsed = TimelineParams.safeParse(pageQuery(await searchParams));
  const p = parsed.success ? parsed.data : TimelineParams.parse({});
  const url = withParams("/feed.xml", { entity: p.entity, source: p.source, kind: p.kind });
  return { title: "Timeline", alternates: { types: { "application/atom+xml": [{ url, title: "Newsgraph timeline" }] } } };
}

export default async function HomePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const query = pageQuery(await searchParams);
  const parsed = TimelineParams.safeParse(query);
  const params = parsed.success ? parsed.data : TimelineParams.parse({});
  const [page, entities, sources, disputes, jar] = await Promise.all([
    getTimeline(toTimelineOptions(params)), listEntities({ limit: 200 }), listSources(), listContradictions({ limit: 5 }), cookies(),
  ]);
  const lastSeen = jar.get(LAST_SEEN_COOKIE)?.value;
  const { cursor: _cursor, ...filters } = params;
  const newCount = page.items.filter((i) => isNewSince(i.reportedAt, lastSeen)).length;
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_18rem] lg:grid-rows-[auto_1fr]">
      <section aria-labelledby="timeline-heading" className="lg:col-start-1 lg:row-span-2 lg:row-start-1">
        <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-stone-900 pb-2 dark:border-stone-100">
          <h1 id="timeline-heading" className="font-serif text-3xl font-bold">Timeline</h1>
          <p className="text-sm text-stone-500">
            {lastSeen && newCount > 0 ? <strong className="text-red-700 dark:text-red-400">{newCount} new since your last visit · </strong> : null}
            <a href={withParams("/feed.xml", { entity: params.entity, source: params.source, kind: params.kind })} className="hover:underline">Atom feed</a>
          </p>
        </div>
        {!parsed.success ? <Notice tone="error">Some filters were ignored: {firstIssue(parsed.error)}</Notice> : null}
        {page.items.length === 0 ? (
          <p className="py-8 text-stone-600 dark:text-stone-400">Nothing matches. {params.cursor ? null : <>Ingest some news with <code>npx newsgraph ingest ingest/samples</code>, or reset the filters.</>}</p>
        ) : (
          <ol aria-label="Stream">{page.items.map((item) => <TimelineEntry key={`${item.kind}-${item.id}`} item={item} isNew={isNewSince(item.reportedAt, lastSeen)} />)}</ol>
        )}
        <nav aria-label="Pages" className="mt-4 flex justify-between text-sm">
          {params.cursor ? <Link href={withParams("/", filters)} className="hover:underline">← Newest</Link> : <span />}
          {page.nextCursor ? <Link href={withParams("/", { ...filters, cursor: page.nextCursor })} className="font-semibold hover:underline" rel="next">Older →</Link> : null}
        </nav>
        {params.cursor ? null : <MarkVisit newest={page.items[0]?.reportedAt ?? null} />}
      </section>
      {/* On a phone the disputes come first and the filters last; on a desk both sit beside the stream. */}
      <aside aria-label="Disputes" className="order-first lg:order-none lg:col-start-2 lg:row-start-1">
        <section aria-labelledby="disputes-heading">
          <h2 id="disputes-heading" className="mb-3 border-b border-stone-300 pb-1 text-xs font-bold uppercase tracking-widest text-red-700 dark:border-stone-700 dark:text-red-400">Top disputes</h2>
          <DisputeList disputes={disputes} compact />
          <Link href="/disputes" className="mt-3 inline-block text-sm hover:underline">All disputes →</Link>
        </section>
      </aside>
      <aside aria-label="Filters" className="lg:col-start-2 lg:row-start-2">
        <section aria-labelledby="filters-heading">
          <h2 id="filters-heading" className="mb-3 border-b border-stone-300 pb-1 text-xs font-bold uppercase tracking-widest text-stone-500 dark:border-stone-700">Filter</h2>
          <TimelineFilters params={params} entities={entities} sources={sources} />
        </section>
      </aside>
    </div>
  );
}
