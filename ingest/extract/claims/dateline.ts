import type { Sentence } from "../text/sentences";
import { DATED_DATELINE_AFTER } from "../text/datelines";

/** "LONDON (Reuters) - ", "FRANKFURT, Germany (AP) — ": the dateline names where and who filed, never who asserts. */
/** ("KUWAIT CITY: The Court of Appeal …", "JOHOR BARU: A residents' group …": Gulf and Malaysian papers close it with a colon.) */
const DATELINE = /^\p{Lu}[\p{Lu} .'-]+(?:,\s*[\p{L} .]+?)?\s*(?:\([\p{L} .]+\)\s*)?(?:--|[—–-])\s+|^[\p{L} .]+\)\s*(?:--|[—–-])\s+|^\p{Lu}{2,}(?:[ .'-]\p{Lu}{2,}){0,2}:\s+/u;
/** A dated dateline, the city in any case ("DAKAR, 16 September 2026 - ", "Male', 28 September 2026 – "). */
const DATED = new RegExp(String.raw`^\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}${DATED_DATELINE_AFTER.source.slice(1)}\s*`, "u");
/**
 * ("Mataram, West Nusa Tenggara — Fishermen in Gerupuk …": a town in title case, its province after a comma, then a
 * dash, opening the copy; only in the first sentences, where "Jane Roe — a lawyer —" is no dateline; a town alone,
 * "Vaduz – A former managing director …", stays as the gold reads such ledes.)
 */
const TITLE_DATELINE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2},\s*\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,3}\s+[—–]\s+(?=\p{Lu})/u;
export function withoutDateline(s: Sentence): Sentence {
  const bare = DATELINE.exec(s.text) ?? (s.index <= 1 ? TITLE_DATELINE.exec(s.text) : null);
  const dated = DATED.exec(s.text);
  const m = dated && (!bare || dated[0].length > bare[0].length) ? dated : bare;
  if (!m || m[0].length >= s.text.length) return s;
  const cut = m[0].length;
  return { ...s, start: s.start + cut, text: s.text.slice(cut), terms: s.terms.filter((t) => t.start >= s.start + cut) };
}

/**
 * "DUBLIN, Sept 29 (Reuters) - ", "Asuncion, Oct 6 (EFE).- ": the agency in brackets before the dash filed the
 * story; it is no party to it and says nothing in it.
 */
export const filedByAgency = (text: string, m: { start: number; end: number; type: string }) =>
  m.type === "MEDIA" && /\(\s*$/.test(text.slice(Math.max(0, m.start - 2), m.start)) &&
  // ("Taipei, April 21 (CNA) Taiwan's ministry …": some agencies close the bracket with no dash, at the very top of the copy.)
  (/^\s*\)\.?\s*(?:--|[—–-])/.test(text.slice(m.end, m.end + 6)) || (m.start < 80 && /^\s*\)\s+\p{Lu}/u.test(text.slice(m.end, m.end + 4))));
