import { findEntity } from "@/graph/queries/find-entity";
import { AppError } from "@/lib/errors";
import type { EntitySummary } from "@/lib/views/entity";

/** An entity by name, alias or id (case-insensitive); the most mentioned one when several share a name. */
export async function lookupEntity(name: string): Promise<EntitySummary> {
  const [best] = await findEntity(name);
  if (!best) throw new AppError("NOT_FOUND", `No entity named "${name}"; list them with \`newsgraph entities\` or search with \`newsgraph search ${name}\`.`);
  return best;
}
