import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";

export function neo4jDir(repoRoot: string): string {
  return path.join(repoRoot, "graph", "neo4j");
}

export function jarsPresent(repoRoot: string): boolean {
  const lib = path.join(neo4jDir(repoRoot), "lib");
  return existsSync(lib) && readdirSync(lib).some((f) => f.startsWith("neo4j-kernel-"));
}

/** Fetches the Neo4j Community jars from Maven Central once; ~/.m2 caches them between clones. */
export function ensureJars(repoRoot: string, log: (line: string) => void = () => {}): void {
  if (jarsPresent(repoRoot)) return;
  log("Fetching Neo4j Community jars with Maven (first run only)...");
  const r = spawnSync("mvn", ["-q", "-B", "dependency:copy-dependencies", "-DoutputDirectory=lib", "-DincludeScope=runtime"], {
    cwd: neo4jDir(repoRoot),
    encoding: "utf8",
  });
  if (r.error || r.status !== 0) {
    const why = r.error?.message ?? (r.stdout + r.stderr).trim().split("\n").slice(-1)[0] ?? "unknown error";
    throw new AppError("CONFIG", `Could not fetch the Neo4j jars with Maven (${why}); check that mvn is installed and Maven Central is reachable, or set NEO4J_URI to an existing Neo4j 5.`);
  }
}
