import { getEntity } from "@/graph/queries/get-entity";
import { getTimeline } from "@/graph/queries/get-timeline";
import { listClaimsAboutEntity } from "@/graph/queries/list-claims-about-entity";
import { listClaimsByEntity } from "@/graph/queries/list-claims-by-entity";
import { listContradictions } from "@/graph/queries/list-contradictions";
import { sourcesOf, type Dossier } from "./dossier-types";

/** An entity's dossier: its names, related parties, dated timeline, claims by and about it, disputes and sources. */
export async function loadEntityDossier(id: string, origin: string, now = new Date()): Promise<Dossier | null> {
  const entity = await getEntity(id);
  if (!entity) return null;
  const [by, about, disputes, timeline] = await Promise.all([
    listClaimsByEntity({ entityId: id, limit: 200 }),
    listClaimsAboutEntity({ entityId: id, limit: 200 }),
    listContradictions({ entityId: id, limit: 100 }),
    getTimeline({ entityId: id, kinds: ["event", "claim"], order: "happened", direction: "asc", limit: 200 }),
  ]);
  const aliases = entity.aliases.length > 0 ? ` Also known as ${entity.aliases.join(", ")}.` : "";
  return {
    kind: "entity",
    id,
    title: `${entity.name} (${entity.type})`,
    summary: `Mentioned ${entity.mentionCount} times in ${entity.articleCount} articles from ${entity.sourceCount} outlets.${aliases}`,
    url: `${origin}/entities/${encodeURIComponent(id)}`,
    generatedAt: now.toISOString(),
    parties: entity.related.map((r) => ({ id: r.id, name: r.name, type: r.type, role: r.direction === "out" ? `${entity.name} ${r.relation} ${r.name}` : `${r.name} ${r.relation} ${entity.name}` })),
    timeline: timeline.items.map((i) => ({ reportedAt: i.reportedAt, happenedAt: i.happenedAt, outlet: i.source, text: `${i.title}: ${i.text}`, kind: i.kind })),
    claims: [{ heading: `Claims made by ${entity.name}`, claims: by }, { heading: `Claims about ${entity.name}`, claims: about }],
    contradictions: disputes,
    sources: sourcesOf([...by, ...about]),
  };
}
