import { z } from "zod";
import { EntityRef } from "./claim";

export const EntitySummary = EntityRef.extend({ aliases: z.array(z.string()), mentionCount: z.number(), articleCount: z.number() });
export type EntitySummary = z.infer<typeof EntitySummary>;

export const RelatedEntity = EntityRef.extend({
  relation: z.string(),
  /** "out" when this entity is the relation's subject (Alibaba BANS Claude Code), "in" otherwise. */
  direction: z.enum(["out", "in"]),
  claimCount: z.number(),
});
export type RelatedEntity = z.infer<typeof RelatedEntity>;

/** A figure reported about the entity, with when it was reported, for plotting drift over time. */
export const FigurePoint = z.object({
  claimId: z.string(),
  predicate: z.string(),
  unit: z.string().nullable(),
  value: z.number(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: z.string().nullable(),
  text: z.string().nullable(),
  reportedAt: z.string().nullable(),
  source: z.string(),
});
export type FigurePoint = z.infer<typeof FigurePoint>;

export const EntityProfile = EntitySummary.extend({
  sourceCount: z.number(),
  firstSeenAt: z.string().nullable(),
  claimsByCount: z.number(),
  claimsAboutCount: z.number(),
  contradictionCount: z.number(),
  related: z.array(RelatedEntity),
  figures: z.array(FigurePoint),
  /** Entities merged into this one by a person or by alias matching (undo with a split). */
  mergedFrom: z.array(z.object({ id: z.string(), name: z.string(), decisionId: z.string(), reason: z.string().nullable() })),
});
export type EntityProfile = z.infer<typeof EntityProfile>;
