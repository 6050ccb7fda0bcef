import type { SourceOption } from "@/graph/queries/app-list-sources";
import type { EntitySummary } from "@/lib/views/entity";
import type { TimelineParams } from "../_lib/timeline-params";
import { CompactGetForm } from "./compact-get-form";

const KINDS = ["article", "claim", "event"] as const;
const field = "mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900";
const label = "block text-xs font-semibold uppercase tracking-wide text-stone-500 dark:text-stone-400";

/**
 * A plain GET form: every filter ends up in the URL, so a filtered view can be bookmarked or shared.
 * Labels point at their fields by id: a select nested in its label takes its option texts into its name.
 */
export function TimelineFilters({ params, entities, sources, action = "/" }: { params: TimelineParams; entities: EntitySummary[]; sources: SourceOption[]; action?: string }) {
  const kinds = params.kind ?? [];
  return (
    <CompactGetForm action={action} className="space-y-3" aria-label="Timeline filters">
      <div>
        <label htmlFor="tf-entity" className={label}>Entity</label>
        <select id="tf-entity" name="entity" defaultValue={params.entity ?? ""} className={field}>
          <option value="">Any entity</option>
          {entities.map((e) => <option key={e.id} value={e.id}>{e.name} ({e.type})</option>)}
        </select>
      </div>
      <div>
        <label htmlFor="tf-source" className={label}>Source</label>
        <select id="tf-source" name="source" defaultValue={params.source ?? ""} className={field}>
          <option value="">Any outlet</option>
          {sources.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </div>
      <fieldset>
        <legend className={label}>Kind</legend>
        <div className="mt-1 flex flex-wrap gap-3 text-sm">
          {KINDS.map((k) => (
            <label key={k} className="inline-flex items-center gap-1.5">
              <input type="checkbox" name="kind" value={k} defaultChecked={kinds.includes(k)} className="accent-red-700" /> {k}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid grid-cols-2 gap-2">
        <div><label htmlFor="tf-from" className={label}>From</label><input id="tf-from" type="date" name="from" defaultValue={params.from?.slice(0, 10) ?? ""} className={field} /></div>
        <div><label htmlFor="tf-to" className={label}>To</label><input id="tf-to" type="date" name="to" defaultValue={params.to?.slice(0, 10) ?? ""} className={field} /></div>
      </div>
      <div>
        <label htmlFor="tf-as-of" className={label}>Known as of</label>
        <input id="tf-as-of" type="date" name="asOf" defaultValue={params.asOf?.slice(0, 10) ?? ""} className={field} />
      </div>
      <div>
        <label htmlFor="tf-order" className={label}>Order by</label>
        <select id="tf-order" name="order" defaultValue={params.order} className={field}>
          <option value="reported">when reported</option>
          <option value="happened">when it happened</option>
        </select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className="rounded bg-stone-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-stone-700 focus-visible:outline-2 focus-visible:outline-offset-2 dark:bg-stone-100 dark:text-stone-900">Apply</button>
        <a href={action} className="rounded px-3 py-1.5 text-sm text-stone-600 hover:underline dark:text-stone-300">Reset</a>
      </div>
    </CompactGetForm>
  );
}
