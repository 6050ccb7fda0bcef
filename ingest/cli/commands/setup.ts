import type { Command } from "commander";
import { ensureJars, jarsPresent } from "@/graph/embedded/jars";
import { getConfig } from "@/lib/config";

export function registerSetup(program: Command): void {
  program
    .command("setup")
    .description("fetch the embedded Neo4j's jars from Maven Central (done automatically by `neo4j start`)")
    .action(() => {
      const { repoRoot } = getConfig();
      if (jarsPresent(repoRoot)) return console.log("Neo4j jars are present; nothing to do.");
      ensureJars(repoRoot, console.log);
      console.log("Neo4j jars fetched.");
    });
}
