import type { Driver } from "neo4j-driver";
import { INCOMING_TYPES } from "./incoming-origins";
import { regroupIncomingAt } from "./regroup-incoming";
import { runIn } from "./run";

const MARK = "fold-incoming-twins";

const DONE = "MATCH (m:Migration {id: $mark}) RETURN m.id AS id";

/** Entities with two edges of one type from one start node: what merges left before they folded edges. */
const TWINS = `
MATCH (x)-[r]->(e) WHERE type(r) IN $types
WITH x, type(r) AS type, e, count(r) AS n WHERE n > 1
RETURN DISTINCT e.id AS id`;

const MARK_DONE = "MERGE (m:Migration {id: $mark}) ON CREATE SET m.at = toString(datetime())";

/**
 * One-off repair for databases built before merges folded incoming edges: folds each set of twins
 * into one edge with its origins, so counts are right and a later split still takes back its part.
 * It runs once (a Migration node records it), since finding twins reads every such edge; running it
 * again would find none anyway.
 */
export async function foldIncomingTwins(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      const run = runIn(tx);
      if ((await run(DONE, { mark: MARK })).length > 0) return;
      const ids = (await run<{ id: string }>(TWINS, { types: INCOMING_TYPES })).map((r) => r.id);
      if (ids.length > 0) await regroupIncomingAt(run, ids);
      await run(MARK_DONE, { mark: MARK });
    });
  } finally {
    await session.close();
  }
}
