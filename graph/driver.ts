import neo4j, { type Driver, type QueryResult, type RecordShape } from "neo4j-driver";
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { toPlain } from "./to-plain";
import { applyMigrations } from "./migrations";

type Holder = { driver?: Driver; ready?: Promise<void> };
// Cached on globalThis so Next.js hot reload in development reuses one connection pool.
const holder = ((globalThis as { __newsgraphNeo4j?: Holder }).__newsgraphNeo4j ??= {});

export function getDriver(): Driver {
  if (!holder.driver) {
    const c = getConfig();
    const auth = c.NEO4J_PASSWORD ? neo4j.auth.basic(c.NEO4J_USER, c.NEO4J_PASSWORD) : undefined;
    holder.driver = neo4j.driver(c.neo4jUri, auth, { disableLosslessIntegers: false, connectionAcquisitionTimeout: 15_000 });
  }
  return holder.driver;
}

/** Connects once and applies migrations; a down server becomes one actionable line. */
export function ensureReady(): Promise<void> {
  holder.ready ??= (async () => {
    const c = getConfig();
    try {
      await getDriver().verifyConnectivity({ database: c.NEO4J_DATABASE });
    } catch (e) {
      holder.ready = undefined;
      const hint = c.embedded ? "start it with `npx newsgraph neo4j start`" : "check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD";
      throw new AppError("DB_UNAVAILABLE", `Neo4j is not reachable at ${c.neo4jUri} (${(e as Error).message.split("\n")[0]}); ${hint}.`, { cause: e });
    }
    await applyMigrations(getDriver(), c.NEO4J_DATABASE);
  })();
  return holder.ready;
}

export type Params = Record<string, unknown>;

/** Runs a read query and returns the records as plain JS objects (no Neo4j Integer or temporal types). */
export async function readRows<T>(cypher: string, params: Params = {}): Promise<T[]> {
  await ensureReady();
  const result = await getDriver().executeQuery(cypher, params, { database: getConfig().NEO4J_DATABASE, routing: neo4j.routing.READ });
  return rowsOf<T>(result);
}

export async function writeRows<T>(cypher: string, params: Params = {}): Promise<T[]> {
  await ensureReady();
  const result = await getDriver().executeQuery(cypher, params, { database: getConfig().NEO4J_DATABASE });
  return rowsOf<T>(result);
}

function rowsOf<T>(result: QueryResult<RecordShape>): T[] {
  return result.records.map((r) => toPlain(r.toObject()) as T);
}

export async function closeDriver(): Promise<void> {
  const d = holder.driver;
  holder.driver = undefined;
  holder.ready = undefined;
  if (d) await d.close();
}
