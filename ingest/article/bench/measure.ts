import { spawnSync } from "node:child_process";
import type { BenchPage } from "./load-corpus";
import type { System } from "./systems";

/**
 * Pages per second over several passes. The systems alternate which goes first in each pass so
 * neither profits from a warmer JIT or a collected heap; the best pass is reported (least noise).
 */
export function measureSpeed(systems: System[], pages: BenchPage[], passes: number): Map<string, number> {
  const best = new Map<string, number>(systems.map((s) => [s.name, 0]));
  for (let pass = 0; pass < passes; pass++) {
    const order = pass % 2 === 0 ? systems : [...systems].reverse();
    for (const system of order) {
      const start = process.hrtime.bigint();
      for (const page of pages) system.run(page);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      best.set(system.name, Math.max(best.get(system.name) ?? 0, pages.length / seconds));
    }
  }
  return best;
}

export type MemoryReport = { peakRssMb: number; baselineRssMb: number };

/** Runs one system alone in a fresh process (same tsx loader) so its peak RSS is its own. */
export function measureMemory(script: string, systemKey: string, extraArgs: string[]): MemoryReport | undefined {
  const child = spawnSync(process.execPath, [...process.execArgv, script, "--child", systemKey, ...extraArgs], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  const line = child.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as MemoryReport;
  } catch {
    process.stderr.write(`memory child for ${systemKey} failed: ${child.stderr.split("\n")[0] ?? ""}\n`);
    return undefined;
  }
}

/** Child side: corpus already loaded (baseline), then one pass; maxRSS is the process's peak. */
export function runChild(system: System, pages: BenchPage[]): MemoryReport {
  const baselineRssMb = process.memoryUsage().rss / 1048576;
  for (const page of pages) system.run(page);
  return { peakRssMb: process.resourceUsage().maxRSS / 1024, baselineRssMb };
}
