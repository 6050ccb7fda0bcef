import neo4j from "neo4j-driver";
import { z } from "zod";
import { EntityType } from "@/lib/schemas";
import { EntitySummary } from "@/lib/views/entity";
import { readRows } from "../driver";
import { ENTITY_SUMMARY } from "./entity-fragments";

export const ListEntitiesOptions = z.object({
  type: EntityType.optional(),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type ListEntitiesOptions = z.input<typeof ListEntitiesOptions>;

/** Entities, most mentioned first, optionally of one type. */
export async function listEntities(options: ListEntitiesOptions = {}): Promise<EntitySummary[]> {
  const { type, limit } = ListEntitiesOptions.parse(options);
  const rows = await readRows<{ entity: unknown }>(
    `MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type
     ${ENTITY_SUMMARY}
     RETURN entity ORDER BY entity.mentionCount DESC, entity.name LIMIT $limit`,
    { type: type ?? null, limit: neo4j.int(limit) },
  );
  return rows.map((r) => EntitySummary.parse(r.entity));
}
