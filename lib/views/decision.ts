import { z } from "zod";

export const DecisionKind = z.enum(["merge", "reject", "keep_apart"]);
export type DecisionKind = z.infer<typeof DecisionKind>;

/** A person's (or the alias matcher's, by = "auto:alias") correction of entity resolution. */
export const DecisionView = z.object({
  id: z.string(),
  kind: DecisionKind,
  fromId: z.string(),
  intoId: z.string().nullable(),
  fromName: z.string().nullable(),
  intoName: z.string().nullable(),
  by: z.string(),
  at: z.string(),
  reason: z.string().nullable(),
  active: z.boolean(),
});
export type DecisionView = z.infer<typeof DecisionView>;
