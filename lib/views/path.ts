import { z } from "zod";
import { EntityRef } from "./claim";

/** `articleId` lets a reader open the quote in place in our stored copy; `url` is the outlet's page. */
export const EdgeClaim = z.object({ id: z.string(), quote: z.string(), source: z.string(), articleId: z.string(), url: z.string(), reportedAt: z.string().nullable() });
export type EdgeClaim = z.infer<typeof EdgeClaim>;

/** One relationship between two entities with the claims it was derived from. */
export const GraphEdge = z.object({ from: z.string(), to: z.string(), type: z.string(), claims: z.array(EdgeClaim) });
export type GraphEdge = z.infer<typeof GraphEdge>;

export const EntityPath = z.object({ nodes: z.array(EntityRef), edges: z.array(GraphEdge) });
export type EntityPath = z.infer<typeof EntityPath>;

export const EntityGraph = z.object({
  centerId: z.string(),
  nodes: z.array(EntityRef.extend({ mentionCount: z.number() })),
  edges: z.array(GraphEdge),
});
export type EntityGraph = z.infer<typeof EntityGraph>;
