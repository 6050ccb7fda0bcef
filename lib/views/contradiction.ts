import { z } from "zod";
import { ClaimView, EntityRef } from "./claim";

export const ContradictionKind = z.enum(["figure_mismatch", "figure_discrepancy", "date_mismatch", "denial", "competing_explanation"]);
export type ContradictionKind = z.infer<typeof ContradictionKind>;
export const Severity = z.enum(["low", "medium", "high"]);
export type Severity = z.infer<typeof Severity>;

export const ContradictionSummary = z.object({
  id: z.string(),
  kind: ContradictionKind,
  severity: Severity,
  explanation: z.string(),
  /** Entities the two sides are about or spoken by. */
  entities: z.array(EntityRef),
  sources: z.array(z.string()),
  /** Publication time of the most recent side. */
  latestReportedAt: z.string().nullable(),
  detectedAt: z.string().nullable(),
  /** How many positions the dispute has (two, or more for explanations by several parties). */
  sideCount: z.number().optional(),
  /** How many statements, across all sides and outlets, the dispute groups. */
  claimCount: z.number().optional(),
});
export type ContradictionSummary = z.infer<typeof ContradictionSummary>;

/**
 * One side of a dispute beyond its representative claim (`sideClaimId`, listed in `sides`): every
 * other statement of that side, one entry per claim. `sourceCount` counts the side's outlets (the
 * representative's included), not claims; `otherSources` names the outlets besides the
 * representative's. The optional fields are always set by getContradiction.
 */
export const Corroboration = z.object({
  sideClaimId: z.string(),
  sourceCount: z.number(),
  claims: z.array(ClaimView),
  /** The side's position in a few words: "about 25,000", "2026-07-10 (July 10)", "Alibaba Group denies", "Anthropic". */
  label: z.string().optional(),
  /** Every outlet on the side, the representative's first. */
  sources: z.array(z.string()).optional(),
  otherSources: z.array(z.string()).optional(),
});
export type Corroboration = z.infer<typeof Corroboration>;

export const ContradictionDetail = ContradictionSummary.extend({
  sides: z.array(ClaimView),
  corroborations: z.array(Corroboration),
});
export type ContradictionDetail = z.infer<typeof ContradictionDetail>;
