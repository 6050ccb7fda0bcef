import type { Candidate } from "./candidates";

/** ("Department of Climate Change, Energy, the Environment and Water": an item may carry "the".) */
/** ("Ministry of Labour, Human Resource Development and Training": and run to three words.) */
const LIST_TAIL = /^((?:,\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2})+),?\s+and\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?/u;

const BODY_HEAD = /\b(?:Service|Tribunal|Authority|Agency|Commission|Ministry|Department|Council|Court|Board|Office|Bureau|Committee|Company|Bank|Association|Union|Institute|University|Police|Inspectorate|Directorate)$/;

/**
 * "Ministry of Economy, Trade and Industry": an institutional name ending in "of X" may continue
 * with a comma list closed by "and". The tokenizer splits it at the commas, so the run is extended
 * on the raw text and the list items are no longer separate candidates.
 */
export function extendListNames(text: string, cands: Candidate[]): Candidate[] {
  const extended = cands.map((c) => {
    // ("Senate Committee on Banks, Financial Institutions and Currencies" too.)
    // ("Ministry of the Environment, Climate and Energy": the article may stand before the list's first word.)
    if (!/\s(of|for|on)\s(?:the\s)?\p{Lu}/u.test(c.text) || c.possessive) return c;
    const m = LIST_TAIL.exec(text.slice(c.end, c.end + 120));
    // ("the Ministry of Water and Sanitation, the Marine Supervisory Service and the Land Claims Tribunal": an item with a
    // body's head of its own is another body in a list of them.)
    if (!m || m[0].split(/,|\band\b/).some((item) => BODY_HEAD.test(item.trim()))) return c;
    const end = c.end + m[0].length;
    return { ...c, end, text: text.slice(c.start, end), possessive: false, hyphenSuffix: undefined };
  });
  return extended.filter((c) => !extended.some((o) => o !== c && o.start <= c.start && o.end >= c.end && o.end - o.start > c.end - c.start));
}
