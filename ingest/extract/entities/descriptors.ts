import { isFrenchDepartment } from "./gazetteer";
import { isDemonym, isPlaceWord } from "./words";

export type DescriptorMatch = { start: number; end: number; text: string; name: string };

const DEMONYM = String.raw`(?:U\.S\.|US|UK|EU|South Korean|North Korean|Hong Kong|New York|New Zealand|South African?|\p{Lu}\p{Ll}+)`;
const FIELD = String.raw`(?:(?:foreign|finance|trade|defence|defense|interior|health|justice|economy|commerce|industry|education|environment|energy|transport)\s+)?`;
const BODY = String.raw`(?:government|senators|senator|lawmakers|legislators|regulators|regulator|authorities|officials|ministry|parliament|Congress|Senate|administration|embassy|military|police|court|prosecutors|trade ministry|commerce ministry)`;
const PATTERN = new RegExp(String.raw`(?<![\p{L}])(${DEMONYM}|\p{Lu}\p{Ll}+['’]s)\s+${FIELD}${BODY}(?![\p{L}])`, "gu");
/** "China's commerce ministry": a country's body, named as "China commerce ministry" so every spelling meets. */
const POSSESSIVE_COUNTRY = /^(\p{Lu}\p{Ll}+)['’]s$/u;
const ACRONYM = /^(U\.S\.|US|UK|EU)$/;

const DEPARTMENT = String.raw`\p{Lu}[\p{L}'’]+(?:-\p{L}[\p{L}'’]+)*`;
// (Two patterns, not one with two branches: "The prefecture of …" would match the second branch at "The".)
const PREFECTURE_OF = new RegExp(String.raw`(?<![\p{L}])[Pp]refecture\s+of\s+(?:the\s+)?(${DEPARTMENT})(?![\p{L}])`, "gu");
const NAME_PREFECTURE = new RegExp(String.raw`(?<![\p{L}])(${DEPARTMENT})\s+[Pp]refecture(?![\p{L}])`, "gu");

/**
 * "the prefecture of Corrèze", "the Yonne prefecture": the French state's office in a department, a body of its own
 * that copy names in lower case (a Japanese or a Central African prefecture is the land itself, and its name no French
 * department's).
 */
function prefectures(text: string): DescriptorMatch[] {
  // (Both patterns hold "[Pp]refecture", case and all: copy without the word, nearly all of it, is not scanned twice for it.)
  if (!text.includes("refecture")) return [];
  return [...text.matchAll(PREFECTURE_OF), ...text.matchAll(NAME_PREFECTURE)].flatMap((m) => (isFrenchDepartment(m[1] ?? "") ? [{ start: m.index, end: m.index + m[0].length, text: m[0], name: m[0].replace(/\s+/g, " ") }] : []));
}

/**
 * Unnamed government bodies written as "<country> <body>" ("US senators", "the Chinese government").
 * The canonical name drops the article and writes "U.S." as "US", so every outlet's spelling meets.
 */
export function findGovDescriptors(text: string): DescriptorMatch[] {
  return [...prefectures(text), ...countryBodies(text)];
}

function countryBodies(text: string): DescriptorMatch[] {
  return [...text.matchAll(PATTERN)].flatMap((m) => {
    const who = m[1] ?? "";
    const owner = POSSESSIVE_COUNTRY.exec(who)?.[1];
    // "China's commerce ministry" counts (a place's portfolio ministry); "Germany's parliament" is left to the name it has.
    const country = owner ? isPlaceWord(owner) && /['’]s\s+\p{Ll}+\s+(?:ministry|department)\b/u.test(m[0]) : ACRONYM.test(who) || / /.test(who) || isDemonym(who);
    // ("after a Brazilian court ordered its arrest": one court of many, unnamed, is no body to follow.)
    if (!country || /\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) return [];
    // ("a decision by Austrian authorities", "Italian regulators": a country's authorities or regulators in general
    // are no one body to follow.)
    if (/\s(?:authorities|regulators|officials)$/.test(m[0])) return [];
    const shown = owner ? `${owner}${m[0].slice(who.length)}` : m[0];
    return [{ start: m.index, end: m.index + m[0].length, text: m[0], name: shown.replace(/^U\.S\./, "US").replace(/^UK\b/, "UK").replace(/\s+/g, " ") }];
  });
}
