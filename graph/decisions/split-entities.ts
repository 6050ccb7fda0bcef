import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { DecisionView } from "@/lib/views/decision";
import { DECISION_VIEW, DecisionInput, newDecisionId, parseDecision } from "./decision-record";
import { ENTITY_IN_ANY_STATE } from "./entity-in-any-state";
import { regroupIncomingAt } from "./regroup-incoming";
import { mergedIntoMap, regroupRelationsAt } from "./regroup-relations";
import { resolveThrough } from "./relation-origins";
import type { Run } from "./run";
import { inWriteTx } from "./write-tx";

export const SplitEntitiesInput = DecisionInput.extend({
  /** The entity that was merged away (its id from the merge decision). */
  fromId: z.string().min(1),
});
export type SplitEntitiesInput = z.input<typeof SplitEntitiesInput>;

/**
 * The active merge and the entity the merged one went into directly (`mergedInto`), which differs
 * from the decision's `intoId` (the end of the chain, where ingests land) once that one was merged on.
 */
const FIND = `
MATCH (d:Decision {kind: 'merge', fromId: $fromId, active: true})
OPTIONAL MATCH (f:MergedEntity {id: $fromId})
RETURN d.intoId AS intoId, coalesce(f.mergedInto, d.intoId) AS directId, coalesce(d.addedAliases, []) AS added`;

/**
 * One step up the chain: the names leave the entity (whatever its label), and if that entity is
 * itself merged on, the part of them its own merge passed on is taken out of that decision's record
 * and followed to the next entity.
 */
const TAKE_BACK_NAMES = `
WITH $id AS id
${ENTITY_IN_ANY_STATE}
SET n.aliases = [x IN coalesce(n.aliases, []) WHERE NOT x IN $names]
SET n.aliasText = reduce(s = '', x IN n.aliases | s + ' | ' + x)
WITH n
OPTIONAL MATCH (up:Decision {kind: 'merge', fromId: n.id, active: true}) WHERE n:MergedEntity
WITH n, up, [x IN coalesce(up.addedAliases, []) WHERE x IN $names] AS passed
FOREACH (_ IN CASE WHEN up IS NULL THEN [] ELSE [1] END |
  SET up.addedAliases = [x IN up.addedAliases WHERE NOT x IN passed])
RETURN CASE WHEN up IS NULL THEN null ELSE coalesce(n.mergedInto, up.intoId) END AS nextId, passed`;

const UNDO = `
MATCH (d:Decision {kind: 'merge', fromId: $fromId, active: true})
MATCH (f:MergedEntity {id: $fromId})
WITH d, f, $directId AS id
${ENTITY_IN_ANY_STATE}
SET d.active = false, d.undoneAt = $at, d.undoneBy = $by, d.intoId = n.id, d.intoName = n.name
REMOVE f:MergedEntity, f.mergedInto
SET f:Entity`;

/** Active merges that ended at the given entity, to be pointed again at the end of their chain now. */
const ENDING_AT = "MATCH (d:Decision {kind: 'merge', intoId: $intoId, active: true}) RETURN d.fromId AS fromId";

const POINT = `
UNWIND $moves AS m
MATCH (d:Decision {kind: 'merge', fromId: m.fromId, active: true}), (t:Entity {id: m.intoId})
SET d.intoId = t.id, d.intoName = t.name`;

const KEEP_APART = `
MATCH (f:Entity {id: $fromId})
WITH f, $intoId AS id
${ENTITY_IN_ANY_STATE}
CREATE (d:Decision {id: $id, kind: 'keep_apart', fromId: f.id, intoId: n.id, fromName: f.name, intoName: n.name,
                    by: $by, at: $at, reason: $reason, active: true})
RETURN ${DECISION_VIEW} AS decision`;

/**
 * Undoes a merge: the relationships that came from the merged entity go back to it, its names leave
 * the entity it was merged into (and every entity further up a chain of merges that got them through
 * it), and a keep-apart decision stops the alias matcher from merging them again. Merges that reached
 * their end through the split entity point at it again, so later ingests land there.
 */
export async function splitEntities(input: SplitEntitiesInput): Promise<DecisionView> {
  const o = SplitEntitiesInput.parse(input);
  const at = o.at ?? new Date().toISOString();
  return inWriteTx(async (run) => {
    const [found] = await run<{ intoId: string; directId: string; added: string[] }>(FIND, { fromId: o.fromId });
    if (!found) throw new AppError("NOT_FOUND", `No active merge of ${o.fromId}; see \`newsgraph decide list\`.`);
    await takeBackNames(run, found.directId, found.added);
    await run(UNDO, { fromId: o.fromId, directId: found.directId, at, by: o.by });
    await pointAgain(run, found.intoId);
    // The entity's edges may sit at the one it was merged into rather than where the decision pointed.
    const touched = [...new Set([o.fromId, found.intoId, found.directId])];
    await regroupIncomingAt(run, touched);
    await regroupRelationsAt(run, touched);
    const reason = o.reason ?? "split of an earlier merge";
    const decisions: DecisionView[] = [];
    // Apart from the entity it was merged into and, if that is merged on, from the live end of the chain the matcher sees.
    for (const intoId of [...new Set([found.directId, found.intoId])]) {
      const id = newDecisionId("keep_apart", o.fromId, intoId, at);
      const [row] = await run<{ decision: unknown }>(KEEP_APART, { fromId: o.fromId, intoId, id, at, by: o.by, reason });
      decisions.push(parseDecision(row?.decision));
    }
    return decisions[0]!;
  });
}

async function takeBackNames(run: Run, startId: string, added: string[]): Promise<void> {
  let names = added;
  let id: string | null = startId;
  const seen = new Set<string>();
  while (id !== null && names.length > 0 && !seen.has(id)) {
    seen.add(id);
    const [row]: { nextId: string | null; passed: string[] }[] = await run(TAKE_BACK_NAMES, { id, names });
    if (!row) return;
    id = row.nextId;
    names = row.passed;
  }
}

/** Points the active merges that ended at `endId` at the live entity their chain ends at now. */
async function pointAgain(run: Run, endId: string): Promise<void> {
  const rows = await run<{ fromId: string }>(ENDING_AT, { intoId: endId });
  if (rows.length === 0) return;
  const resolve = resolveThrough(await mergedIntoMap(run, rows.map((r) => r.fromId)));
  const moves = rows.map((r) => ({ fromId: r.fromId, intoId: resolve(r.fromId) })).filter((m) => m.intoId !== endId);
  if (moves.length > 0) await run(POINT, { moves });
}
