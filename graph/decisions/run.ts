import type { ManagedTransaction } from "neo4j-driver";
import { toPlain } from "../to-plain";

export type Run = <T>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;

/** Statements in one transaction, each answering plain rows; kept apart from write-tx so migrations can use it without the driver module. */
export function runIn(tx: ManagedTransaction): Run {
  return async <R>(cypher: string, params: Record<string, unknown> = {}) => {
    const result = await tx.run(cypher, params);
    return result.records.map((r) => toPlain(r.toObject()) as R);
  };
}
