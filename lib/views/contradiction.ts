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
});
export type ContradictionSummary = z.infer<typeof ContradictionSummary>;

/** Reports agreeing with one side, one entry per claim; `sourceCount` counts outlets, not claims. */
export const Corroboration = z.object({ sideClaimId: z.string(), sourceCount: z.number(), claims: z.array(ClaimView) });
export type Corroboration = z.infer<typeof Corroboration>;

export const ContradictionDetail = ContradictionSummary.extend({
  sides: z.array(ClaimView),
  corroborations: z.array(Corroboration),
});
export type ContradictionDetail = z.infer<typeof ContradictionDetail>;
