import type { EntityType } from "@/lib/schemas/extraction";
import { LEXICON, type LexiconEntry } from "./lexicon";
import { SPEECH_OR_AUX } from "./words";
import { escapeRegExp } from "../text/regex";

export type LexMatch = { start: number; end: number; text: string; entry: LexiconEntry };

const surfaces = LEXICON.flatMap((entry) => [entry.name, ...(entry.aliases ?? [])].map((s) => ({ s, entry })));
surfaces.sort((a, b) => b.s.length - a.s.length);
const bySurface = new Map(surfaces.map(({ s, entry }) => [s.toLowerCase(), entry]));
const WORD = /[\p{L}\p{N}]+/gu;
const firstWord = (s: string): string => (s.match(/^[\p{L}\p{N}]+/u)?.[0] ?? s).toLowerCase();
// Names grouped by their first word, each group one sticky alternation, longest first, so "Claude Code" wins over
// "Claude"; case-insensitive for "Claude code". One alternation of all 1,100 names, tried at every position of the
// article, took three times as long (0.4 ms an article); a word's group is one map look-up, and few words have one.
const groups = new Map<string, string[]>();
for (const { s } of surfaces) {
  const word = firstWord(s);
  const names = groups.get(word) ?? groups.set(word, []).get(word);
  names?.push(escapeRegExp(s));
}
const byFirstWord = new Map([...groups].map(([word, names]) => [word, new RegExp(`(?:${names.join("|")})(?![\\p{L}\\p{N}])`, "iuy")]));

/** Each match of a known name, left to right, not overlapping: a name starts where a word does. */
function* nameMatches(text: string): Generator<{ index: number; 0: string }> {
  let from = 0;
  for (const w of text.matchAll(WORD)) {
    const group = w.index >= from ? byFirstWord.get(w[0].toLowerCase()) : undefined;
    if (!group) continue;
    group.lastIndex = w.index;
    const m = group.exec(text);
    if (!m) continue;
    from = w.index + m[0].length;
    yield { index: w.index, 0: m[0] };
  }
}

/** Known names in the text. Acronyms must match case exactly ("US" not "us"); others need a capital first letter. */
export function findLexiconMatches(text: string): LexMatch[] {
  const out: LexMatch[] = [];
  for (const m of nameMatches(text)) {
    const entry = bySurface.get(m[0].toLowerCase());
    const exact = entry !== undefined && [entry.name, ...(entry.aliases ?? [])].includes(m[0]);
    // ("dpa", "dpa-AFX": a name the lexicon writes in lower case matches only as written.)
    if (!entry || (!/^\p{Lu}|^i[A-Z]/u.test(m[0]) && !exact)) continue;
    if (!exact && m[0].length <= 4) continue;
    // ("The local branch of the union": a name opening with "The" matches only with the rest written as the lexicon writes
    // it, "The Local".)
    if (!exact && /^The\s/.test(entry.name) && m[0].slice(4) !== entry.name.slice(4) && m[0] !== m[0].toUpperCase()) continue;
    // ("the Disko Bay area": a name written in other capitals, inside a longer name, is none of the lexicon's.)
    if (!exact && /\p{Lu}\p{L}*\s$/u.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "US$450", "HK$176": a country code fused to a currency sign is the currency, not the place ("US $6.5 million": or
    // written a space apart from it).
    if (/^ ?\$/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue;
    // ("Fed steers in the Southern Plains traded at about $238": cattle fed for slaughter, not the central bank.)
    if (m[0] === "Fed" && /^\s+(?:steers|cattle|heifers|hogs|lambs|cows|beef)\b/.test(text.slice(m.index + 3, m.index + 14))) continue;
    // "a U.S. appeals court", "U.S. private equity firm": an abbreviated country before a common noun is an attribute, not a mention of the place.
    // …but "The US welcomed the exchange" is the country acting.
    // ("Buyers in Germany and the U.K. won't pay more": a verb's contraction after it is the country acting.)
    const next = /^\s+(\p{Ll}+)(?![\p{L}]*['’]t\b)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1];
    // ("hotels in the UK and the Baltic states": a function word after it is no noun it qualifies.)
    if (entry.type === "PLACE" && /^[A-Z.]{2,5}$/.test(m[0]) && next && !SPEECH_OR_AUX.test(next) && !/ed$/.test(next) && !/^(?:and|or|but|in|on|at|to|for|from|with|by|as|than|since|after|before|over|under|while|when|where|which|who|that|this|last|next|itself)$/.test(next)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], entry });
  }
  return out;
}

export function lexiconEntry(name: string): LexiconEntry | undefined {
  return bySurface.get(name.toLowerCase());
}

export function lexiconType(name: string): EntityType | undefined {
  return lexiconEntry(name)?.type;
}
