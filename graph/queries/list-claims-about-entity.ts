import neo4j from "neo4j-driver";
import { ClaimView } from "@/lib/views/claim";
import { readRows } from "../driver";
import { claimView } from "./claim-fragments";
import { ListClaimsOptions } from "./list-claims-by-entity";

/** Claims about the entity (it is the subject or an object), whoever made them, newest report first. */
export async function listClaimsAboutEntity(options: ListClaimsOptions): Promise<ClaimView[]> {
  const { entityId, limit } = ListClaimsOptions.parse(options);
  const rows = await readRows<{ claim: unknown }>(
    `MATCH (c:Claim)-[:ABOUT|OBJECT]->(:Entity {id: $entityId})
     WITH DISTINCT c ORDER BY c.reportedAt DESC, c.start LIMIT $limit
     ${claimView("c")}
     RETURN cView AS claim`,
    { entityId, limit: neo4j.int(limit) },
  );
  return rows.map((r) => ClaimView.parse(r.claim));
}
