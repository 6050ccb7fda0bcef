import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { AppError } from "./errors";

/** The one reader of process.env. Every key is listed, with an example, in .env.example and README. */
const intIn = (min: number, max: number, example: string) =>
  z.coerce
    .number({ error: `must be a whole number, e.g. ${example}` })
    .int(`must be a whole number, e.g. ${example}`)
    .min(min, `must be at least ${min}, e.g. ${example}`)
    .max(max, `must be at most ${max}, e.g. ${example}`);

const EnvSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, "must be a Bolt or Neo4j URI, e.g. neo4j://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().default(""),
  NEO4J_DATABASE: z.string().regex(/^[a-z0-9.-]+$/i, "must be a database name, e.g. neo4j").default("neo4j"),
  NEWSGRAPH_HOME: z.string().min(1).default(".newsgraph"),
  NEWSGRAPH_BOLT_PORT: intIn(1024, 65535, "7687").default(7687),
  NEWSGRAPH_NEO4J_HEAP_MB: intIn(128, 16384, "512").default(512),
  NEWSGRAPH_NEO4J_PAGECACHE_MB: intIn(16, 16384, "256").default(256),
  NEWSGRAPH_USER_AGENT: z.string().min(3).default("Newsgraph/0.1 (+https://github.com/newsgraph; news research bot)"),
  NEWSGRAPH_FETCH_CONCURRENCY: intIn(1, 32, "2").default(2),
  NEWSGRAPH_FETCH_DELAY_MS: intIn(0, 60_000, "1000").default(1000),
  NEWSGRAPH_FETCH_TIMEOUT_MS: intIn(100, 600_000, "20000").default(20_000),
  NEWSGRAPH_MAX_BODY_BYTES: intIn(1024, 100_000_000, "5000000").default(5_000_000),
  NEWSGRAPH_CONSOLE_TIMEOUT_MS: intIn(100, 60_000, "5000").default(5000),
  NEWSGRAPH_CONSOLE_ROW_LIMIT: intIn(1, 10_000, "500").default(500),
  NEWSGRAPH_CORPUS: z.string().min(1).default("../shared/corpus"),
});

export type Config = z.infer<typeof EnvSchema> & {
  /** The Bolt URI actually used: NEO4J_URI, or the embedded server's loopback address. */
  neo4jUri: string;
  embedded: boolean;
  repoRoot: string;
};

let cached: Config | undefined;

/** Reads .env.local (if present, without overriding real env) and validates once. */
export function getConfig(env: NodeJS.ProcessEnv = process.env): Config {
  if (cached && env === process.env) return cached;
  const repoRoot = findRepoRoot();
  const local = path.join(repoRoot, ".env.local");
  if (env === process.env && existsSync(local)) process.loadEnvFile(local);
  const parsed = EnvSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "environment");
    throw new AppError("CONFIG", `${name} ${issue?.message ?? "is invalid"} (set in the environment or .env.local)`);
  }
  const c = parsed.data;
  const config: Config = {
    ...c,
    NEWSGRAPH_HOME: path.resolve(repoRoot, c.NEWSGRAPH_HOME),
    NEWSGRAPH_CORPUS: path.resolve(repoRoot, c.NEWSGRAPH_CORPUS),
    neo4jUri: c.NEO4J_URI ?? `bolt://127.0.0.1:${c.NEWSGRAPH_BOLT_PORT}`,
    embedded: c.NEO4J_URI === undefined,
    repoRoot,
  };
  if (env === process.env) cached = config;
  return config;
}

/** Tests and the CLI's --data/--bolt-port flags change the environment and need a fresh read. */
export function resetConfig(): void {
  cached = undefined;
}

function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === "string" && e[1] !== ""));
}

function findRepoRoot(): string {
  let dir = process.cwd();
  for (;;) {
    if (existsSync(path.join(dir, "graph", "neo4j", "pom.xml"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}
