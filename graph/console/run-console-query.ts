import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { z } from "zod";
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { ensureReady, getDriver } from "../driver";
import { toPlain } from "../to-plain";
import { findWriteClause, refusalMessage } from "./read-only-guard";

export const ConsoleQueryInput = z.object({ cypher: z.string().trim().min(1, "type a Cypher query").max(5000, "keep the query under 5,000 characters") });
export type ConsoleQueryInput = z.input<typeof ConsoleQueryInput>;

export type ConsoleResult = {
  columns: string[];
  rows: unknown[][];
  /** True when the query had more rows than the console's row limit. */
  truncated: boolean;
  rowLimit: number;
  elapsedMs: number;
};

/**
 * Runs an analyst's Cypher read-only: refused up front when it visibly writes, refused again when
 * Neo4j's own plan says it writes, and run in a READ transaction with a server-side time limit,
 * reading at most the row limit (the rest of the stream is discarded, not fetched).
 */
export async function runConsoleQuery(input: ConsoleQueryInput): Promise<ConsoleResult> {
  const { cypher } = ConsoleQueryInput.parse(input);
  const clause = findWriteClause(cypher);
  if (clause) throw new AppError("WRITE_REFUSED", refusalMessage(clause));
  await ensureReady();
  const c = getConfig();
  const session = getDriver().session({ database: c.NEO4J_DATABASE, defaultAccessMode: neo4j.session.READ });
  const started = Date.now();
  try {
    const result = await session.executeRead((tx) => readLimited(tx, cypher, c.NEWSGRAPH_CONSOLE_ROW_LIMIT), {
      timeout: c.NEWSGRAPH_CONSOLE_TIMEOUT_MS,
      metadata: { app: "newsgraph-console" },
    });
    return { ...result, rowLimit: c.NEWSGRAPH_CONSOLE_ROW_LIMIT, elapsedMs: Date.now() - started };
  } catch (e) {
    throw explain(e, c.NEWSGRAPH_CONSOLE_TIMEOUT_MS);
  } finally {
    await session.close();
  }
}

async function readLimited(tx: ManagedTransaction, cypher: string, limit: number) {
  const plan = await tx.run(`EXPLAIN ${cypher}`);
  const type = plan.summary.queryType;
  if (type !== "r") throw new AppError("WRITE_REFUSED", refusalMessage(type === "s" ? "a schema change" : "a write found by the query planner"));
  const rows: unknown[][] = [];
  let columns: string[] = [];
  let truncated = false;
  const result = tx.run(cypher);
  for await (const record of result) {
    columns = record.keys.map(String);
    if (rows.length === limit) {
      truncated = true;
      break;
    }
    rows.push(record.keys.map((k) => toPlain(record.get(k))));
  }
  if (columns.length === 0) columns = (await result.keys()).map(String);
  return { columns, rows, truncated };
}

/** Neo4j's errors become one line a user can act on; the original stays as the cause. */
function explain(e: unknown, timeoutMs: number): unknown {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string }).code ?? "";
  const message = (e as Error).message?.split("\n")[0] ?? String(e);
  if (/TransactionTimedOut|Timeout/i.test(code)) return new AppError("TIMEOUT", `The query ran longer than ${timeoutMs} ms and was stopped; add a LIMIT or narrow the MATCH.`, { cause: e });
  if (/Forbidden|AccessMode|WriteOnReadOnly/i.test(code) || /read access mode|read only/i.test(message)) return new AppError("WRITE_REFUSED", refusalMessage("a write refused by the database"), { cause: e });
  if (/Syntax|Statement|Procedure|Argument|Type/i.test(code)) return new AppError("USAGE", `Neo4j could not run the query: ${message}`, { cause: e });
  return e;
}
