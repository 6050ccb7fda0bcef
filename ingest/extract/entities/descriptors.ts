export type DescriptorMatch = { start: number; end: number; text: string; name: string };

const DEMONYM = String.raw`(?:U\.S\.|US|UK|EU|American|Chinese|Japanese|South Korean|Korean|British|European|German|French|Indian|Russian|Australian|Canadian|Taiwanese|Dutch|Swedish|Italian|Spanish|Brazilian|Israeli|Turkish|Iranian|Norwegian|Danish|Finnish|Swiss|Irish|Polish|Mexican|Singaporean|Vietnamese|Indonesian)`;
const BODY = String.raw`(?:government|senators|senator|lawmakers|legislators|regulators|regulator|authorities|officials|ministry|parliament|Congress|Senate|administration|embassy|military|police|courts?|prosecutors|trade ministry|commerce ministry)`;
const PATTERN = new RegExp(String.raw`(?<![\p{L}])${DEMONYM}\s+${BODY}(?![\p{L}])`, "gu");

/**
 * Unnamed government bodies written as "<country> <body>" ("US senators", "the Chinese government").
 * The canonical name drops the article and writes "U.S." as "US", so every outlet's spelling meets.
 */
export function findGovDescriptors(text: string): DescriptorMatch[] {
  return [...text.matchAll(PATTERN)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    name: m[0].replace(/^U\.S\./, "US").replace(/^UK\b/, "UK").replace(/\s+/g, " "),
  }));
}
