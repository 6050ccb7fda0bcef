import { Command, CommanderError } from "commander";
import { closeDriver } from "@/graph/driver";
import { registerNeo4j } from "./commands/neo4j";
import { EXIT, exitFor } from "./exit-codes";

const program = new Command()
  .name("newsgraph")
  .description("Newsgraph: ingest news into a Neo4j knowledge graph and ask who says what.")
  .showHelpAfterError("(run with --help for usage)")
  .exitOverride();

registerNeo4j(program);

async function main(): Promise<void> {
  try {
    await program.parseAsync(process.argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    const { message, code } = exitFor(e);
    console.error(message);
    process.exitCode = code;
  } finally {
    await closeDriver();
  }
}

await main();
