import path from "node:path";
import type { Command } from "commander";
import { z } from "zod";
import { embeddedStatus, startEmbedded, stopEmbedded } from "@/graph/embedded/server";
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { parseOptions, PortOption } from "../parse-args";

const StartOptions = z.object({ data: z.string().min(1).optional(), boltPort: PortOption.optional() });

export function dataDirOf(data?: string): string {
  const c = getConfig();
  return data ? path.resolve(data) : path.join(c.NEWSGRAPH_HOME, "neo4j-data");
}

function refuseWhenExternal(): void {
  const c = getConfig();
  if (!c.embedded) throw new AppError("USAGE", `NEO4J_URI is set (${c.neo4jUri}), so the embedded server is not used; unset NEO4J_URI to manage it.`);
}

export function registerNeo4j(program: Command): void {
  const neo4j = program.command("neo4j").description("manage the embedded Neo4j server (not used when NEO4J_URI is set)");
  neo4j
    .command("start")
    .description("start the embedded Neo4j and wait until Bolt answers")
    .option("--data <dir>", "data directory (default: $NEWSGRAPH_HOME/neo4j-data)")
    .option("--bolt-port <n>", "Bolt port on 127.0.0.1 (default: $NEWSGRAPH_BOLT_PORT or 7687)")
    .action(async (raw: unknown) => {
      refuseWhenExternal();
      const opts = parseOptions(StartOptions, raw);
      const c = getConfig();
      const port = opts.boltPort ?? c.NEWSGRAPH_BOLT_PORT;
      const dataDir = dataDirOf(opts.data);
      const started = await startEmbedded({ repoRoot: c.repoRoot, dataDir, port, heapMb: c.NEWSGRAPH_NEO4J_HEAP_MB, pageCacheMb: c.NEWSGRAPH_NEO4J_PAGECACHE_MB, log: console.log });
      const status = await embeddedStatus(dataDir);
      console.log(started ? `Neo4j started: bolt://127.0.0.1:${port} (data: ${dataDir})` : `Neo4j is already running: bolt://127.0.0.1:${status.port} (data: ${dataDir}); nothing to do.`);
    });
  neo4j
    .command("stop")
    .description("stop the embedded Neo4j")
    .option("--data <dir>", "data directory of the server to stop")
    .action(async (raw: { data?: string }) => {
      refuseWhenExternal();
      const dataDir = dataDirOf(parseOptions(StartOptions, raw).data);
      console.log((await stopEmbedded(dataDir)) ? "Neo4j stopped." : `No embedded Neo4j is running for ${dataDir}.`);
    });
  neo4j
    .command("status")
    .description("say whether the embedded Neo4j is running")
    .option("--data <dir>", "data directory to check")
    .action(async (raw: { data?: string }) => {
      const c = getConfig();
      if (!c.embedded) return console.log(`Using external Neo4j at ${c.neo4jUri} (NEO4J_URI).`);
      const s = await embeddedStatus(dataDirOf(parseOptions(StartOptions, raw).data));
      console.log(s.running ? `running: bolt://127.0.0.1:${s.port} pid ${s.pid} (data: ${s.dataDir})` : `stopped (data: ${s.dataDir})`);
      if (!s.running) process.exitCode = 3;
    });
}
