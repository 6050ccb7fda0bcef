import { EntitySummary } from "@/lib/views/entity";
import { readRows } from "../driver";
import { ENTITY_SUMMARY } from "./entity-fragments";

/**
 * Entities whose id, name or any alias equals `name` (case-insensitive), most mentioned first, so
 * the CLI and app can accept "alibaba" for "Alibaba Group".
 */
export async function findEntity(name: string): Promise<EntitySummary[]> {
  const rows = await readRows<{ entity: unknown }>(
    `WITH toLower(trim($name)) AS q
     MATCH (e:Entity)
     WHERE e.id = $name OR toLower(e.name) = q OR any(x IN coalesce(e.aliases, []) WHERE toLower(x) = q)
     ${ENTITY_SUMMARY}
     RETURN entity ORDER BY entity.mentionCount DESC, entity.name`,
    { name },
  );
  return rows.map((r) => EntitySummary.parse(r.entity));
}
