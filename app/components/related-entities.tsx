import Link from "next/link";
import type { EntityProfile } from "@/lib/views/entity";
import { entityHref } from "../_lib/labels";

/** Each relation read as a sentence, subject first: "Alibaba Group BANS Claude Code". */
export function RelatedEntities({ entity }: { entity: EntityProfile }) {
  // After a merge the same relation can appear twice; a reader sees one, with all its claims counted.
  const related = [...new Map(entity.related.map((r) => [`${r.id}|${r.relation}|${r.direction}`, r])).values()].map((r) => ({
    ...r,
    claimCount: entity.related.filter((x) => x.id === r.id && x.relation === r.relation && x.direction === r.direction).reduce((n, x) => n + x.claimCount, 0),
  }));
  if (related.length === 0) return <p className="text-sm text-stone-500">No relationships found yet.</p>;
  return (
    <ul className="space-y-1.5 text-sm">
      {related.map((r) => {
        const other = <Link href={entityHref(r.id)} className="font-semibold hover:underline">{r.name}</Link>;
        const self = <span className="text-stone-500">{entity.name}</span>;
        return (
          <li key={`${r.id}-${r.relation}-${r.direction}`}>
            {r.direction === "out" ? self : other} <span className="font-mono text-xs text-stone-500">{r.relation}</span> {r.direction === "out" ? other : self}
            <span className="text-xs text-stone-400"> ({r.claimCount} claim{r.claimCount === 1 ? "" : "s"})</span>
          </li>
        );
      })}
    </ul>
  );
}
