import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { listEntities } from "@/graph/queries/list-entities";
import { EntityType } from "@/lib/schemas";
import { withParams } from "../_lib/href";
import { entityHref } from "../_lib/labels";
import { pageQuery, type PageSearchParams } from "../_lib/query-params";
import { TypeBadge } from "../components/badges";
import { Notice } from "../components/notice";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Entities" };

const Params = z.object({ type: EntityType.optional().catch(undefined), done: z.string().optional(), name: z.string().optional() });

export default async function EntitiesPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const p = Params.parse(pageQuery(await searchParams));
  const entities = await listEntities({ type: p.type, limit: 500 });
  return (
    <section aria-labelledby="entities-heading" className="mx-auto max-w-4xl">
      <h1 id="entities-heading" className="border-b-2 border-stone-900 pb-2 font-serif text-3xl font-bold dark:border-stone-100">Entities</h1>
      {p.done === "rejected" ? <Notice tone="success">Rejected {p.name ?? "the entity"}: it is hidden everywhere and later ingests drop it.</Notice> : null}
      <nav aria-label="Entity types" className="my-4 flex flex-wrap gap-2 text-sm">
        {[undefined, ...EntityType.options].map((t) => (
          <Link key={t ?? "all"} href={withParams("/entities", { type: t })} aria-current={p.type === t ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${p.type === t ? "border-stone-900 bg-stone-900 text-white dark:border-stone-100 dark:bg-stone-100 dark:text-stone-900" : "border-stone-300 hover:bg-stone-100 dark:border-stone-700 dark:hover:bg-stone-800"}`}>
            {t ?? "All"}
          </Link>
        ))}
      </nav>
      {entities.length === 0 ? <p className="text-stone-500">No entities yet.</p> : (
        <ul className="divide-y divide-stone-200 dark:divide-stone-800">
          {entities.map((e) => (
            <li key={e.id} className="flex flex-wrap items-baseline gap-x-3 py-2">
              <TypeBadge type={e.type} />
              <Link href={entityHref(e.id)} className="font-serif text-lg font-semibold hover:underline">{e.name}</Link>
              {e.aliases.length > 0 ? <span className="text-sm text-stone-500">{e.aliases.slice(0, 4).join(" · ")}</span> : null}
              <span className="ml-auto text-xs tabular-nums text-stone-500">{e.mentionCount} mentions · {e.articleCount} articles</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
