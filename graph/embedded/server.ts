import { spawn } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { portAnswers } from "./bolt-probe";
import { ensureJars, neo4jDir } from "./jars";

export type EmbeddedOptions = {
  repoRoot: string;
  dataDir: string;
  port: number;
  heapMb: number;
  pageCacheMb: number;
  log?: (line: string) => void;
};

export type EmbeddedStatus = { running: boolean; pid?: number; port?: number; dataDir: string };

const StateFile = z.object({ pid: z.number().int(), port: z.number().int() });

// The JVM flags Neo4j's own server start script passes on Java 17 for its off-heap and reflection use.
const JVM_OPENS = ["java.lang", "java.lang.reflect", "java.nio", "sun.nio.ch", "java.io", "java.util", "java.util.concurrent", "java.net"].flatMap(
  (p) => ["--add-opens", `java.base/${p}=ALL-UNNAMED`],
);

const stateFile = (dataDir: string) => path.join(dataDir, "newsgraph-neo4j.json");
const logFile = (dataDir: string) => path.join(dataDir, "neo4j-launcher.log");

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function embeddedStatus(dataDir: string): Promise<EmbeddedStatus> {
  const file = stateFile(dataDir);
  if (!existsSync(file)) return { running: false, dataDir };
  const state = StateFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!state.success || !pidAlive(state.data.pid)) return { running: false, dataDir };
  return { running: await portAnswers(state.data.port), pid: state.data.pid, port: state.data.port, dataDir };
}

/** Starts the embedded server detached and waits for Bolt; returns false when it was already running. */
export async function startEmbedded(opts: EmbeddedOptions): Promise<boolean> {
  const status = await embeddedStatus(opts.dataDir);
  if (status.running) return false;
  if (await portAnswers(opts.port)) {
    throw new AppError("CONFIG", `Port ${opts.port} is already taken by another program; pass --bolt-port N or set NEWSGRAPH_BOLT_PORT to a free port.`);
  }
  ensureJars(opts.repoRoot, opts.log);
  mkdirSync(opts.dataDir, { recursive: true });
  const out = openSync(logFile(opts.dataDir), "w");
  const args = [`-Xms${opts.heapMb}m`, `-Xmx${opts.heapMb}m`, ...JVM_OPENS, "-cp", "lib/*", "Launcher.java", opts.dataDir, String(opts.port), String(opts.pageCacheMb)];
  const child = spawn("java", args, { cwd: neo4jDir(opts.repoRoot), detached: true, stdio: ["ignore", out, out] });
  child.unref();
  if (child.pid === undefined) throw new AppError("CONFIG", "Could not start java; install Java 17 (apt-get install openjdk-17-jre-headless) or set NEO4J_URI.");
  writeFileSync(stateFile(opts.dataDir), JSON.stringify({ pid: child.pid, port: opts.port }));
  await waitForBolt(child.pid, opts);
  return true;
}

async function waitForBolt(pid: number, opts: EmbeddedOptions): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const log = existsSync(logFile(opts.dataDir)) ? readFileSync(logFile(opts.dataDir), "utf8") : "";
    if (log.includes("NEWSGRAPH_NEO4J_READY") && (await portAnswers(opts.port))) return;
    if (!pidAlive(pid)) {
      const tail = log.trim().split("\n").slice(-3).join(" | ");
      throw new AppError("DB_UNAVAILABLE", `Embedded Neo4j exited during start-up: ${tail || "no output"} (full log: ${logFile(opts.dataDir)}).`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new AppError("TIMEOUT", `Embedded Neo4j did not open Bolt on port ${opts.port} within 3 minutes; see ${logFile(opts.dataDir)}.`);
}

/** Stops the server started for dataDir; returns false when none was running. */
export async function stopEmbedded(dataDir: string): Promise<boolean> {
  const status = await embeddedStatus(dataDir);
  if (status.pid === undefined) return false;
  process.kill(status.pid, "SIGTERM");
  const deadline = Date.now() + 60_000;
  while (pidAlive(status.pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (pidAlive(status.pid)) process.kill(status.pid, "SIGKILL");
  rmSync(stateFile(dataDir), { force: true });
  return true;
}
