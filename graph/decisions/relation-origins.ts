/**
 * A RELATION edge is the union of its origins: each claim (or, for relations read from wording, each
 * article) that said "X BANS Y", with the entity ids X and Y as they were when it was written. The
 * edge sits between whatever those ids resolve to now, so after a merge or a split the edges are
 * rebuilt by grouping origins again instead of moving edges one by one, which is what duplicated
 * edges of one type between one pair. Origins are stored on the edge as strings (`origins`), because
 * Neo4j properties cannot hold maps; the separator is a control character no id contains.
 */
export const ORIGIN_SEP = "\u001f";

export type Origin = { articleId: string; claimId: string; fromId: string; toId: string };

export const encodeOrigin = (o: Origin): string => [o.articleId, o.claimId, o.fromId, o.toId].join(ORIGIN_SEP);

export function decodeOrigin(s: string): Origin | null {
  const [articleId, claimId, fromId, toId] = s.split(ORIGIN_SEP);
  return articleId !== undefined && claimId !== undefined && fromId && toId ? { articleId, claimId, fromId, toId } : null;
}

/** The origins one extracted relation adds: one per claim behind it, or one for the article when no claim is. */
export function originsOfRelation(articleId: string, r: { fromId: string; toId: string; claimIds: string[] }): string[] {
  const claims = r.claimIds.length > 0 ? [...new Set(r.claimIds)] : [""];
  return claims.map((claimId) => encodeOrigin({ articleId, claimId, fromId: r.fromId, toId: r.toId }));
}

export type StoredRelation = {
  type: string;
  startId: string;
  endId: string;
  claimIds: string[] | null;
  origins: string[] | null;
} & MergeStack;

/** Left by merges before origins existed: which entities each end was moved from. */
export type MergeStack = { viaStack: string[] | null; viaEnds: string[] | null };

/** Where an end of an edge moved by merges before origins existed pointed first: the bottom of its merge stack, else where it points now. */
export function firstWritten(e: MergeStack, end: "start" | "end", now: string): string {
  const i = (e.viaEnds ?? []).indexOf(end);
  return (i >= 0 ? e.viaStack?.[i] : undefined) ?? now;
}

const firstEnd = (e: StoredRelation, end: "start" | "end") => firstWritten(e, end, end === "start" ? e.startId : e.endId);

/** An edge's origins; claims recorded only in `claimIds` (edges written before origins) get one from the edge's own ends. */
export function originsOf(e: StoredRelation): Origin[] {
  const stored = (e.origins ?? []).flatMap((s) => decodeOrigin(s) ?? []);
  const covered = new Set(stored.map((o) => o.claimId));
  const legacy = (e.claimIds ?? []).filter((id) => !covered.has(id));
  const bare = e.origins === null && legacy.length === 0 ? [""] : [];
  const fromId = firstEnd(e, "start");
  const toId = firstEnd(e, "end");
  return [...stored, ...[...legacy, ...bare].map((claimId) => ({ articleId: "", claimId, fromId, toId }))];
}

export type RelationGroup = { type: string; fromId: string; toId: string; claimIds: string[]; origins: string[] };

/**
 * The edges the given edges' origins make once every entity id is resolved to its current entity.
 * Origins of one type whose ends resolve to one pair become one edge, with every claim once.
 */
export function regroupRelations(edges: StoredRelation[], resolve: (id: string) => string): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const e of edges) {
    for (const o of originsOf(e)) {
      const fromId = resolve(o.fromId);
      const toId = resolve(o.toId);
      const key = [e.type, fromId, toId].join(ORIGIN_SEP);
      const g = groups.get(key) ?? { type: e.type, fromId, toId, claimIds: [], origins: [] };
      const encoded = encodeOrigin(o);
      if (!g.origins.includes(encoded)) g.origins.push(encoded);
      if (o.claimId && !g.claimIds.includes(o.claimId)) g.claimIds.push(o.claimId);
      groups.set(key, g);
    }
  }
  return [...groups.values()];
}

/** Follows `mergedInto` links to the entity an id stands for now; a cycle (which a merge never makes) stops where it closes. */
export function resolveThrough(mergedInto: ReadonlyMap<string, string>): (id: string) => string {
  return (id) => {
    const seen = new Set<string>();
    let at = id;
    for (let next = mergedInto.get(at); next !== undefined && !seen.has(next); next = mergedInto.get(at)) {
      seen.add(at);
      at = next;
    }
    return at;
  };
}
