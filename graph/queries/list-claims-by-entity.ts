import neo4j from "neo4j-driver";
import { z } from "zod";
import { ClaimView } from "@/lib/views/claim";
import { readRows } from "../driver";
import { claimView } from "./claim-fragments";

export const ListClaimsOptions = z.object({ entityId: z.string().min(1), limit: z.number().int().min(1).max(500).default(100) });
export type ListClaimsOptions = z.input<typeof ListClaimsOptions>;

/** Claims the entity made (it is the speaker), newest report first. */
export async function listClaimsByEntity(options: ListClaimsOptions): Promise<ClaimView[]> {
  const { entityId, limit } = ListClaimsOptions.parse(options);
  const rows = await readRows<{ claim: unknown }>(
    `MATCH (c:Claim)-[:ASSERTED_BY]->(:Entity {id: $entityId})
     WITH DISTINCT c ORDER BY c.reportedAt DESC, c.start LIMIT $limit
     ${claimView("c")}
     RETURN cView AS claim`,
    { entityId, limit: neo4j.int(limit) },
  );
  return rows.map((r) => ClaimView.parse(r.claim));
}
