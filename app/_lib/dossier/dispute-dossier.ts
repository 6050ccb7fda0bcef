import type { ContradictionDetail } from "@/lib/views/contradiction";
import { KIND_LABEL } from "../labels";
import { claimTimeline, sourcesOf, type Dossier } from "./dossier-types";

/** A dispute's dossier: both sides, who backs each, every report in order of publication. */
export function disputeDossier(d: ContradictionDetail, origin: string, now = new Date()): Dossier {
  const corroborating = d.corroborations.flatMap((g) => g.claims);
  const all = [...d.sides, ...corroborating];
  return {
    kind: "dispute",
    id: d.id,
    title: `${KIND_LABEL[d.kind]}: ${d.explanation}`,
    summary: `${d.severity} severity ${KIND_LABEL[d.kind].toLowerCase()} between ${d.sources.join(", ") || "reports"}.`,
    url: `${origin}/disputes/${encodeURIComponent(d.id)}`,
    generatedAt: now.toISOString(),
    parties: d.entities,
    timeline: claimTimeline(all),
    claims: d.sides.map((side, i) => {
      const group = d.corroborations.find((g) => g.sideClaimId === side.id);
      const outlets = group?.sourceCount ?? 1;
      return { heading: `Side ${String.fromCharCode(65 + i)} (${outlets} outlet${outlets === 1 ? "" : "s"})`, claims: [side, ...(group?.claims ?? [])] };
    }),
    contradictions: [{ id: d.id, kind: d.kind, severity: d.severity, explanation: d.explanation, entities: d.entities, sources: d.sources, latestReportedAt: d.latestReportedAt, detectedAt: d.detectedAt }],
    sources: sourcesOf(all),
  };
}
