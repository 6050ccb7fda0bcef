/**
 * A first, fast refusal with a clear message for queries that plainly write. It is only the first of
 * three walls: the query is then planned with EXPLAIN (Neo4j reports whether it writes) and finally run
 * in a READ transaction, which the server itself refuses to let write.
 */
const WRITE_CLAUSES = [
  "CREATE", "MERGE", "DELETE", "DETACH DELETE", "SET", "REMOVE", "DROP", "LOAD CSV", "FOREACH",
  "IN TRANSACTIONS", "ALTER", "GRANT", "REVOKE", "DENY", "START DATABASE", "STOP DATABASE",
] as const;

/** Removes string literals, quoted names and comments so a word inside them does not count as a clause. */
export function stripLiterals(cypher: string): string {
  return cypher
    .replace(/\/\/[^\n]*/g, " ")
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, " '' ");
}

/** The first write clause in the query, or null when none is visible. */
export function findWriteClause(cypher: string): string | null {
  const text = stripLiterals(cypher).toUpperCase();
  for (const clause of WRITE_CLAUSES) {
    const pattern = new RegExp(`(^|[^A-Z0-9_.])${clause.replace(" ", "\\s+")}(?![A-Z0-9_])`);
    if (pattern.test(text)) return clause;
  }
  return null;
}

export function refusalMessage(clause: string): string {
  return `Refused: the console is read-only and this query writes (${clause}). Use MATCH ... RETURN to read; changes to entities go through the corrections on an entity page.`;
}
