import { afterAll } from "vitest";
import { closeDriver, readRows, writeRows } from "@/graph/driver";

/** Empties the test database (the global setup's throw-away server) so each file starts clean. */
export async function resetGraph(): Promise<void> {
  await writeRows("MATCH (n) DETACH DELETE n");
}

export function closeDriverAfterAll(): void {
  afterAll(async () => {
    await closeDriver();
  });
}

export type LabelCount = { label: string; n: number };
export type TypeCount = { type: string; n: number };

/** Nodes per (first) label, leaving out nodes carrying any of the `except` labels. */
export function nodeCounts(except: readonly string[] = []): Promise<LabelCount[]> {
  return readRows<LabelCount>(
    "MATCH (n) WHERE NOT any(l IN labels(n) WHERE l IN $except) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label",
    { except },
  );
}

/** Relationships per type. */
export function relationshipCounts(): Promise<TypeCount[]> {
  return readRows<TypeCount>("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type");
}

/** Node and relationship counts together, to check that an operation (or its undo) left the graph's size as it was. */
export async function graphCounts(except: readonly string[] = []): Promise<[LabelCount[], TypeCount[]]> {
  return [await nodeCounts(except), await relationshipCounts()];
}
