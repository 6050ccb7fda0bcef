import type { DecisionView } from "@/lib/views/decision";
import type { EntityProfile, EntitySummary } from "@/lib/views/entity";
import { formatDateTime } from "@/lib/format";
import { mergeAction, rejectAction, splitAction } from "../entities/[id]/actions";

const field = "mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm dark:border-stone-700 dark:bg-stone-900";
const label = "block text-xs font-semibold uppercase tracking-wide text-stone-500";
const button = "rounded px-3 py-1.5 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2";

function WhoWhy({ editor, idPrefix }: { editor: string; idPrefix: string }) {
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      <label className={label} htmlFor={`${idPrefix}-by`}>Your name<input id={`${idPrefix}-by`} name="by" required maxLength={120} defaultValue={editor} className={field} /></label>
      <label className={label} htmlFor={`${idPrefix}-reason`}>Why<input id={`${idPrefix}-reason`} name="reason" required minLength={3} maxLength={1000} className={field} placeholder="e.g. same company, different spelling" /></label>
    </div>
  );
}

/** Merge, split and reject by hand; each decision is stored with who, when and why, and later ingests respect it. */
export function CorrectionsPanel({ entity, candidates, decisions, editor }: { entity: EntityProfile; candidates: EntitySummary[]; decisions: DecisionView[]; editor: string }) {
  const others = candidates.filter((c) => c.id !== entity.id);
  return (
    <div className="space-y-5">
      <form action={mergeAction} className="space-y-2" aria-label="Merge">
        <input type="hidden" name="id" value={entity.id} />
        <div>
          <label className={label} htmlFor="merge-into">Merge {entity.name} into</label>
          <select id="merge-into" name="intoId" required className={field} defaultValue="">
            <option value="" disabled>choose the entity it really is…</option>
            {others.map((o) => <option key={o.id} value={o.id}>{o.name} ({o.type}{o.type === entity.type ? "" : ", different type"})</option>)}
          </select>
        </div>
        <WhoWhy editor={editor} idPrefix="merge" />
        <button type="submit" className={`${button} bg-stone-900 text-white dark:bg-stone-100 dark:text-stone-900`}>Merge</button>
      </form>
      {entity.mergedFrom.map((m) => (
        <form key={m.decisionId} action={splitAction} className="space-y-2 border-t border-stone-200 pt-4 dark:border-stone-800" aria-label={`Split ${m.name}`}>
          <input type="hidden" name="id" value={entity.id} />
          <input type="hidden" name="fromId" value={m.id} />
          <p className="text-sm"><strong>{m.name}</strong> was merged into this entity{m.reason ? ` (${m.reason})` : ""}.</p>
          <WhoWhy editor={editor} idPrefix={`split-${m.id}`} />
          <button type="submit" className={`${button} border border-stone-400`}>Split {m.name} out again</button>
        </form>
      ))}
      <form action={rejectAction} className="space-y-2 border-t border-stone-200 pt-4 dark:border-stone-800" aria-label="Reject">
        <input type="hidden" name="id" value={entity.id} />
        <p className="text-sm">Not a real entity (a misread name, a common word)? Reject it: it disappears from every view and later ingests drop it.</p>
        <WhoWhy editor={editor} idPrefix="reject" />
        <button type="submit" className={`${button} bg-red-700 text-white hover:bg-red-800`}>Reject {entity.name}</button>
      </form>
      {decisions.length > 0 ? (
        <div className="border-t border-stone-200 pt-4 dark:border-stone-800">
          <h3 className={label}>Decisions</h3>
          <ul className="mt-2 space-y-1 text-sm">
            {decisions.map((d) => (
              <li key={d.id} className={d.active ? "" : "text-stone-400 line-through"}>
                <strong>{d.kind.replace("_", " ")}</strong> {d.fromName ?? d.fromId}{d.intoName ? ` → ${d.intoName}` : ""} · by {d.by} · <time dateTime={d.at}>{formatDateTime(d.at)}</time>{d.reason ? ` · “${d.reason}”` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
