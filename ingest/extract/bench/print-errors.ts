import type { Sentence } from "../text/sentences";
import { FIELDS, type Detail, type Field } from "./score";

/** Speaker and claim keys start with a sentence index; show the sentence's opening so the line can be read alone. */
function readable(field: Field, key: string, text: string, sentences: Sentence[]): string {
  const m = /^(-?\d+)\|(.*)$/.exec(key);
  if (!m || (field !== "speakers" && field !== "claims")) return key;
  const s = sentences[Number(m[1])];
  const opening = s ? text.slice(s.start, s.end).replace(/\s+/g, " ").slice(0, 70) : "(fragment not found)";
  return `${m[2]}  <- "${opening}…"`;
}

export function printErrors(id: string, text: string, sentences: Sentence[], detail: Record<Field, Detail>): void {
  const lines = FIELDS.flatMap((k) => [
    ...detail[k].missed.map((key) => `  ${k} MISSED   ${readable(k, key, text, sentences)}`),
    ...detail[k].spurious.map((key) => `  ${k} SPURIOUS ${readable(k, key, text, sentences)}`),
  ]);
  if (lines.length) console.log(`${id}\n${lines.join("\n")}`);
}
