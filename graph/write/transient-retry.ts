import { Neo4jError } from "neo4j-driver";

/**
 * executeWrite already retries transient errors within its own budget; this outer loop also covers
 * the constraint race of two concurrent first-time MERGEs of one node, which surfaces as a
 * ConstraintValidationFailed and succeeds on a second attempt (the MERGE then matches).
 */
export async function withTransientRetry<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await work();
    } catch (e) {
      const retriable = e instanceof Neo4jError && (e.retriable || e.code === "Neo.ClientError.Schema.ConstraintValidationFailed");
      if (!retriable || i >= attempts) throw e;
      await new Promise((r) => setTimeout(r, 50 * 2 ** i + Math.random() * 50));
    }
  }
}
