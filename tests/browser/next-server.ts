import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const NEXT_BIN = (root: string) => path.join(root, "node_modules", "next", "dist", "bin", "next");
const SOURCE_DIRS = ["app", "graph", "lib", "public"];

function newestSourceMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".") || entry.name === "screenshots") continue;
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** A build is reused locally when it is newer than every source file; CI always builds. */
export function buildIsCurrent(root: string, ci: boolean): boolean {
  const id = path.join(root, ".next", "BUILD_ID");
  if (ci || !existsSync(id)) return false;
  const built = statSync(id).mtimeMs;
  return SOURCE_DIRS.every((d) => newestSourceMtime(path.join(root, d)) < built) && statSync(path.join(root, "next.config.ts")).mtimeMs < built;
}

export function buildApp(root: string): void {
  const r = spawnSync(process.execPath, [NEXT_BIN(root), "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error(`next build failed with status ${r.status}`);
}

/** `next start` on 127.0.0.1:port in its own process group, so teardown stops it and its children. */
export async function startApp(root: string, port: number, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, [NEXT_BIN(root), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const log: string[] = [];
  child.stdout?.on("data", (b: Buffer) => log.push(b.toString()));
  child.stderr?.on("data", (b: Buffer) => process.stderr.write(`[next] ${b.toString()}`));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}: ${log.join("")}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/entities?limit=1`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  stopApp(child);
  throw new Error(`next start did not answer within 60 s: ${log.join("")}`);
}

export function stopApp(child: ChildProcess): void {
  if (child.pid && child.exitCode === null) {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}
