import { z } from "zod";
import { AppError } from "@/lib/errors";
import { stableId } from "@/lib/hash";
import { DecisionView } from "@/lib/views/decision";

/** Who decided and why; `by` is a person's name or handle ("auto:alias" for the alias matcher). */
export const DecisionInput = z.object({
  by: z.string().trim().min(1, "say who decides (a name or handle)").max(120),
  reason: z.string().trim().max(1000).optional(),
  at: z.iso.datetime({ offset: true }).optional(),
});
export type DecisionInput = z.input<typeof DecisionInput>;

export const DECISION_VIEW = `d {.id, .kind, .fromId, .intoId, .fromName, .intoName, .by, .at, .reason, .active}`;

export function newDecisionId(kind: string, fromId: string, intoId: string | null, at: string): string {
  return stableId("dec", kind, fromId, intoId ?? "", at);
}

export function parseDecision(row: unknown): DecisionView {
  const parsed = DecisionView.safeParse(row);
  if (!parsed.success) throw new AppError("INTERNAL", `A stored decision has an unexpected shape: ${parsed.error.issues[0]?.message ?? ""}`);
  return parsed.data;
}

export function notFound(id: string): AppError {
  return new AppError("NOT_FOUND", `No entity with id ${id}; look it up with \`newsgraph entities\` or \`newsgraph entity <name>\`.`);
}
