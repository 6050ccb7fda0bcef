import type { ClaimView } from "@/lib/views/claim";
import type { Corroboration } from "@/lib/views/contradiction";
import { ClaimCard } from "./claim-card";

/**
 * One position in a dispute: its representative claim, then every other report of it. The heading
 * names the position and its outlets, so the reader sees who stands where before reading quotes.
 */
export function DisputeSide({ side, index, group }: { side: ClaimView; index: number; group?: Corroboration }) {
  const outlets = group?.sources ?? [side.source.name];
  const count = group?.sourceCount ?? outlets.length;
  return (
    <section aria-labelledby={`side-${index}`} data-side={index} className="space-y-3">
      <h2 id={`side-${index}`} className="text-xs font-bold uppercase tracking-widest text-red-700 dark:text-red-400">
        Side {String.fromCharCode(65 + index)}{group?.label ? <> · <span className="normal-case tracking-normal">{group.label}</span></> : null} · {count} outlet{count === 1 ? "" : "s"}
      </h2>
      <p className="text-xs text-stone-500 dark:text-stone-400" data-outlets>{outlets.join(", ")}</p>
      <ClaimCard claim={side} />
      {group && group.claims.length > 0 ? (
        <div>
          <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-stone-500">Corroborating reports</h3>
          <ul className="space-y-2">{group.claims.map((c) => <li key={c.id}><ClaimCard claim={c} compact /></li>)}</ul>
        </div>
      ) : null}
    </section>
  );
}
