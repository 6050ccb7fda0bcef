import Link from "next/link";
import type { ReactNode } from "react";

/** A titled block of a page, in the newsroom style: small caps rule above, optional "more" link. */
export function Section({ title, children, more, accent = false, id }: { title: string; children: ReactNode; more?: { href: string; label: string }; accent?: boolean; id?: string }) {
  const headingId = `${id ?? title.toLowerCase().replace(/\W+/g, "-")}-heading`;
  return (
    <section id={id} aria-labelledby={headingId}>
      <div className="mb-3 flex items-baseline justify-between border-b border-stone-300 pb-1 dark:border-stone-700">
        <h2 id={headingId} className={`text-xs font-bold uppercase tracking-widest ${accent ? "text-red-700 dark:text-red-400" : "text-stone-500 dark:text-stone-400"}`}>{title}</h2>
        {more ? <Link href={more.href} className="text-xs hover:underline">{more.label} →</Link> : null}
      </div>
      {children}
    </section>
  );
}
