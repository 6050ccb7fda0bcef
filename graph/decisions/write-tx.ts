import type { ManagedTransaction } from "neo4j-driver";
import { getConfig } from "@/lib/config";
import { ensureReady, getDriver } from "../driver";
import { runIn, type Run } from "./run";
import { withTransientRetry } from "../write/transient-retry";

/** A decision and its effect on the graph happen in one transaction: both or neither. */
export async function inWriteTx<T>(work: (run: Run) => Promise<T>): Promise<T> {
  await ensureReady();
  const session = getDriver().session({ database: getConfig().NEO4J_DATABASE });
  try {
    return await withTransientRetry(() =>
      session.executeWrite((tx: ManagedTransaction) => work(runIn(tx))),
    );
  } finally {
    await session.close();
  }
}
