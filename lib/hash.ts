import { createHash } from "node:crypto";

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** A short stable id: prefix plus the first 16 hex digits of sha256 over the parts. */
export function stableId(prefix: string, ...parts: Array<string | number>): string {
  return `${prefix}_${sha256Hex(parts.join("\u241f")).slice(0, 16)}`;
}
