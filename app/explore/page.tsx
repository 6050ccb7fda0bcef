import type { Metadata } from "next";
import { z } from "zod";
import { findPaths } from "@/graph/queries/find-paths";
import { getEntityGraph } from "@/graph/queries/get-entity-graph";
import { listEntities } from "@/graph/queries/list-entities";
import { IdParam } from "../_lib/id-param";
import { mergeEdges } from "../_lib/merge-edges";
import { pageQuery, type PageSearchParams } from "../_lib/query-params";
import { EdgeExplanation } from "../components/edge-explanation";
import { GraphView } from "../components/graph-view";
import { Section } from "../components/section";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Relationship explorer" };

const Params = z.object({ entity: IdParam.optional().catch(undefined), to: IdParam.optional().catch(undefined), depth: z.coerce.number().int().min(1).max(3).catch(2).default(2) });
const label = "block text-xs font-semibold uppercase text-stone-500";
const field = "mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900";

export default async function ExplorePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const p = Params.parse(pageQuery(await searchParams));
  const entities = await listEntities({ limit: 500 });
  const center = p.entity ?? entities[0]?.id;
  const [rawGraph, paths] = await Promise.all([
    center ? getEntityGraph({ id: center, depth: p.depth }) : null,
    center && p.to ? findPaths({ fromId: center, toId: p.to }) : [],
  ]);
  const graph = rawGraph ? { ...rawGraph, edges: mergeEdges(rawGraph.edges) } : null;
  const names = new Map(entities.map((e) => [e.id, e]));
  const pathIds = paths.flatMap((x) => x.nodes.map((n) => n.id));
  return (
    <div className="space-y-6">
      <h1 className="border-b-2 border-stone-900 pb-2 font-serif text-3xl font-bold dark:border-stone-100">Relationship explorer</h1>
      <form method="get" className="grid gap-3 sm:grid-cols-[1fr_1fr_8rem_auto] sm:items-end" aria-label="Explorer">
        <div><label htmlFor="ex-entity" className={label}>Around</label><select id="ex-entity" name="entity" defaultValue={center ?? ""} className={field}>
          {entities.map((e) => <option key={e.id} value={e.id}>{e.name} ({e.type})</option>)}
        </select></div>
        <div><label htmlFor="ex-to" className={label}>Shortest path to</label><select id="ex-to" name="to" defaultValue={p.to ?? ""} className={field}>
          <option value="">(none)</option>
          {entities.map((e) => <option key={e.id} value={e.id}>{e.name} ({e.type})</option>)}
        </select></div>
        <div><label htmlFor="ex-depth" className={label}>Depth</label><select id="ex-depth" name="depth" defaultValue={String(p.depth)} className={field}>
          {[1, 2, 3].map((d) => <option key={d} value={d}>{d} hop{d > 1 ? "s" : ""}</option>)}
        </select></div>
        <button type="submit" className="rounded bg-stone-900 px-4 py-1.5 text-sm font-semibold text-white dark:bg-stone-100 dark:text-stone-900">Show</button>
      </form>
      {graph ? <GraphView graph={graph} highlight={pathIds} /> : <p className="text-stone-500">No entities yet.</p>}
      {p.to ? (
        <Section title={`Shortest paths to ${names.get(p.to)?.name ?? p.to}`} accent>
          {paths.length === 0 ? <p className="text-sm text-stone-500">No path within 4 hops.</p> : paths.map((path, i) => (
            <div key={i} className="mb-4">
              <p className="text-sm font-semibold">{path.nodes.map((n) => n.name).join(" — ")}</p>
              <ol className="divide-y divide-stone-200 dark:divide-stone-800">{path.edges.map((e, j) => <EdgeExplanation key={j} edge={e} names={names} />)}</ol>
            </div>
          ))}
        </Section>
      ) : null}
      {graph ? (
        <Section title="Relationships in view">
          {graph.edges.length === 0 ? <p className="text-sm text-stone-500">No relationships around this entity yet.</p> : (
            <ol className="divide-y divide-stone-200 dark:divide-stone-800">{graph.edges.map((e, j) => <EdgeExplanation key={j} edge={e} names={new Map(graph.nodes.map((n) => [n.id, n]))} />)}</ol>
          )}
        </Section>
      ) : null}
    </div>
  );
}
