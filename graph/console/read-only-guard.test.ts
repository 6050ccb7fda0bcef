import { describe, expect, it } from "vitest";
import { findWriteClause, refusalMessage } from "./read-only-guard";

describe("findWriteClause", () => {
  it("finds write clauses in any case and spacing", () => {
    expect(findWriteClause("CREATE (n) RETURN n")).toBe("CREATE");
    expect(findWriteClause("match (n) detach\n delete n")).toBe("DELETE");
    expect(findWriteClause("MATCH (n) SET n.x = 1")).toBe("SET");
    expect(findWriteClause("LOAD CSV FROM 'file:///x' AS row RETURN row")).toBe("LOAD CSV");
    expect(findWriteClause("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS")).toBe("DELETE");
  });

  it("ignores words inside strings, names, properties and comments", () => {
    expect(findWriteClause("MATCH (c:Claim) WHERE c.quote CONTAINS 'create a backdoor' RETURN c")).toBeNull();
    expect(findWriteClause("MATCH (n) RETURN n.`set` AS x // delete later")).toBeNull();
    expect(findWriteClause("MATCH (n) RETURN n.created, n.setAt")).toBeNull();
    expect(findWriteClause("MATCH (e:Entity) RETURN e.name ORDER BY e.name LIMIT 5")).toBeNull();
  });

  it("says clearly why and what to do instead", () => {
    expect(refusalMessage("CREATE")).toMatch(/read-only.*CREATE/);
  });
});
