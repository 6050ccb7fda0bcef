import type { Metadata } from "next";
import { z } from "zod";
import { listContradictions } from "@/graph/queries/list-contradictions";
import { ContradictionKind, Severity } from "@/lib/views/contradiction";
import { KIND_LABEL } from "../_lib/labels";
import { firstIssue, pageQuery, type PageSearchParams } from "../_lib/query-params";
import { DisputeList } from "../components/dispute-list";
import { Notice } from "../components/notice";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Disputes" };

const Params = z.object({ kind: ContradictionKind.optional(), severity: Severity.optional(), entity: z.string().max(200).optional() });
const label = "text-xs font-semibold uppercase text-stone-500";
const field = "rounded border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900";

export default async function DisputesPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const parsed = Params.safeParse(pageQuery(await searchParams));
  const p = parsed.success ? parsed.data : {};
  const disputes = await listContradictions({ kind: p.kind, minSeverity: p.severity, entityId: p.entity, limit: 200 });
  return (
    <section aria-labelledby="disputes-heading" className="mx-auto max-w-4xl">
      <h1 id="disputes-heading" className="border-b-2 border-stone-900 pb-2 font-serif text-3xl font-bold dark:border-stone-100">Disputes</h1>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">Where reports disagree: figures, dates, denials and competing explanations, most severe and most recent first.</p>
      {!parsed.success ? <Notice tone="error">{firstIssue(parsed.error)}</Notice> : null}
      <form method="get" className="my-4 flex flex-wrap items-center gap-x-2 gap-y-3" aria-label="Dispute filters">
        <label htmlFor="df-kind" className={label}>Kind</label><select id="df-kind" name="kind" defaultValue={p.kind ?? ""} className={field}>
          <option value="">Any</option>
          {ContradictionKind.options.map((k) => <option key={k} value={k}>{KIND_LABEL[k]}</option>)}
        </select>
        <label htmlFor="df-severity" className={label}>At least</label><select id="df-severity" name="severity" defaultValue={p.severity ?? ""} className={field}>
          <option value="">Any severity</option>
          {Severity.options.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
        {p.entity ? <input type="hidden" name="entity" value={p.entity} /> : null}
        <button type="submit" className="rounded bg-stone-900 px-3 py-1.5 text-sm font-semibold text-white dark:bg-stone-100 dark:text-stone-900">Filter</button>
      </form>
      <p className="mb-3 text-sm text-stone-500">{disputes.length} dispute{disputes.length === 1 ? "" : "s"}</p>
      <DisputeList disputes={disputes} />
    </section>
  );
}
