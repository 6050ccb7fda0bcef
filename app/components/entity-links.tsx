import Link from "next/link";
import type { EntityRef } from "@/lib/views/claim";
import { entityHref } from "../_lib/labels";

export function EntityLinks({ entities, className = "" }: { entities: readonly EntityRef[]; className?: string }) {
  if (entities.length === 0) return null;
  return (
    <ul className={`flex flex-wrap gap-1.5 ${className}`} aria-label="Entities">
      {entities.map((e) => (
        <li key={e.id}>
          <Link href={entityHref(e.id)} className="rounded-full border border-stone-300 px-2 py-0.5 text-xs text-stone-700 hover:border-stone-500 hover:bg-stone-100 dark:border-stone-700 dark:text-stone-300 dark:hover:bg-stone-800">
            {e.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
