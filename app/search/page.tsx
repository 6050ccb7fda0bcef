import type { Metadata } from "next";
import Link from "next/link";
import { listSources } from "@/graph/queries/app-list-sources";
import { listContradictions } from "@/graph/queries/list-contradictions";
import { searchAll } from "@/graph/queries/search-all";
import { withParams } from "../_lib/href";
import { firstIssue, pageQuery, type PageSearchParams } from "../_lib/query-params";
import { SearchParams, toSearchOptions } from "../_lib/search-params";
import { DisputeList } from "../components/dispute-list";
import { FacetList } from "../components/facet-list";
import { Notice } from "../components/notice";
import { SearchHitRow } from "../components/search-hit";

export const dynamic = "force-dynamic";

export async function generateMetadata({ searchParams }: { searchParams: Promise<PageSearchParams> }): Promise<Metadata> {
  const q = (await searchParams).q;
  return { title: typeof q === "string" && q ? `Search: ${q}` : "Search" };
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const query = pageQuery(await searchParams);
  const parsed = SearchParams.safeParse(query);
  const q = typeof query.q === "string" ? query.q : "";
  const [result, sources] = parsed.success ? await Promise.all([searchAll(toSearchOptions(parsed.data)), listSources()]) : [null, []];
  const p = parsed.success ? parsed.data : null;
  // The disputes of the best-matching entity answer the usual question behind a name search.
  const topEntity = result?.hits.find((h) => h.type === "entity");
  const disputes = topEntity ? await listContradictions({ entityId: topEntity.id, limit: 4 }) : [];
  const base = { q, type: p?.type, source: p?.source, from: p?.from, to: p?.to };
  const sourceId = (name: string) => sources.find((s) => s.name === name)?.id ?? name;
  const selectedSource = sources.find((s) => s.id === p?.source)?.name;
  return (
    <div className="space-y-4">
      <form action="/search" method="get" role="search" className="flex gap-2">
        <label htmlFor="q" className="sr-only">Search articles, entities and claims</label>
        <input id="q" name="q" type="search" defaultValue={q} autoFocus placeholder="Search articles, entities and claims — e.g. Alibaba backdoor, 阿里巴巴"
          className="min-w-0 flex-1 rounded border border-stone-400 bg-white px-3 py-2 text-lg dark:border-stone-600 dark:bg-stone-900" />
        <button type="submit" className="rounded bg-stone-900 px-4 py-2 font-semibold text-white dark:bg-stone-100 dark:text-stone-900">Search</button>
      </form>
      {!parsed.success && q ? <Notice tone="error">{firstIssue(parsed.error)}</Notice> : null}
      {result && p ? (
        <div className="grid gap-8 md:grid-cols-[14rem_1fr]">
          <aside className="space-y-5" aria-label="Facets">
            <FacetList title="Type" facets={result.facets.type} selected={p.type ?? []} hrefFor={(v, on) => withParams("/search", { ...base, type: on ? [...(p.type ?? []), v] : (p.type ?? []).filter((t) => t !== v) })} />
            <FacetList title="Source" facets={result.facets.source} selected={selectedSource ? [selectedSource] : []} hrefFor={(v, on) => withParams("/search", { ...base, source: on ? sourceId(v) : undefined })} />
            <FacetList title="Date" facets={[...result.facets.date].sort((a, b) => b.value.localeCompare(a.value))} selected={p.from && p.from === p.to ? [p.from] : []}
              hrefFor={(v, on) => withParams("/search", { ...base, from: on ? v : undefined, to: on ? v : undefined })} />
          </aside>
          <section aria-labelledby="results-heading">
            <h1 id="results-heading" className="text-sm text-stone-500">{result.total} result{result.total === 1 ? "" : "s"} for <strong className="text-stone-900 dark:text-stone-100">{result.query}</strong></h1>
            {topEntity && disputes.length > 0 ? (
              <section aria-labelledby="search-disputes" className="my-4 rounded-lg border border-red-200 bg-red-50/50 p-4 dark:border-red-900 dark:bg-red-950/30">
                <h2 id="search-disputes" className="mb-2 text-xs font-bold uppercase tracking-widest text-red-700 dark:text-red-400">Disputes about {topEntity.title}</h2>
                <DisputeList disputes={disputes} compact />
              </section>
            ) : null}
            <ol>{result.hits.map((h) => <SearchHitRow key={`${h.type}-${h.id}`} hit={h} />)}</ol>
            <nav aria-label="Pages" className="mt-4 flex justify-between text-sm">
              {p.page > 1 ? <Link href={withParams("/search", { ...base, page: p.page - 1 })} className="hover:underline">← Previous</Link> : <span />}
              {p.page * p.limit < result.total ? <Link href={withParams("/search", { ...base, page: p.page + 1 })} className="hover:underline">Next →</Link> : null}
            </nav>
          </section>
        </div>
      ) : <p className="text-stone-500">One box for articles, entities and claims. Quotes, names and figures all work; so does Chinese, Japanese or Korean text.</p>}
    </div>
  );
}
