import type { Claim } from "@/lib/schemas/extraction";
import type { EntityIndex } from "../entities/resolve";
import type { Sentence } from "../text/sentences";
import type { Cited } from "./speaker-resolve";
import { findSpeechAct, type SpeechAct } from "./speech-acts";
import { maskMentions, REPLY_VERBS, speakerAfter, speakerBeforeVerb, withoutListCommas, type Speaker } from "./speakers";
import { trailingAttribution } from "./trailing";

/** Speech act, speaker and the part of the sentence that holds the asserted content (absolute offsets). */
export type Frame = { speaker?: Speaker; act?: SpeechAct; contentStart: number; contentEnd: number; skip?: { start: number; end: number } };
export type FrameInput = { text: string; index: EntityIndex; sentences: Sentence[]; cited?: Cited };

/** The previous claim's source, if it had one. */
export const speakerOfClaim = (previous: Claim | undefined): Speaker | undefined =>
  previous && (previous.speakerId || previous.speakerText) ? { speakerId: previous.speakerId, speakerText: previous.speakerText, at: previous.start } : undefined;

const SAID: SpeechAct = { act: "said", start: 0, end: 0, negative: false, fallback: "states", characterises: false };
const OPENS_QUOTE = /^\s*["“]/;
/** "…,” said X": a quotation closed by a speech verb before its speaker. */
const INVERTED = new RegExp(String.raw`[,!?]["”]\s+(?:said|says|added|adds|continued|explained|insisted|warned|told|${REPLY_VERBS})\s+\p{Lu}`, "u");

/** ", which the company" closing the text before a speech verb, after something of the sentence's own. */
const WHICH_CLOSE = /,\s*which\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,3}$/u;
// (Read from the comma: the one pattern with the words before it, /\S[^,;]*,…$/, retried every position of the sentence.)
const closesOnWhich = (before: string) => {
  const m = WHICH_CLOSE.exec(before);
  return m !== null && /\S/.test(before.slice(0, m.index));
};

export function frameOf(input: FrameInput, s: Sentence, previous: Claim | undefined): Frame {
  const { text, index } = input;
  const prevSpeaker = speakerOfClaim(previous);
  const trail = trailingAttribution(s.text, maskMentions(s.text, s.start, index));
  if (trail) {
    const act = shift(findSpeechAct(s.text.slice(trail.verbStart), s.text), trail.verbStart) ?? SAID;
    const speaker = speakerBeforeVerb({ text, sentenceStart: s.start, verbStart: s.start + trail.verbStart, verbEnd: s.start + trail.verbEnd, index, previous: prevSpeaker, cited: input.cited });
    return { speaker, act, contentStart: s.start, contentEnd: s.start + trail.contentEnd, skip: { start: s.start + trail.skipStart, end: s.start + trail.skipEnd } };
  }
  // "“… More than 60 per cent of our buyers told us …”": in a sentence that opens inside a quotation, a speech verb
  // still inside it is what the speaker quotes, not who speaks.
  const found = findSpeechAct(s.text);
  const quoted = found && openQuotes(input, s, s.start + 1) && openQuotes(input, s, s.start + found.start) ? found : undefined;
  // ("The union also wants the court to block the retrenchment, which the company announced on October 19": a speech
  // verb in a relative clause closing the sentence tells where its object came from; the sentence is not that speech.)
  // ("…, which the association says would cover all cases" is the association's claim: only a clause that says no more than
  // when, "…, which the company announced on October 19.", is skipped.)
  const described = found && closesOnWhich(s.text.slice(0, found.start)) && /^\s*(?:(?:on|in|last|earlier|this|at)\b[^,;]{0,30})?[.!?]?["”]?\s*$/.test(s.text.slice(found.end)) ? found : undefined;
  const act = quoted || described ? undefined : found;
  // "…heard from Helen Tranter, a former manager, who said staff had been told": the relative "who said" comes first.
  const relative = relativeSpeaker(input, s);
  if (relative && (!act || s.start + act.start >= relative.contentStart)) return relative;
  // ("Sassandra Cocoa Trading, which exported around 95,000 tonnes last season according to industry estimates, said
  // …": a source cited inside a relative clause vouches for the clause's figure, not for what the subject then says.)
  const cited = speakerAfter(text, s.start, s.end, index, prevSpeaker, input.cited);
  // ("…, which claims some 3,800 members in Kumba, Konye and Mbonge, says …": nor is the end of a list of names in the clause.)
  const after = cited && act && s.start + act.start > cited.at && /,\s*(?:which|who|whose)\b(?:[^,]|,\d)*$/.test(withoutListCommas(maskMentions(text.slice(s.start, cited.at), s.start, index))) ? undefined : cited;
  if (after && (!act || s.start + act.start > after.at - 12)) return { speaker: after, act: act ?? SAID, contentStart: s.start, contentEnd: after.at };
  // ("That was denied by a TEC spokesperson, who said …": a passive whose agent is described, not named, has that agent
  // for its speaker even though the verb itself was read as the act.)
  const passive = act && !/\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?$/.test(s.text.slice(0, act.start)) ? undefined : passiveSource(input, s);
  if (passive) return passive;
  const transcript = act ? undefined : colonSpeaker(input, s);
  if (transcript) return transcript;
  if (!act) {
    // (Where the quotation closes on a named speaker, that name outranks the speaker before it.)
    const quoting = quoteClosedLater(input, s, prevSpeaker) ?? continuedQuote(input, s, previous, prevSpeaker);
    // "“We do, however, disagree …”": the speaker's own denial inside the quotation still makes the claim negative.
    return quoting ? { ...quoting, act: quoted?.negative ? quoted : quoting.act } : { contentStart: s.start, contentEnd: s.end };
  }
  const verbStart = s.start + act.start;
  const verbEnd = s.start + act.end;
  // "Wistron and Global Lighting are said to be among the suppliers": a passive "said" reports the source already cited.
  if (act.act === "said" && /\b(?:is|are|was|were)\s+$/i.test(s.text.slice(0, act.start))) return { speaker: prevSpeaker, act, contentStart: s.start, contentEnd: s.end };
  const speaker = speakerBeforeVerb({ text, sentenceStart: s.start, verbStart, verbEnd, index, previous: prevSpeaker, cited: input.cited });
  // "Analysts had expected $3.71 billion, according to LSEG data": a named source outranks an unnamed group.
  if (after && (!speaker || (!speaker.speakerId && after.speakerId))) return { speaker: after, act, contentStart: s.start, contentEnd: after.at };
  // "A group calling itself Nightjar claimed …, according to Halden Labs": the cited source reports the whole sentence, the claim included.
  // ("Drenovski said the union would ask …, according to him, …": a pronoun after "according to" is the named speaker
  // again, no source of its own.)
  if (after?.according && after.speakerId && after.at > verbEnd && !speaker?.speakerText && !(speaker?.speakerId && /^according to\s+(?:him|her|them)\b/i.test(text.slice(after.at, after.at + 20)))) return { speaker: after, act, contentStart: verbEnd, contentEnd: after.at };
  const rest = text.slice(verbEnd, s.end);
  if (rest.trim().split(/\s+/).length < 3) return { speaker, act, contentStart: s.start, contentEnd: verbStart };
  // "X denied any wrongdoing and said it would appeal": what is denied ends where the next act begins.
  const next = act.negative ? /\s(?:and|but)\s+(?:said|says|added|insisted|called|described)\b/.exec(rest) : null;
  return { speaker, act, contentStart: verbEnd, contentEnd: next ? verbEnd + next.index : s.end };
}

const PASSIVE_BY = /\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+)?(challenged|disputed|denied|rejected|criticised|criticized|questioned|confirmed|welcomed|condemned|announced|disclosed|contested)\s+by\s+(?:the\s+)?/i;
const DENIED: SpeechAct = { act: "denied", start: 0, end: 0, negative: true, fallback: "denies", characterises: false };
/** What a passive verb says its agent did: challenging a claim is denying it, criticising one an accusation. */
const PASSIVE_ACTS: Record<string, SpeechAct> = {
  challenged: DENIED, disputed: DENIED, contested: DENIED, denied: DENIED, rejected: DENIED,
  criticised: { ...SAID, act: "claimed", fallback: "accuses" }, condemned: { ...SAID, act: "claimed", fallback: "accuses" },
  confirmed: { ...SAID, act: "confirmed", fallback: "confirms" }, announced: { ...SAID, act: "announced", fallback: "announces" }, disclosed: { ...SAID, act: "announced", fallback: "announces" },
};
/** "That claim was challenged by StepChange Debt Charity": the body after "by" makes the statement the passive reports. */
function passiveSource(input: FrameInput, s: Sentence): Frame | undefined {
  const m = PASSIVE_BY.exec(s.text);
  if (!m?.[1]) return undefined;
  const at = s.start + m.index + m[0].length;
  const by = input.index.mentions.find((x) => x.start === at && x.type !== "PLACE");
  const start = s.start + m.index + m[0].indexOf(m[1]);
  const act = { ...PASSIVE_ACTS[m[1].toLowerCase().replace(/criticized/, "criticised")] ?? SAID, start: start - s.start, end: start - s.start + m[1].length };
  if (by) return { speaker: { speakerId: by.id }, act, contentStart: s.start, contentEnd: s.end };
  const described = /^(?:a|an)\s+(?:[\p{L}'’-]+\s+){0,3}(?:spokes(?:man|woman|person)|official|source|representative|lawyer|executive|manager)\b/u.exec(s.text.slice(m.index + m[0].length))?.[0];
  return described ? { speaker: { speakerText: described }, act, contentStart: s.start, contentEnd: s.end } : undefined;
}

/**
 * ("Marisol Chan, Chief Environmental Officer: “What we found …”": a broadcast's transcript names the speaker, and their
 * role, before a colon at the paragraph's opening; the quotation after it, to the paragraph's end, is theirs.)
 */
function colonSpeaker(input: FrameInput, s: Sentence): Frame | undefined {
  const first = input.sentences.find((x) => x.paragraph === s.paragraph);
  if (!first) return undefined;
  const person = input.index.mentions.find((m) => m.type === "PERSON" && m.start === first.start);
  const colon = person && /^(?:,[^:"“”\n]{1,80})?:\s*["“]/.exec(input.text.slice(person.end, person.end + 90));
  if (!person || !colon) return undefined;
  const from = person.end + colon[0].length;
  return s.end > from ? { speaker: { speakerId: person.id }, act: SAID, contentStart: Math.max(s.start, from), contentEnd: s.end } : undefined;
}

/** "The jury heard from Helen Tranter, a former manager, who said staff were short": the person the relative clause hangs on speaks. */
function relativeSpeaker(input: FrameInput, s: Sentence): Frame | undefined {
  const m = /,\s+who\s+(?:said|says|told|added|testified)\b/.exec(s.text);
  if (!m) return undefined;
  const at = s.start + m.index;
  const person = input.index.mentions.filter((x) => x.type === "PERSON" && x.start >= s.start && x.end <= at).at(-1);
  if (!person) return undefined;
  return { speaker: { speakerId: person.id }, act: SAID, contentStart: at + m[0].length, contentEnd: s.end };
}

/** A sentence that is only a quotation, right after a quoted speaker in the same paragraph, is still theirs. */
function continuedQuote(input: FrameInput, s: Sentence, previous: Claim | undefined, prevSpeaker: Speaker | undefined): Frame | undefined {
  const prevSentence = input.sentences[s.index - 1];
  if (!previous || !prevSpeaker || !prevSentence || prevSentence.start !== previous.start) return undefined;
  const inside = prevSentence.paragraph !== s.paragraph
    // A quotation that runs on into the next paragraph leaves its closing mark off: the new paragraph opens with a mark and is still the speaker's.
    // (So is a paragraph that is one whole quotation with no attribution, after a paragraph whose last claim had a speaker.)
    ? opensQuote(input, s) && (openQuotes(input, prevSentence, prevSentence.end) || bareQuotation(input, s))
    // (Open before this sentence's own opening mark: the quotation began in an earlier sentence.)
    : (opensQuote(input, s) && /["”]/.test(previous.quote)) || openQuotes(input, s, s.start - 1);
  return inside ? { speaker: prevSpeaker, act: SAID, contentStart: s.start, contentEnd: s.end } : undefined;
}

/** "“Every taxi standing in the pound costs … . Our operators cannot survive that.”": a paragraph that is one quotation and nothing else. */
function bareQuotation(input: FrameInput, s: Sentence): boolean {
  const own = input.sentences.filter((x) => x.paragraph === s.paragraph);
  const last = own[own.length - 1];
  if (!last) return false;
  // ("“… made with Vietnamese parts.": a paragraph that leaves its quotation open, for the next one to go on with, too.)
  return /^\s*["“][^"“”]+[.!?]["”]?\s*$/.test(input.text.slice(Math.max(0, s.start - 1), last.end));
}

/** compromise leaves an opening quotation mark just outside the sentence. */
const opensQuote = (input: FrameInput, s: Sentence) => OPENS_QUOTE.test(input.text.slice(Math.max(0, s.start - 1), s.start + 1).trimStart()) || OPENS_QUOTE.test(s.text);

/** Quotation marks still open at `end` in the paragraph: marks of either style paired, as copy mixes them (“…," ). */
export function openQuotes(input: FrameInput, s: Sentence, end: number): boolean {
  const first = input.sentences.find((x) => x.paragraph === s.paragraph);
  const span = input.text.slice(Math.max(0, (first?.start ?? s.start) - 1), end);
  // ("’’": two apostrophes close a quotation in some copy.)
  return (span.match(/[“”"]|’’/g) ?? []).length % 2 === 1;
}

/**
 * “We interpret lighter results as timing. Comp sales were light,” the analyst wrote: a quotation running
 * over several sentences belongs to the speaker named where it closes, in the same paragraph or the next.
 */
function quoteClosedLater(input: FrameInput, s: Sentence, previous: Speaker | undefined): Frame | undefined {
  if (!openQuotes(input, s, s.end)) return undefined;
  const following = input.sentences.slice(s.index + 1, s.index + 8);
  for (const [k, next] of following.entries()) {
    const before = following[k - 1] ?? s;
    // "“… made with Vietnamese parts.¶“Our target is …,” Thành said.": a quotation left open at a paragraph's end runs on
    // into the next paragraph when that opens with a mark, and is the speaker's named where it closes.
    if (next.paragraph !== before.paragraph && !(openQuotes(input, before, before.end) && opensQuote(input, next))) return undefined;
    if (openQuotes(input, next, next.end)) continue;
    const trail = trailingAttribution(next.text, maskMentions(next.text, next.start, input.index));
    // ("…,” said Mandla Hermanus, chairperson of Santaco, at a briefing.": the inverted attribution, whatever follows it.)
    const inverted = !trail && INVERTED.test(next.text) ? speakerAfter(input.text, next.start, next.end, input.index, previous, input.cited) : undefined;
    if (inverted) return { speaker: inverted, act: SAID, contentStart: s.start, contentEnd: s.end };
    if (!trail) return undefined;
    const speaker = speakerBeforeVerb({ text: input.text, sentenceStart: next.start, verbStart: next.start + trail.verbStart, verbEnd: next.start + trail.verbEnd, index: input.index, previous, cited: input.cited });
    return speaker && { speaker, act: SAID, contentStart: s.start, contentEnd: s.end };
  }
  return undefined;
}

function shift(act: SpeechAct | undefined, by: number): SpeechAct | undefined {
  return act ? { ...act, start: act.start + by, end: act.end + by } : undefined;
}
