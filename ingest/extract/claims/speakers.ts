import type { EntityIndex, Located } from "../entities/resolve";

export type Speaker = { speakerId?: string; speakerText?: string };
export type SpeakerContext = { text: string; sentenceStart: number; verbStart: number; verbEnd: number; index: EntityIndex; previous?: Speaker };

const BOUNDARY = /(?:[,;:"“”]|\b(?:that|after|as|while|when|because|since|but|and)\b)(?![\s\S]*(?:[,;:"“”]|\b(?:that|after|as|while|when|because|since|but|and)\b))/i;
const TRAILING = /\s+(also|has|had|have|previously|publicly|later|earlier|separately|then|again|on \w+|in a statement|in an? \w+ (?:post|letter|filing))$/i;
const ROLE = /\b(insiders?|engineers?|spokesperson|spokesman|spokeswoman|officials?|executives?|person|people|sources?|employees?|analysts?|researchers?|representatives?|lawyers?|staff|workers?|dealers?|owners?|critics?|investors?|experts?|regulators?|economists?|managers?|directors?|advisers?|memo|notice|statement|filing|report|letter|document|scientists?|users?|customers?)\b/i;
const PRONOUN = /^(it|he|she|they|we|the (company|firm|group|startup|carmaker|automaker|ministry|agency|regulator|government|lab|developer|maker|airline|carrier|bank|union|hospital|department|commission|authority|insurer|retailer|chipmaker))$/i;

const mentionsIn = (index: EntityIndex, start: number, end: number): Located[] => index.mentions.filter((m) => m.start >= start && m.end <= end);

/** Who asserts, from the words before the attributing verb ("An insider at Alibaba confirmed ..."). */
export function speakerBeforeVerb(ctx: SpeakerContext): Speaker | undefined {
  const { text, sentenceStart, verbStart, index } = ctx;
  const head = text.slice(sentenceStart, verbStart);
  const cut = BOUNDARY.exec(head);
  let segStart = sentenceStart + (cut ? cut.index + cut[0].length : 0);
  let segment = text.slice(segStart, verbStart).replace(TRAILING, "").replace(TRAILING, "");
  const lead = segment.length - segment.trimStart().length;
  segStart += lead;
  segment = segment.trim();
  if (!segment) return leadingEntity(ctx);
  const found = mentionsIn(index, segStart, segStart + segment.length).filter((m) => m.type !== "PLACE");
  if (ROLE.test(segment) && !found.some((m) => m.type === "PERSON")) return describe(segment, found, ctx);
  if (found.length) return { speakerId: (found.find((m) => m.type === "PERSON") ?? found[0])?.id };
  if (PRONOUN.test(segment)) return /^the /i.test(segment) ? lastActor(ctx, segment) : ctx.previous?.speakerId ? ctx.previous : lastActor(ctx);
  if (/^\p{Ll}*\s*[\p{L}\s-]*s$/u.test(segment) && segment.split(" ").length <= 4) return { speakerText: segment };
  return undefined;
}

/** A described speaker speaks for the organisation named in the description, or for "the company" last named. */
function describe(segment: string, found: Located[], ctx: SpeakerContext): Speaker {
  const org = found.find((m) => m.type !== "MEDIA" || found.length === 1);
  if (org) return { speakerText: segment, speakerId: org.id };
  if (/\bcompany\b|\bfirm\b/i.test(segment)) return { speakerText: segment, speakerId: lastActor(ctx, "company")?.speakerId };
  return { speakerText: segment };
}

/** The last organisation named before the sentence; "the ministry" looks for a government body instead. */
function lastActor(ctx: SpeakerContext, phrase = ""): Speaker | undefined {
  const gov = /ministry|department|agency|commission|authority|government|regulator/i.test(phrase);
  const types = phrase ? [gov ? "GOV" : "ORG"] : ["ORG", "GOV", "PERSON"];
  const prior = ctx.index.mentions.filter((m) => m.end <= ctx.sentenceStart && types.includes(m.type));
  const last = prior[prior.length - 1];
  return last ? { speakerId: last.id } : undefined;
}

/** "Anthropic, the maker of Claude, said": the entity that opens the sentence. */
function leadingEntity(ctx: SpeakerContext): Speaker | undefined {
  const first = mentionsIn(ctx.index, ctx.sentenceStart, ctx.verbStart)[0];
  return first && first.start - ctx.sentenceStart < 4 && first.type !== "PLACE" ? { speakerId: first.id } : undefined;
}

/** "..., said Jane Smith" / "according to a person familiar with the letter". */
export function speakerAfter(text: string, from: number, end: number, index: EntityIndex): (Speaker & { at: number }) | undefined {
  const tail = text.slice(from, end);
  const acc = /\baccording to\s+([^,.;]+)/i.exec(tail);
  if (acc?.[1]) {
    const start = from + acc.index + acc[0].length - acc[1].length;
    const found = mentionsIn(index, start, start + acc[1].length).filter((m) => m.type !== "PLACE");
    const first = found[0];
    if (first && first.start === start) return { speakerId: first.id, at: from + acc.index };
    return { speakerText: acc[1].trim(), speakerId: found.find((m) => m.type !== "MEDIA")?.id, at: from + acc.index };
  }
  const said = /[,"”]\s*(?:said|says|told \w+)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?/i.exec(tail);
  if (said) {
    const at = from + said.index + said[0].length;
    const m = index.mentions.find((x) => x.start === at);
    if (m) return { speakerId: m.id, at: from + said.index };
  }
  return undefined;
}
