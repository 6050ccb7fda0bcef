import { z } from "zod";
import { EntityRef } from "./claim";

export const TimelineKind = z.enum(["article", "claim", "event"]);
export type TimelineKind = z.infer<typeof TimelineKind>;

/**
 * One entry of a timeline. `happenedAt` is when the thing took place (an event or claim date, a
 * calendar day) and `reportedAt` when an outlet published it; the two are never mixed.
 */
export const TimelineItem = z.object({
  kind: TimelineKind,
  id: z.string(),
  title: z.string(),
  text: z.string(),
  happenedAt: z.string().nullable(),
  reportedAt: z.string().nullable(),
  source: z.string().nullable(),
  sourceId: z.string().nullable(),
  articleId: z.string().nullable(),
  url: z.string().nullable(),
  entities: z.array(EntityRef),
  /** Event kind or claim predicate; null for articles. */
  label: z.string().nullable(),
});
export type TimelineItem = z.infer<typeof TimelineItem>;

export const TimelinePage = z.object({ items: z.array(TimelineItem), nextCursor: z.string().nullable() });
export type TimelinePage = z.infer<typeof TimelinePage>;
