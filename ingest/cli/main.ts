import { Command, CommanderError } from "commander";
import { closeDriver } from "@/graph/driver";
import { registerNeo4j } from "./commands/neo4j";
import { registerAnalystCommands } from "./commands/analyst/index";
import { registerExtract } from "./commands/extract";
import { registerFeeds } from "./commands/feeds";
import { registerIngest } from "./commands/ingest";
import { registerPoll } from "./commands/poll";
import { registerSetup } from "./commands/setup";
import { registerUp } from "./commands/up";
import { EXIT, exitFor } from "./exit-codes";

const program = new Command()
  .name("newsgraph")
  .description("Newsgraph: ingest news into a Neo4j knowledge graph and ask who says what.")
  .showHelpAfterError("(run with --help for usage)")
  .exitOverride();

registerUp(program);
registerSetup(program);
registerNeo4j(program);
registerIngest(program);
registerExtract(program);
registerFeeds(program);
registerPoll(program);
registerAnalystCommands(program);

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
