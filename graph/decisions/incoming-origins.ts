import { firstWritten, type MergeStack } from "./relation-origins";

/**
 * The edges that point at an entity from an article, claim or event. A merge folds two entities'
 * edges from one start node into one edge (an article naming "Alibaba" and "Alibaba Group" mentions
 * the survivor once, with every mention); `origins` keeps the entity ids the edge was written for, and
 * on MENTIONS `mentionOf` says whose each mention was, so a split can take back exactly its part. Both
 * stay unset while an edge stands only for the entity it points at, as a fresh ingest writes it.
 */
export const INCOMING_TYPES = ["MENTIONS", "ASSERTED_BY", "ABOUT", "OBJECT", "INVOLVES"] as const;

export type StoredIncoming = MergeStack & {
  key: string;
  type: string;
  startKey: string;
  endId: string;
  origins: string[] | null;
  mentionOf: string[] | null;
  surfaces: string[] | null;
  starts: number[] | null;
  ends: number[] | null;
};

export type IncomingProps = {
  origins: string[] | null;
  mentionOf?: string[] | null;
  count?: number;
  surfaces?: string[];
  starts?: number[];
  ends?: number[];
};

export type IncomingGroup = { type: string; startKey: string; toId: string; keys: string[]; props: IncomingProps };

type Mention = { surface: string; start: number; end: number; of: string };

function originsOf(e: StoredIncoming): string[] {
  return e.origins && e.origins.length > 0 ? e.origins : [firstWritten(e, "end", e.endId)];
}

function mentionsOf(e: StoredIncoming): Mention[] {
  const origins = originsOf(e);
  const of = e.mentionOf?.length === e.starts?.length ? e.mentionOf : null;
  return (e.starts ?? []).map((start, i) => ({
    surface: e.surfaces?.[i] ?? "", start, end: e.ends?.[i] ?? start, of: of?.[i] ?? origins[0] ?? e.endId,
  }));
}

type Draft = { type: string; startKey: string; toId: string; keys: Set<string>; origins: Set<string>; mentions: Mention[] };

const byPosition = (a: Mention, b: Mention) => a.start - b.start || a.end - b.end || a.of.localeCompare(b.of);

function propsOf(d: Draft): IncomingProps {
  const origins = [...d.origins].sort();
  const foreign = origins.some((o) => o !== d.toId);
  const base = { origins: foreign ? origins : null };
  if (d.type !== "MENTIONS") return base;
  const ms = [...d.mentions].sort(byPosition);
  return {
    ...base, mentionOf: foreign ? ms.map((m) => m.of) : null, count: ms.length,
    surfaces: ms.map((m) => m.surface), starts: ms.map((m) => m.start), ends: ms.map((m) => m.end),
  };
}

/**
 * The edges the given edges make once each origin is resolved to the entity it stands for now: one
 * per start node, type and entity. Only groups that differ from an edge already there are returned,
 * so a merge rewrites what it folds and leaves the survivor's other edges alone.
 */
export function regroupIncoming(edges: StoredIncoming[], resolve: (id: string) => string): IncomingGroup[] {
  const drafts = new Map<string, Draft>();
  const draftFor = (e: StoredIncoming, toId: string): Draft => {
    const k = [e.startKey, e.type, toId].join("\u001f");
    const d = drafts.get(k) ?? { type: e.type, startKey: e.startKey, toId, keys: new Set(), origins: new Set(), mentions: [] };
    drafts.set(k, d);
    d.keys.add(e.key);
    return d;
  };
  for (const e of edges) {
    for (const o of originsOf(e)) draftFor(e, resolve(o)).origins.add(o);
    for (const m of mentionsOf(e)) draftFor(e, resolve(m.of)).mentions.push(m);
  }
  const uses = new Map<string, number>();
  for (const d of drafts.values()) for (const k of d.keys) uses.set(k, (uses.get(k) ?? 0) + 1);
  const endOf = new Map(edges.map((e) => [e.key, e.endId]));
  const untouched = (d: Draft) => d.keys.size === 1 && [...d.keys].every((k) => uses.get(k) === 1 && endOf.get(k) === d.toId);
  return [...drafts.values()]
    .filter((d) => !untouched(d))
    .map((d) => ({ type: d.type, startKey: d.startKey, toId: d.toId, keys: [...d.keys], props: propsOf(d) }));
}
