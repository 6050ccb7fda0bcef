import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getContradiction } from "@/graph/queries/get-contradiction";
import { formatDateTime } from "@/lib/format";
import { IdParam } from "../../_lib/id-param";
import { KindBadge, SeverityBadge } from "../../components/badges";
import { DisputeSide } from "../../components/dispute-side";
import { EntityLinks } from "../../components/entity-links";
import { ReportTimeline } from "../../components/report-timeline";
import { Section } from "../../components/section";

export const dynamic = "force-dynamic";
/** generateMetadata and the page both need it: React cache() runs the graph query once per request. */
const getContradictionOnce = cache((id: string) => getContradiction(id));
type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = IdParam.safeParse((await params).id);
  return id.success ? getContradictionOnce(id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const d = await load(params);
  return { title: d ? `Dispute: ${d.explanation}` : "Dispute not found", alternates: d ? { types: { "application/atom+xml": [{ url: `/disputes/${d.id}/feed.xml`, title: `Dispute: ${d.explanation}` }] } } : undefined };
}

export default async function DisputePage({ params }: Props) {
  const d = await load(params);
  if (!d) notFound();
  const base = `/disputes/${encodeURIComponent(d.id)}`;
  return (
    <article className="space-y-6">
      <header className="border-b-2 border-stone-900 pb-4 dark:border-stone-100">
        <p className="flex flex-wrap items-center gap-2"><SeverityBadge severity={d.severity} /> <KindBadge kind={d.kind} />
          {d.latestReportedAt ? <span className="text-xs text-stone-500">latest report <time dateTime={d.latestReportedAt}>{formatDateTime(d.latestReportedAt)}</time></span> : null}
        </p>
        <h1 className="mt-2 font-serif text-3xl font-bold leading-tight">{d.explanation}</h1>
        <EntityLinks entities={d.entities} className="mt-3" />
        <p className="mt-3 flex flex-wrap gap-4 text-sm">
          <a href={`${base}/dossier.md`} className="underline-offset-2 hover:underline">Dossier (Markdown)</a>
          <a href={`${base}/dossier.json`} className="underline-offset-2 hover:underline">Dossier (JSON)</a>
          <a href={`${base}/feed.xml`} className="underline-offset-2 hover:underline">Follow (Atom feed)</a>
        </p>
      </header>
      <section aria-label="Sides" className="grid gap-6 md:grid-cols-2">
        {d.sides.map((side, i) => <DisputeSide key={side.id} side={side} index={i} group={d.corroborations.find((g) => g.sideClaimId === side.id)} />)}
      </section>
      <Section title="Who said what, when">
        <ReportTimeline claims={[...d.sides, ...d.corroborations.flatMap((g) => g.claims)]} />
      </Section>
    </article>
  );
}
