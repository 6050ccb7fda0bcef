import { z } from "zod";
import type { TimelineOptions } from "@/graph/queries/get-timeline";
import { TimelineKind } from "@/lib/views/timeline";
import { limitParam, listParam } from "./query-params";

const dayOrTime = z.string().regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, "must be a day (YYYY-MM-DD) or an ISO date-time");

/** The timeline URL (home page, `/api/timeline`, feeds): every filter lives here so views can be shared. */
export const TimelineParams = z.object({
  entity: z.string().min(1).max(200).optional(),
  dispute: z.string().min(1).max(200).optional(),
  source: z.string().min(1).max(200).optional(),
  kind: listParam(TimelineKind).optional(),
  from: dayOrTime.optional(),
  to: dayOrTime.optional(),
  asOf: dayOrTime.optional(),
  order: z.enum(["reported", "happened"]).default("reported"),
  cursor: z.string().min(1).max(500).optional(),
  limit: limitParam(200, 30),
});
export type TimelineParams = z.infer<typeof TimelineParams>;

export function toTimelineOptions(p: TimelineParams): TimelineOptions {
  return {
    entityId: p.entity,
    contradictionId: p.dispute,
    source: p.source,
    kinds: p.kind && p.kind.length > 0 ? p.kind : undefined,
    from: p.from,
    to: p.to,
    asOf: p.asOf,
    order: p.order,
    cursor: p.cursor,
    limit: p.limit,
  };
}
