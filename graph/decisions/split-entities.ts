import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { DecisionView } from "@/lib/views/decision";
import { DECISION_VIEW, DecisionInput, newDecisionId, parseDecision } from "./decision-record";
import { regroupIncomingAt } from "./regroup-incoming";
import { regroupRelationsAt } from "./regroup-relations";
import { inWriteTx } from "./write-tx";

export const SplitEntitiesInput = DecisionInput.extend({
  /** The entity that was merged away (its id from the merge decision). */
  fromId: z.string().min(1),
});
export type SplitEntitiesInput = z.input<typeof SplitEntitiesInput>;

const UNDO = `
MATCH (d:Decision {kind: 'merge', fromId: $fromId, active: true})
MATCH (f:MergedEntity {id: $fromId}), (t:Entity {id: d.intoId})
SET d.active = false, d.undoneAt = $at, d.undoneBy = $by
SET t.aliases = [x IN coalesce(t.aliases, []) WHERE NOT x IN coalesce(d.addedAliases, [])]
SET t.aliasText = reduce(s = '', x IN t.aliases | s + ' | ' + x)
REMOVE f:MergedEntity, f.mergedInto
SET f:Entity
RETURN d.intoId AS intoId`;

const FIND = `
MATCH (d:Decision {kind: 'merge', fromId: $fromId, active: true})
OPTIONAL MATCH (f:MergedEntity {id: $fromId})
RETURN d.intoId AS intoId, f.mergedInto AS heldBy`;

const KEEP_APART = `
MATCH (f:Entity {id: $fromId}), (t:Entity {id: $intoId})
CREATE (d:Decision {id: $id, kind: 'keep_apart', fromId: f.id, intoId: t.id, fromName: f.name, intoName: t.name,
                    by: $by, at: $at, reason: $reason, active: true})
RETURN ${DECISION_VIEW} AS decision`;

/**
 * Undoes a merge: the relationships that came from the merged entity go back to it, its names leave
 * the survivor's aliases, and a keep-apart decision stops the alias matcher from merging them again.
 */
export async function splitEntities(input: SplitEntitiesInput): Promise<DecisionView> {
  const o = SplitEntitiesInput.parse(input);
  const at = o.at ?? new Date().toISOString();
  return inWriteTx(async (run) => {
    const [found] = await run<{ intoId: string; heldBy: string | null }>(FIND, { fromId: o.fromId });
    if (!found) throw new AppError("NOT_FOUND", `No active merge of ${o.fromId}; see \`newsgraph decide list\`.`);
    const params = { fromId: o.fromId, intoId: found.intoId };
    await run(UNDO, { ...params, at, by: o.by });
    // The entity's edges may sit at the one it was merged into rather than where the decision now points, if that was split off since.
    const touched = [...new Set([o.fromId, found.intoId, found.heldBy ?? found.intoId])];
    await regroupIncomingAt(run, touched);
    await regroupRelationsAt(run, touched);
    const id = newDecisionId("keep_apart", o.fromId, found.intoId, at);
    const [row] = await run<{ decision: unknown }>(KEEP_APART, { ...params, id, at, by: o.by, reason: o.reason ?? "split of an earlier merge" });
    return parseDecision(row?.decision);
  });
}
