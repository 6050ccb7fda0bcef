import type { ManagedTransaction } from "neo4j-driver";
import { getConfig } from "@/lib/config";
import { ensureReady, getDriver } from "../driver";
import { toPlain } from "../to-plain";
import { withTransientRetry } from "../write/transient-retry";

export type Run = <T>(cypher: string, params?: Record<string, unknown>) => Promise<T[]>;

/** A decision and its effect on the graph happen in one transaction: both or neither. */
export async function inWriteTx<T>(work: (run: Run) => Promise<T>): Promise<T> {
  await ensureReady();
  const session = getDriver().session({ database: getConfig().NEO4J_DATABASE });
  try {
    return await withTransientRetry(() =>
      session.executeWrite((tx: ManagedTransaction) => {
        const run: Run = async <R>(cypher: string, params: Record<string, unknown> = {}) => {
          const result = await tx.run(cypher, params);
          return result.records.map((r) => toPlain(r.toObject()) as R);
        };
        return work(run);
      }),
    );
  } finally {
    await session.close();
  }
}
