import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { listDecisions } from "@/graph/decisions/list-decisions";
import { getEntity } from "@/graph/queries/get-entity";
import { getTimeline } from "@/graph/queries/get-timeline";
import { listClaimsAboutEntity } from "@/graph/queries/list-claims-about-entity";
import { listClaimsByEntity } from "@/graph/queries/list-claims-by-entity";
import { listContradictions } from "@/graph/queries/list-contradictions";
import { listEntities } from "@/graph/queries/list-entities";
import { EDITOR_COOKIE } from "../../_lib/editor";
import { IdParam } from "../../_lib/id-param";
import { pageQuery, type PageSearchParams } from "../../_lib/query-params";
import { ClaimList } from "../../components/claim-list";
import { CorrectionsPanel } from "../../components/corrections-panel";
import { DisputeList } from "../../components/dispute-list";
import { EntityHeader } from "../../components/entity-header";
import { chartGroups, FigureChart } from "../../components/figure-chart";
import { Notice } from "../../components/notice";
import { RelatedEntities } from "../../components/related-entities";
import { Section } from "../../components/section";
import { TimelineEntry } from "../../components/timeline-entry";

export const dynamic = "force-dynamic";
/** generateMetadata and the page both need it: React cache() runs the graph query once per request. */
const getEntityOnce = cache((id: string) => getEntity(id));
type Props = { params: Promise<{ id: string }>; searchParams: Promise<PageSearchParams> };

async function entityOf(params: Props["params"]) {
  const id = IdParam.safeParse((await params).id);
  return id.success ? getEntityOnce(id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const e = await entityOf(params);
  return { title: e?.name ?? "Entity not found", alternates: e ? { types: { "application/atom+xml": [{ url: `/entities/${e.id}/feed.xml`, title: `${e.name} · Newsgraph` }] } } : undefined };
}

export default async function EntityPage({ params, searchParams }: Props) {
  const entity = await entityOf(params);
  if (!entity) notFound();
  const query = pageQuery(await searchParams);
  const id = entity.id;
  const [timeline, by, about, disputes, decisions, candidates, jar] = await Promise.all([
    getTimeline({ entityId: id, limit: 15 }), listClaimsByEntity({ entityId: id, limit: 50 }), listClaimsAboutEntity({ entityId: id, limit: 50 }),
    listContradictions({ entityId: id, limit: 20 }), listDecisions({ entityId: id, limit: 20 }), listEntities({ limit: 500 }), cookies(),
  ]);
  const charts = chartGroups(entity.figures);
  return (
    <div className="space-y-8">
      <EntityHeader entity={entity} disputes={disputes.length} />
      {typeof query.done === "string" ? <Notice tone="success">Done: {query.done}. The decision is stored and later ingests respect it.</Notice> : null}
      {typeof query.error === "string" ? <Notice tone="error">{query.error}</Notice> : null}
      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-8">
          {disputes.length > 0 ? <Section title="Disputes" accent><DisputeList disputes={disputes} /></Section> : null}
          {charts.length > 0 ? <Section title="Figures over time"><div className="grid gap-4">{charts.map((c) => <FigureChart key={c.title} {...c} />)}</div></Section> : null}
          <div className="grid gap-8 xl:grid-cols-2">
            <Section title={`Claims by ${entity.name}`}><ClaimList claims={by} empty={`${entity.name} is not quoted yet.`} /></Section>
            <Section title={`Claims about ${entity.name}`}><ClaimList claims={about} empty="No claims about it yet." /></Section>
          </div>
          <Section title="Timeline" more={{ href: `/?entity=${encodeURIComponent(id)}`, label: "Full timeline" }}>
            <ol>{timeline.items.map((i) => <TimelineEntry key={`${i.kind}-${i.id}`} item={i} isNew={false} />)}</ol>
          </Section>
        </div>
        <aside className="space-y-8">
          <Section title="Related entities" more={{ href: `/explore?entity=${encodeURIComponent(id)}`, label: "Explore" }}><RelatedEntities entity={entity} /></Section>
          <Section title="Corrections" id="corrections">
            <CorrectionsPanel entity={entity} candidates={candidates} decisions={decisions} editor={jar.get(EDITOR_COOKIE)?.value ?? ""} />
          </Section>
        </aside>
      </div>
      <p className="text-sm"><Link href="/entities" className="hover:underline">← All entities</Link></p>
    </div>
  );
}
