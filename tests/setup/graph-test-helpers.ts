import { afterAll } from "vitest";
import { closeDriver, writeRows } from "@/graph/driver";

/** Empties the test database (the global setup's throw-away server) so each file starts clean. */
export async function resetGraph(): Promise<void> {
  await writeRows("MATCH (n) DETACH DELETE n");
}

export function closeDriverAfterAll(): void {
  afterAll(async () => {
    await closeDriver();
  });
}
