import { isDemonym, isPlaceWord } from "./words";

export type DescriptorMatch = { start: number; end: number; text: string; name: string };

const DEMONYM = String.raw`(?:U\.S\.|US|UK|EU|South Korean|North Korean|Hong Kong|New York|New Zealand|South African?|\p{Lu}\p{Ll}+)`;
const FIELD = String.raw`(?:(?:foreign|finance|trade|defence|defense|interior|health|justice|economy|commerce|industry|education|environment|energy|transport)\s+)?`;
const BODY = String.raw`(?:government|senators|senator|lawmakers|legislators|regulators|regulator|authorities|officials|ministry|parliament|Congress|Senate|administration|embassy|military|police|courts?|prosecutors|trade ministry|commerce ministry)`;
const PATTERN = new RegExp(String.raw`(?<![\p{L}])(${DEMONYM}|\p{Lu}\p{Ll}+['’]s)\s+${FIELD}${BODY}(?![\p{L}])`, "gu");
/** "China's commerce ministry": a country's body, named as "China commerce ministry" so every spelling meets. */
const POSSESSIVE_COUNTRY = /^(\p{Lu}\p{Ll}+)['’]s$/u;
const ACRONYM = /^(U\.S\.|US|UK|EU)$/;

/**
 * Unnamed government bodies written as "<country> <body>" ("US senators", "the Chinese government").
 * The canonical name drops the article and writes "U.S." as "US", so every outlet's spelling meets.
 */
export function findGovDescriptors(text: string): DescriptorMatch[] {
  return [...text.matchAll(PATTERN)].filter((m) => ACRONYM.test(m[1] ?? "") || / /.test(m[1] ?? "") || isDemonym(m[1] ?? "") || (POSSESSIVE_COUNTRY.test(m[1] ?? "") && isPlaceWord(POSSESSIVE_COUNTRY.exec(m[1] ?? "")?.[1] ?? "") && /['’]s\s+\p{Ll}+\s+(?:ministry|department)\b/u.test(m[0]))).map((m) => {
    const owner = POSSESSIVE_COUNTRY.exec(m[1] ?? "")?.[1];
    const shown = owner ? `${owner}${m[0].slice((m[1] ?? "").length)}` : m[0];
    return { start: m.index, end: m.index + m[0].length, text: m[0], name: shown.replace(/^U\.S\./, "US").replace(/^UK\b/, "UK").replace(/\s+/g, " ") };
  });
}
