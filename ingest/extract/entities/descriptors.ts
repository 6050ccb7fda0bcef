import { isDemonym } from "./words";

export type DescriptorMatch = { start: number; end: number; text: string; name: string };

const DEMONYM = String.raw`(?:U\.S\.|US|UK|EU|South Korean|North Korean|\p{Lu}\p{Ll}+)`;
const FIELD = String.raw`(?:(?:foreign|finance|trade|defence|defense|interior|health|justice|economy|commerce|industry|education|environment|energy|transport)\s+)?`;
const BODY = String.raw`(?:government|senators|senator|lawmakers|legislators|regulators|regulator|authorities|officials|ministry|parliament|Congress|Senate|administration|embassy|military|police|courts?|prosecutors|trade ministry|commerce ministry)`;
const PATTERN = new RegExp(String.raw`(?<![\p{L}])(${DEMONYM})\s+${FIELD}${BODY}(?![\p{L}])`, "gu");
const ACRONYM = /^(U\.S\.|US|UK|EU)$/;

/**
 * Unnamed government bodies written as "<country> <body>" ("US senators", "the Chinese government").
 * The canonical name drops the article and writes "U.S." as "US", so every outlet's spelling meets.
 */
export function findGovDescriptors(text: string): DescriptorMatch[] {
  return [...text.matchAll(PATTERN)].filter((m) => ACRONYM.test(m[1] ?? "") || / /.test(m[1] ?? "") || isDemonym(m[1] ?? "")).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    name: m[0].replace(/^U\.S\./, "US").replace(/^UK\b/, "UK").replace(/\s+/g, " "),
  }));
}
