import neo4j from "neo4j-driver";
import { z } from "zod";
import { TimelineKind, TimelinePage, type TimelineItem } from "@/lib/views/timeline";
import { readRows } from "../driver";
import { boundMillis, decodeCursor, encodeCursor } from "./timeline-cursor";
import { TIMELINE } from "./timeline-cypher";

export const TimelineOptions = z.object({
  entityId: z.string().min(1).optional(),
  /** One dispute: its statements on every side, the events they describe and the articles carrying them. */
  contradictionId: z.string().min(1).optional(),
  /** A source id or name (case-insensitive). */
  source: z.string().min(1).optional(),
  kinds: z.array(TimelineKind).min(1).default(["article", "claim", "event"]),
  /** Bounds on the sort time (see `order`), as YYYY-MM-DD or ISO date-time. */
  from: z.string().optional(),
  to: z.string().optional(),
  /** Only what had been reported by then: items whose article was published at or before it. */
  asOf: z.string().optional(),
  /** "reported": by publication time; "happened": by event/claim date (publication time when it has none). */
  order: z.enum(["reported", "happened"]).default("reported"),
  direction: z.enum(["desc", "asc"]).default("desc"),
  limit: z.number().int().min(1).max(200).default(50),
  cursor: z.string().optional(),
});
export type TimelineOptions = z.input<typeof TimelineOptions>;

type Row = { item: TimelineItem & { sortKey: number } };

/** Articles, claims and events in time order with filters and an opaque cursor for the next page. */
export async function getTimeline(options: TimelineOptions = {}): Promise<TimelinePage> {
  const o = TimelineOptions.parse(options);
  const after = o.cursor ? decodeCursor(o.cursor) : null;
  const rows = await readRows<Row>(TIMELINE[o.direction], {
    entityId: o.entityId ?? null,
    contradictionId: o.contradictionId ?? null,
    source: o.source?.toLowerCase() ?? null,
    kinds: o.kinds,
    byHappened: o.order === "happened",
    from: boundMillis(o.from, "start"),
    to: boundMillis(o.to, "end"),
    asOf: boundMillis(o.asOf, "end"),
    afterT: after?.t ?? null,
    afterId: after?.id ?? null,
    limit: neo4j.int(o.limit + 1),
  });
  const page = rows.slice(0, o.limit).map((r) => r.item);
  const last = page[page.length - 1];
  const nextCursor = rows.length > o.limit && last ? encodeCursor({ t: last.sortKey, id: last.id }) : null;
  return TimelinePage.parse({ items: page.map(({ sortKey: _sortKey, ...item }) => item), nextCursor });
}
