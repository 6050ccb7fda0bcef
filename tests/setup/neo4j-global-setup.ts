import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/graph/embedded/bolt-probe";
import { startEmbedded, stopEmbedded } from "@/graph/embedded/server";

/**
 * Starts one real embedded Neo4j for the integration project, on a free port with a throw-away data
 * directory, and points the tests at it. NEWSGRAPH_TEST_NEO4J_URI uses another server instead; tests
 * wipe that database, so never point it at data you keep.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const external = process.env.NEWSGRAPH_TEST_NEO4J_URI;
  if (external) {
    process.env.NEO4J_URI = external;
    return async () => {};
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "newsgraph-test-neo4j-"));
  const port = await freePort();
  await startEmbedded({ repoRoot: process.cwd(), dataDir, port, heapMb: 512, pageCacheMb: 64 });
  process.env.NEO4J_URI = `bolt://127.0.0.1:${port}`;
  return async () => {
    await stopEmbedded(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  };
}
