import Link from "next/link";
import type { FacetCount } from "@/lib/views/search";

/** One facet: each value links to the same search with that value toggled on or off. */
export function FacetList({ title, facets, selected, hrefFor, labelFor = (v) => v }: {
  title: string; facets: FacetCount[]; selected: readonly string[]; hrefFor: (value: string, on: boolean) => string; labelFor?: (value: string) => string;
}) {
  if (facets.length === 0) return null;
  return (
    <div>
      <h3 className="mb-1 text-xs font-bold uppercase tracking-widest text-stone-500">{title}</h3>
      <ul className="space-y-0.5 text-sm">
        {facets.map((f) => {
          const on = selected.includes(f.value);
          return (
            <li key={f.value}>
              <Link href={hrefFor(f.value, !on)} aria-current={on ? "true" : undefined} className={`flex justify-between rounded px-1.5 py-0.5 hover:bg-stone-100 dark:hover:bg-stone-800 ${on ? "bg-stone-200 font-semibold dark:bg-stone-800" : ""}`}>
                <span>{on ? "✓ " : ""}{labelFor(f.value)}</span><span className="tabular-nums text-stone-500">{f.count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
