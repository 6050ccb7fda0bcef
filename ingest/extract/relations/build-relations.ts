import type { Claim, ExtractedRelation } from "@/lib/schemas/extraction";
import type { EntityIndex } from "../entities/resolve";
import { ACCUSING_ACTS } from "../claims/speech-acts";
import { findMakers } from "./makers";
import { findAffiliations } from "./affiliations";

const BY_PREDICATE: Record<string, ExtractedRelation["type"]> = { bans: "BANS", blocks: "BLOCKS", restricts_sales: "RESTRICTS", restricts: "RESTRICTS" };

/** Entity-to-entity relations: from claims (who bans, blocks, accuses whom) and from wording (makers, affiliates). */
export function buildRelations(text: string, index: EntityIndex, claims: Claim[]): ExtractedRelation[] {
  const out = new Map<string, ExtractedRelation>();
  const add = (type: ExtractedRelation["type"], fromId: string, toId: string, claimId?: string) => {
    if (fromId === toId) return;
    const key = `${type}|${fromId}|${toId}`;
    const r = out.get(key) ?? { type, fromId, toId, claimIds: [] };
    if (claimId && !r.claimIds.includes(claimId)) r.claimIds.push(claimId);
    out.set(key, r);
  };
  const typeOf = (id: string) => index.byId.get(id)?.type;
  for (const c of claims) {
    const rel = BY_PREDICATE[c.predicate];
    if (rel && c.subjectId && c.polarity === "positive") {
      for (const o of c.objectIds) if (rel !== "BLOCKS" || typeOf(o) === "ORG" || typeOf(o) === "GOV") add(rel, c.subjectId, o, c.id);
    }
    if (ACCUSING_ACTS.has(c.speechAct) && c.speakerId && c.subjectId && typeOf(c.subjectId) !== "PRODUCT") add("ACCUSES", c.speakerId, c.subjectId, c.id);
    if (c.speechAct === "denied" && c.speakerId) for (const other of claims) if (other.polarity === "positive" && other.predicate === c.predicate && other.speakerId && other.speakerId !== c.speakerId) add("DENIES", c.speakerId, other.speakerId, c.id);
  }
  for (const [from, to] of findMakers(text, index)) add("MAKES", from, to);
  for (const [from, to] of findAffiliations(text, index)) add("AFFILIATED_WITH", from, to);
  return [...out.values()];
}
