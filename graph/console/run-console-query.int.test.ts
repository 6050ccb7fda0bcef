import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { writeRows } from "@/graph/driver";
import { resetConfig } from "@/lib/config";
import { closeDriverAfterAll, resetGraph } from "@/tests/setup/graph-test-helpers";
import { runConsoleQuery } from "./run-console-query";

describe("runConsoleQuery on a real Neo4j", () => {
  closeDriverAfterAll();
  beforeAll(async () => {
    await resetGraph();
    await writeRows("UNWIND range(1, 30) AS i CREATE (:Entity {id: 'e' + i, name: 'Entity ' + i, type: 'ORG'})");
  });
  afterEach(() => {
    delete process.env.NEWSGRAPH_CONSOLE_ROW_LIMIT;
    delete process.env.NEWSGRAPH_CONSOLE_TIMEOUT_MS;
    resetConfig();
  });

  it("returns columns and plain rows for a read", async () => {
    const r = await runConsoleQuery({ cypher: "MATCH (e:Entity) RETURN e.name AS name, e ORDER BY e.id LIMIT 2" });
    expect(r.columns).toEqual(["name", "e"]);
    expect(r.rows[0]).toEqual(["Entity 1", { id: "e1", name: "Entity 1", type: "ORG" }]);
    expect(r.truncated).toBe(false);
  });

  it("stops at the row limit and says so", async () => {
    process.env.NEWSGRAPH_CONSOLE_ROW_LIMIT = "5";
    resetConfig();
    const r = await runConsoleQuery({ cypher: "MATCH (e:Entity) RETURN e.id AS id" });
    expect(r.rows).toHaveLength(5);
    expect(r).toMatchObject({ truncated: true, rowLimit: 5 });
  });

  it("refuses writes, including ones the keyword check cannot see, and leaves the graph unchanged", async () => {
    await expect(runConsoleQuery({ cypher: "CREATE (n) RETURN n" })).rejects.toMatchObject({ code: "WRITE_REFUSED", message: expect.stringMatching(/read-only.*CREATE/) });
    // A write procedure passes the keyword check; the query plan (and the READ transaction) refuse it.
    await expect(runConsoleQuery({ cypher: "CALL db.createLabel('Thing')" })).rejects.toMatchObject({ code: "WRITE_REFUSED" });
    const [count] = (await runConsoleQuery({ cypher: "MATCH (n) RETURN count(n) AS n" })).rows;
    expect(count).toEqual([30]);
  });

  it("stops a query that runs past the time limit with an actionable message", async () => {
    process.env.NEWSGRAPH_CONSOLE_TIMEOUT_MS = "300";
    resetConfig();
    await expect(runConsoleQuery({ cypher: "UNWIND range(1, 200000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n" })).rejects.toMatchObject({ code: "TIMEOUT" });
  });

  it("reports a syntax error as the user's to fix", async () => {
    await expect(runConsoleQuery({ cypher: "MATCH (n RETURN n" })).rejects.toMatchObject({ code: "USAGE", message: expect.stringMatching(/could not run/) });
  });
});
