import type { TestProject } from "vitest/node";
import { closeDriver } from "@/graph/driver";
import { freePort } from "@/graph/embedded/bolt-probe";
import { resetConfig } from "@/lib/config";
import startNeo4j from "../setup/neo4j-global-setup";
import { loadCorpus } from "./load-corpus";
import { buildApp, buildIsCurrent, startApp, stopApp } from "./next-server";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * The browser tests' world: a real Neo4j loaded with the sample corpus, the production build of the
 * app (`next build`, always in CI), and `next start` on a free port. Everything stops afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = process.cwd();
  const stopNeo4j = await startNeo4j();
  try {
    resetConfig();
    const corpus = await loadCorpus(root);
    console.log(`[browser tests] ingested ${corpus.articles} sample articles`);
    await closeDriver();
    if (buildIsCurrent(root, Boolean(process.env.CI))) console.log("[browser tests] reusing the current .next build");
    else buildApp(root);
    const port = await freePort();
    // A short console time limit lets the limit test stop a slow query in seconds, not the default five.
    const app = await startApp(root, port, { NEO4J_URI: process.env.NEO4J_URI ?? "", NEWSGRAPH_CONSOLE_TIMEOUT_MS: "2500" });
    project.provide("baseUrl", `http://127.0.0.1:${port}`);
    return async () => {
      stopApp(app);
      await stopNeo4j();
    };
  } catch (e) {
    // A failed setup must not leave the database running (and vitest waiting on it).
    await closeDriver();
    await stopNeo4j();
    throw e;
  }
}
