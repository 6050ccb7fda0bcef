const VERB = /\s(said|says|added|told|reported|showed|shows|wrote|noted|stated|confirmed|announced|warned|explained|argued|insisted|acknowledged|claimed|quipped|joked|wondered|asked|replied|tweeted|estimated|estimate|estimates|predicted|predict|forecast)\b/g;
/** What may follow a closing attribution verb: a time, a venue, an audience, or ", adding that …" (and the next quotation's opening mark, which compromise hangs on this sentence: `…," he said. "`). */
/** ("…," Grushevskaya said by telephone.": or the means, "by telephone", "over the phone", "by email".) */
const TAIL = /^(?:\s+(?:on|in|at|to|late|earlier|last|this|during|after|via|by\s+(?:telephone|phone|e-?mail|text message|video link|videolink|WhatsApp|letter)|over\s+the\s+(?:phone|telephone))\b[^,;“"]{0,60})?(?:,\s+(?:adding|citing|noting|saying)\b.*)?\s*[.!?]?\s*["“”’]?\s*$/su;
/** Only "told" takes an audience ("…, she told reporters in Lyon"); after "insisted" or "said" the same words are new content. */
const AUDIENCE_TAIL = /^\s+(?:reporters|journalists|analysts|investors|lawmakers|the\s+\p{L}+|\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)*)[^,;“"]{0,40}(?:,\s+(?:adding|citing|noting|saying)\b.*)?\s*[.!?]?\s*["“”’]?\s*$/su;
const closes = (verb: string, rest: string) => TAIL.test(rest) || (/told/.test(verb) && AUDIENCE_TAIL.test(rest));
const BOUNDARY = /[,”"]/;

/** `skipStart`..`skipEnd` is the attribution itself; an ", adding that …" clause after it is content again. */
export type Trailing = { verbStart: number; verbEnd: number; skipStart: number; skipEnd: number; contentEnd: number };

/**
 * "…, the company said." / "“…,” she said on Tuesday." / "…, two people familiar with the matter told
 * The Guardian.": the sentence closes with its attribution, so the verb that counts is the last one and
 * the content is everything before the speaker. Offsets are relative to the sentence.
 */
export function trailingAttribution(sentence: string, masked = sentence): Trailing | undefined {
  const verbs = [...sentence.matchAll(VERB)];
  for (let i = verbs.length - 1; i >= 0; i--) {
    const v = verbs[i];
    if (!v || !closes(v[0], sentence.slice(v.index + v[0].length))) continue;
    // ("… “somewhere between what Redline says and what Kestrel says.”": a verb the quotation closes right after is inside it.)
    if (/^[.!?,]?["”]/.test(sentence.slice(v.index + v[0].length))) continue;
    // "nurses had been asked to care for …": a passive verb has no speaker before it.
    if (/\b(?:been|being|was|were|is|are|be|get|got)$/.test(sentence.slice(0, v.index))) continue;
    // ("…, rejected the council's estimate.": after a singular possessive or an article an estimate or a forecast is a
    // noun; "according to exporters' estimates" keeps its plural possessive as the speaker.)
    if (/^\s(?:estimate|estimates|forecast)$/.test(v[0]) && /(?:['’]s|\b(?:the|its|their|his|her|our|an?|official|own))$/i.test(sentence.slice(0, v.index))) continue;
    // Boundaries are searched in `masked` (names blanked out), so commas inside a name do not count.
    const head = masked.slice(0, v.index).replace(/,\s*[^,;:"“”]{2,90},\s*$/, "");
    const cut = lastBoundary(head);
    if (cut < 12) return undefined;
    const segment = head.slice(cut + 1).trim();
    // "…, as claimed in a lawsuit": a clause of manner, not a speaker; an earlier verb may still close the sentence.
    // ("…, compared with the 400,000 cubic metres stated in the filing": nor is a comparison's figure.)
    if (/^(?:as|than|so)$/i.test(segment) || /^(?:compared|up from|down from|against|versus)\b/i.test(segment)) continue;
    if (!segment || segment.split(/\s+/).length > 8 || /\b(that|which|who)\b/i.test(segment)) return undefined;
    const skipStart = head[cut] === "," ? cut : cut + 1;
    const verbEnd = v.index + v[0].length;
    const adding = /,\s+(?:adding|saying|noting)\b/.exec(sentence.slice(verbEnd));
    if (!adding) return { verbStart: v.index + 1, verbEnd, skipStart, skipEnd: sentence.length, contentEnd: skipStart };
    return { verbStart: v.index + 1, verbEnd, skipStart, skipEnd: verbEnd + adding.index + adding[0].length, contentEnd: sentence.length };
  }
  return undefined;
}

function lastBoundary(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) if (BOUNDARY.test(s[i] ?? "")) return i;
  return -1;
}
