import neo4j from "neo4j-driver";

/**
 * Converts driver values (Integer, temporal types, nodes) to plain JSON-able JS, once, so no driver
 * type leaves graph/. Integers outside the safe range become strings rather than losing precision.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  if (isTemporal(value)) return String(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    const props = (value as { properties?: unknown; labels?: unknown }).labels !== undefined ? (value as { properties: object }).properties : value;
    return Object.fromEntries(Object.entries(props as object).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

function isTemporal(v: unknown): boolean {
  return neo4j.isDateTime(v as never) || neo4j.isDate(v as never) || neo4j.isLocalDateTime(v as never) || neo4j.isDuration(v as never) || neo4j.isTime(v as never) || neo4j.isLocalTime(v as never);
}
