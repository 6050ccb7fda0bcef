import type { ManagedTransaction } from "neo4j-driver";
import type { Extraction } from "@/lib/schemas";

export type ResolvedExtraction = Extraction;

type Decision = { kind: "merge" | "reject"; fromId: string; intoId: string | null };

/**
 * Applies people's stored decisions to a fresh extraction before it is written: an entity merged
 * by hand into another is written as that other one, and a rejected "entity" is dropped (claims keep
 * their quote but lose the link). Automatic resolution is the extractor's stable id (type + name key),
 * so "Alibaba" and "Alibaba Group" from different outlets already meet on one node.
 */
export async function resolveEntityIds(tx: ManagedTransaction, x: Extraction): Promise<ResolvedExtraction> {
  const ids = x.entities.map((e) => e.id);
  const result = await tx.run(
    "MATCH (d:Decision) WHERE d.active AND d.kind IN ['merge', 'reject'] AND d.fromId IN $ids RETURN d.kind AS kind, d.fromId AS fromId, d.intoId AS intoId",
    { ids },
  );
  const decisions = result.records.map((r) => r.toObject() as Decision);
  if (decisions.length === 0) return x;
  const target = new Map<string, string | null>(decisions.map((d) => [d.fromId, d.kind === "merge" ? d.intoId : null]));
  const map = (id: string): string | null => (target.has(id) ? (target.get(id) ?? null) : id);
  const keep = (id: string | undefined) => (id === undefined ? undefined : (map(id) ?? undefined));
  const list = (xs: string[]) => [...new Set(xs.map(map).filter((v): v is string => v !== null))];
  return {
    ...x,
    entities: x.entities.flatMap((e) => {
      const id = map(e.id);
      return id === null ? [] : [{ ...e, id }];
    }),
    claims: x.claims.map((c) => ({ ...c, speakerId: keep(c.speakerId), subjectId: keep(c.subjectId), objectIds: list(c.objectIds) })),
    events: x.events.map((ev) => ({ ...ev, entityIds: list(ev.entityIds) })),
    relations: x.relations.flatMap((r) => {
      const fromId = map(r.fromId);
      const toId = map(r.toId);
      return fromId === null || toId === null || fromId === toId ? [] : [{ ...r, fromId, toId }];
    }),
  };
}
