import { stableId } from "@/lib/hash";
import type { Claim, DateRef, Figure } from "@/lib/schemas/extraction";
import type { EntityIndex } from "../entities/resolve";
import type { Sentence } from "../text/sentences";
import { findPredicates, negated, OWN_ACTIONS, type PredicateMatch } from "./predicates";
import { frameOf, openQuotes, speakerOfClaim, type Frame } from "./frame";
import { possessedBy, type Speaker } from "./speakers";
import { NAMES_ITSELF, openingBodyPhrase, PEOPLE_OF, resolveBody, resolvePronoun } from "./speaker-resolve";
import { subjectAndObjects } from "./participants";
import { withoutDateline } from "./dateline";

export type ClaimInput = { text: string; sentences: Sentence[]; index: EntityIndex; figures: Figure[]; dates: DateRef[] };
const CONTEXT = 40;

/** One claim per asserting sentence, and one per figure when a sentence carries several. */
export function buildClaims(input: ClaimInput): Claim[] {
  const claims: Claim[] = [];
  const cited = new Map<string, number>();
  let previous: Claim | undefined;
  for (const whole of input.sentences) {
    const s = withoutDateline(whole);
    const frame = frameOf({ ...input, cited }, s, previous);
    const made = claimsOf(input, s, frame, previous).map((c) => describedEarlier(issuedBy(c, claims, input), claims));
    claims.push(...made);
    for (const id of new Set(made.map((c) => c.speakerId))) if (id) cited.set(id, (cited.get(id) ?? 0) + 1);
    if (made.length) previous = made[made.length - 1];
  }
  return namedAfterLede(claims, input);
}

/** "A residents' group in Kulai has accused …", "A solar power producer … has sued …": a lede's unnamed organisation. */
const LEDE_BODY = /^An?\s+(?:[\p{L}'’-]+\s+){0,4}(?:group|company|firm|producer|developer|operator|distributor|supplier|contractor|union|association|coalition|lender|insurer|miner|manufacturer|carrier|utility|cooperative|co-operative|charity|committee|practice|partnership)\b(?!['’]|\s+and\b)/u;

/**
 * A lede that withholds the name ("A residents' group in Kulai has accused …") names the body in the paragraph after it
 * ("Kulai Residents' Water Action Committee chairman S. Ravindran said …"): the organisation that opens that paragraph.
 * (Runs once the claims exist: the speaker finder reads one sentence and the claim before it, never the one after.)
 */
function namedAfterLede(claims: Claim[], input: ClaimInput): Claim[] {
  const lede = input.sentences[0];
  const next = input.sentences.find((x) => lede && x.paragraph > lede.paragraph);
  if (!lede || !next || next.paragraph !== lede.paragraph + 1) return claims;
  const opener = input.index.mentions.find((m) => m.start >= next.start && m.start <= next.start + (next.text.startsWith("The ") ? 4 : 2) && m.end <= next.end);
  if (!opener || opener.type !== "ORG") return claims;
  // (A subject too long for a speaker's descriptor, "A solar power producer contracted to feed the national grid from
  // Mmadinare has accused …", leaves the claim without one; the lede's own opening says who it is.)
  const stripped = withoutDateline(lede);
  const opening = stripped.text;
  // (A lede's first auxiliary says whether its subject acts or is acted on: "A supplier was fined …" names no speaker;
  // "A producer … has accused the grid of withholding payments for electricity it was ready to supply" does.)
  const passive = /^(?:was|were|has been|have been)$/.test(/\b(has been|have been|has|have|was|were)\s/.exec(opening.split(",")[0] ?? "")?.[1] ?? "");
  const body = LEDE_BODY.exec(opening)?.[0];
  const unnamed = (c: Claim) => (c.speakerText === undefined ? body !== undefined && !passive : LEDE_BODY.test(c.speakerText));
  // ("A cocoa growers' cooperative in Meme Division … has accused": the place that locates the body is not its name.)
  const where = body === undefined ? undefined : /^\s+(?:in|from|near|based in)\s+(?:the\s+)?/.exec(opening.slice(body.length))?.[0];
  const placeAt = where === undefined || body === undefined ? -1 : stripped.start + body.length + where.length;
  const placeOf = (c: Claim) => input.index.mentions.some((m) => m.id === c.speakerId && m.start === placeAt);
  return claims.map((c) => (c.start >= lede.start && c.end <= lede.end && ((!c.speakerId && unnamed(c)) || placeOf(c)) ? { ...c, speakerId: opener.id } : c));
}


/**
 * "…, the statement said": a document speaks for whoever issued it, the source of the last claim that mentioned it.
 * (speakers.ts gives "the report claims" the previous speaker when there is one; this looks further back, over the
 * claims already made, which the speaker finder does not see, and so runs here once a sentence's claims exist.)
 */
const DOCUMENT = /^the (statement|filing|release|announcement|report|draft|complaint|notice|letter|application)$/i;
const ISSUING: Record<string, string> = { application: "appli(?:cation|ed|es)", filing: "fil(?:ing|ed|es)" };
function issuedBy(c: Claim, earlier: Claim[], input: ClaimInput): Claim {
  const noun = c.speakerId ? undefined : DOCUMENT.exec(c.speakerText ?? "")?.[1];
  if (!noun) return c;
  const mentions = new RegExp(`\\b${noun}\\b`, "i");
  let issuerId = earlier.slice(-12).reverse().find((x) => x.speakerId && mentions.test(x.quote))?.speakerId;
  // ("Hartwell Stone Ltd has applied to the council … According to the application, …": or the body written doing what
  // made the document, in a sentence that cited no one.)
  const doing = ISSUING[noun.toLowerCase()];
  if (!issuerId && doing) {
    // (A legal form the mention leaves out, "Ltd", may stand before the verb.)
    const wrote = new RegExp(`^(?:\\s+\\p{Lu}[\\p{L}.]*)?\\s+(?:has\\s+|have\\s+|had\\s+)?(?:also\\s+)?${doing}\\b`, "u");
    const from = c.start - 1200;
    const actor = input.index.mentions.filter((m) => m.end <= c.start && m.start >= from && wrote.test(input.text.slice(m.end, m.end + 40))).at(-1);
    const kind = actor && input.index.byId.get(actor.id)?.type;
    if (actor && (kind === "ORG" || kind === "GOV" || kind === "PERSON")) issuerId = actor.id;
  }
  if (!issuerId) return c;
  const { speakerText: _, ...rest } = c;
  return { ...rest, speakerId: issuerId };
}

/**
 * "A DoT official, who did not wish to be named, denied … The regulator had recommended … , the official said": "the
 * official" is the described speaker of a few claims back (speakers.ts looks at the previous claim only).
 */
function describedEarlier(c: Claim, earlier: Claim[]): Claim {
  const noun = c.speakerId ? undefined : /^[Tt]he\s+(\p{Ll}+)$/u.exec(c.speakerText ?? "")?.[1];
  if (!noun) return c;
  // ("The mayors of the county's three municipalities … rejected the plan … The mayors dispute the fund's numbers": or
  // a group described at greater length, with its article.)
  const same = new RegExp(String.raw`^(?:an?|two|three|several|some)\s+(?:[\p{L}-]+\s+){0,3}${noun}\b|^the\s+${noun}\s+\S`, "iu");
  const source = earlier.slice(-6).reverse().find((x) => same.test(x.speakerText ?? ""));
  return source ? { ...c, speakerId: source.speakerId, speakerText: source.speakerText } : c;
}

/** A span outside the stretch the frame skips. (A module function, not a closure named inside the caller: under tsx (keepNames) every named closure also has its name written onto it when it is made, once per call.) */
const outsideSkip = (f: Frame, x: { start: number; end: number }) => !f.skip || x.end <= f.skip.start || x.start >= f.skip.end;

function claimsOf(input: ClaimInput, s: Sentence, f: Frame, previous: Claim | undefined): Claim[] {
  const content = input.text.slice(f.contentStart, f.contentEnd);
  const preds = findPredicates(content).map((p) => ({ ...p, start: p.start + f.contentStart, end: p.end + f.contentStart })).filter((x) => outsideSkip(f, x));
  const figures = input.figures.filter((x) => x.start >= f.contentStart && x.end <= f.contentEnd && outsideSkip(f, x));
  const specs: Array<{ pred?: PredicateMatch; predicate: string; figure?: Figure }> = [];
  const verbs = mainClause(content, f.contentStart, preds).filter((p) => !p.noun);
  // A denial of "the lawsuit" is a denial, a warning about "revenue" a warning, an accusation one: a bare noun does not override those acts.
  const actFirst = Boolean(f.act && (f.act.negative || f.act.act === "warned" || f.act.fallback === "accuses"));
  const main = verbs[0] ?? (actFirst ? undefined : preds[0]);
  if (figures.length) {
    for (const fig of figures) {
      const pred = measured(preds, [...verbs].reverse().find((p) => p.start < fig.start) ?? main);
      specs.push({ pred, predicate: pred?.predicate ?? f.act?.fallback ?? "reports_figure", figure: fig });
    }
    // "Daeyang cut its sales forecast last week, and its profit fell 41%": an action no figure measures is a claim of its own.
    const unmeasured = verbs.filter((v) => OWN_ACTIONS.has(v.predicate) && v.predicate !== "plans" && v.start < (figures[0]?.start ?? 0) && !specs.some((x) => x.pred === v));
    specs.push(...unmeasured.map((v) => ({ pred: v, predicate: v.predicate })));
    // "X called the deaths “preventable” and said it would strike for 72 hours": the characterisation is a claim of its own.
    if (f.act?.characterises) specs.unshift({ predicate: f.act.fallback });
  } else if (f.act?.characterises) specs.push({ predicate: f.act.fallback });
  else if (main) specs.push({ pred: measured(preds, main), predicate: measured(preds, main)?.predicate ?? main.predicate });
  else if (f.act) specs.push({ predicate: f.act.fallback });
  // "It is offering rebooking free of charge": an organisation's own step with no verb we list is still its statement.
  else if (committingActor(input, s, previous)) specs.push({ predicate: "states" });
  return specs.map((spec) => makeClaim(input, s, f, spec, previous));
}

/**
 * "The penalty includes a 30% discount because the bank agreed to settle …": once the main clause has
 * a predicate, verbs in a clause of reason or concession only explain it.
 */
function mainClause(content: string, offset: number, preds: PredicateMatch[]): PredicateMatch[] {
  const sub = /\b(?:because|since|although|though|whereas)\b/i.exec(content);
  if (!sub || !preds.some((p) => p.end <= offset + sub.index)) return preds;
  return preds.filter((p) => p.end <= offset + sub.index);
}

/** "the penalty could rise": a movement verb right after a measured noun reports on that measure (fines), not a rise. */
function measured(preds: PredicateMatch[], pred: PredicateMatch | undefined): PredicateMatch | undefined {
  if (!pred || (pred.predicate !== "rises" && pred.predicate !== "falls")) return pred;
  return preds.find((p) => p.noun && p.end <= pred.start && pred.start - p.end <= 25) ?? pred;
}

function makeClaim(input: ClaimInput, s: Sentence, f: Frame, spec: { pred?: PredicateMatch; predicate: string; figure?: Figure }, previous: Claim | undefined): Claim {
  const { text } = input;
  const { subjectId, objectIds } = subjectAndObjects(input, s, f, spec.pred, previous);
  const speaker = described(f.speaker ?? reportedSpeaker(spec.predicate, spec.pred, Boolean(spec.pred?.noun), subjectId, input, s, previous));
  // A figure the actor reports of its own step ("Nordflug cancelled 64 flights") is that actor's statement, not a bare figure.
  const predicate = spec.predicate === "reports_figure" && speaker?.speakerId ? "states" : spec.predicate;
  const negative = Boolean(f.act?.negative) !== (spec.pred ? negated(text, spec.pred.start, spec.pred.end) : false);
  const date = pickDate(input.dates, s, f, spec.pred);
  return {
    id: stableId("clm", s.start, s.end, predicate, spec.figure?.start ?? ""),
    start: s.start, end: s.end, quote: s.text,
    before: text.slice(Math.max(0, s.start - CONTEXT), s.start), after: text.slice(s.end, s.end + CONTEXT),
    ...(speaker?.speakerId ? { speakerId: speaker.speakerId } : {}),
    ...(speaker?.speakerText ? { speakerText: speaker.speakerText } : {}),
    speechAct: f.act?.act ?? "reported",
    ...(subjectId ? { subjectId } : {}),
    objectIds, predicate, polarity: negative ? "negative" : "positive",
    ...(spec.figure ? { figure: spec.figure } : {}),
    ...(date ? { date } : {}),
  };
}

/**
 * "tender documents seen by this newspaper", "a study published Wednesday in the journal": the source is the
 * document; who saw it or where it appeared is no part of it. A description longer than a noun phrase
 * ("Jakarta has in the past suspended …") is a clause mistaken for a speaker, and names nobody.
 */
const SEEN_BY = /\s+(?:seen|reviewed|obtained|published|released|filed|issued|compiled|posted|sent|made public|shared)\b.*$/i;
function described(speaker: Speaker | undefined): Speaker | undefined {
  if (!speaker?.speakerText) return speaker;
  const text = speaker.speakerText.replace(SEEN_BY, "");
  // ("A group of nine hotel and guesthouse owners in Roundstone and Carna": a group described by its members and places
  // may run longer.)
  if (text.split(/\s+/).length > (/^An?\s+group\s+of\s/.test(text) && !NAMES_ITSELF.test(text) ? 14 : 10) && !speaker.speakerId) return undefined;
  return { ...speaker, speakerText: text };
}

/**
 * No attributing verb: an actor's own action ("Anthropic is blocking ...") is recorded with the actor
 * as source; a sentence continuing the previous one's topic ("These accounts generated ...") keeps
 * its source; otherwise the outlet itself asserts it and there is no speaker.
 */
const FACES_BEFORE = /\b(?:faces?|facing)\s+(?:\w+\s+){0,2}$/i;
/** "was banned", "had been fined": a form of "be" right before a participle is the passive. */
const BE_BEFORE = /\b(?:was|were|been|being|is|are|be|got|gets)\s+(?:\w+ly\s+)?$/i;
const isPatient = (lead: string, verb: string) => FACES_BEFORE.test(lead) || (BE_BEFORE.test(lead) && /(?:ed|en)$/i.test(verb));

function reportedSpeaker(predicate: string, pred: PredicateMatch | undefined, noun: boolean, subjectId: string | undefined, input: ClaimInput, s: Sentence, previous: Claim | undefined): Speaker | undefined {
  const subject = subjectId ? input.index.byId.get(subjectId) : undefined;
  // Only a verb reports the actor's own action; "Aventis had sought damages" (a noun cue) is the outlet's background.
  // "Chepkoech faces a ban", "X was fined": the subject undergoes the action, it does not report it.
  const patient = pred ? isPatient(input.text.slice(Math.max(s.start, pred.start - 40), pred.start), input.text.slice(pred.start, pred.end)) : false;
  if (OWN_ACTIONS.has(predicate) && !noun && !patient && subject && subject.type !== "PLACE" && subject.type !== "PRODUCT") return { speakerId: possessedPerson(input, s, subject.id) ?? subject.id };
  // "The company settled …": the body phrase stands for the body named earlier.
  const body = openingBodyPhrase(s.text);
  if (OWN_ACTIONS.has(predicate) && !noun && !subject && body) {
    const prev = speakerOfClaim(previous);
    const resolved = resolveBody({ index: input.index, sentenceStart: s.start, previous: prev, text: input.text }, body);
    if (resolved) return resolved;
  }
  const head = /^(?:These|Those|The|Such)\s+(\w+)/.exec(s.text)?.[1];
  // Whole words only: "The suit" does not continue a sentence about "a lawsuit".
  // ("The court set a penalty …" after a councillor spoke of "the court's decision": a body the sentence opens with is
  // that body, not whoever last mentioned it; not its board, "the authority's board", nor what "the court heard".)
  const opening = head && body && /^The\s+(?:court|tribunal|judge|regulator|ministry|commission|authority)$/.test(body) && !subject && (previous?.speakerId && input.index.byId.get(previous.speakerId)?.type) === "PERSON" && !quoted(input, s) && !/^['’]|^\s+(?:heard|was told)\b/.test(s.text.slice(body?.length ?? 0)) && !/\b(?:not|yet to)\s+(?:yet\s+)?(?:comment|respond|repl)/.test(s.text) ? resolveBody({ index: input.index, sentenceStart: s.start, previous: speakerOfClaim(previous), text: input.text }, body) : undefined;
  if (opening?.speakerId && opening.speakerId !== previous?.speakerId && input.index.byId.get(opening.speakerId)?.type === "GOV") return opening;
  if (previous?.speakerId && head && new RegExp(`\\b${head}\\b`, "i").test(previous.quote)) return { speakerId: previous.speakerId };
  return committingActor(input, s, previous);
}

/** A sentence inside a quotation: it holds a quotation mark, or its paragraph has opened one before it and not closed it. */
const quoted = (input: ClaimInput, s: Sentence) => /["“”]/.test(s.text) || openQuotes(input, s, s.start);

/** "Morgan Stanley's Lucas Brandt lowered his target": the firm's person acts, not the firm. */
function possessedPerson(input: ClaimInput, s: Sentence, id: string): string | undefined {
  const inSentence = input.index.mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  const owner = inSentence.find((m) => m.id === id);
  return owner && possessedBy(input.text, inSentence, owner, "PERSON")?.id;
}

/**
 * A commitment or decision in a finite verb group: "has scrapped", "will raise", "wants to build", "is demanding", or a decision
 * verb in the bare past ("cancelled 64 flights", "suspended trading"). Any other bare past
 * ("paid out on 2,300 claims") is the outlet's report; only "also" marks it as one more of the source's own steps.
 * Market moves are not the actor's word.
 */
const COMMITS = /^(?:also\s+|now\s+|already\s+)?(?:(?:cancell?ed|suspended|halted|grounded|postponed|scrapped|withdrew|refused|rejected|approved|shut down|appointed|dismissed|evacuated|called off|pulled out|ordered|sued|fined|banned|blocked|filed|opened|quashed|revoked|imposed|issued|granted|awarded|delivered|recommended|freed|delayed|upheld|overturned|launched)\b|(?:has|have|had)\s+(?:also\s+)?(?:\w+ed|set|cut|put|made|taken|given|sold|bought|paid|won|lost|kept|struck)|will\s+(?:also\s+)?(?!be\b)\w+|(?:wants|intends|aims|seeks|proposes|plans)\s+to\s+(?!be\b)\w+|wants\s+the\s+(?:court|tribunal|judge|government|ministry|regulator|board|council)\s+to\s+\w+|(?:is|are)\s+\w+ing|also\s+(?:\w+ed|set|cut|put|made|took|gave|sold|bought|paid|kept|struck))\b(?!\s+(?:by|to be)\b)/i;
/** "Chile's mining regulator", "Norway's competition watchdog" opening a sentence (its dateline already cut off). */
const DESCRIBED_BODY = /^(?:\p{Lu}[\p{L}.]+\s)?\p{Lu}[\p{L}.]+['’]s\s+((?:[\p{Ll}-]+\s+){0,2}(?:regulator|watchdog|agency|ministry|authority|commission|regulators|prosecutors|police|government|court|central bank))\b/u;
/** A dated dateline ("NAIROBI, June 3 (Reuters) - ") the sentence still carries (withoutDateline cuts most), so the descriptor may follow one. */
const DESCRIPTOR_ONLY = /^(?:\p{Lu}[\p{Lu} .'-]+,\s*\p{Lu}[\p{L}.]*\s+\d{1,2}\s*(?:\([\p{L}]+\)\s*)?[—–-]\s+)?(?:(?:The|the)\s+)?(?:\p{Lu}[\p{L}.]+['’]s\s+)?(?:\p{Lu}?[\p{Ll}-]+\s+){0,3}$/u;
const MOVES = /\b(?:rise|rose|risen|fall|fell|fallen|grow|grew|drop|dropp|jump|slip|climb|surg|plung|tumbl|soar|gain|declin|increas|decreas|lose|be|have)\w*$/i;

/**
 * "Harbourline has offered 3%", "It also set aside £2 million", "The union is demanding …": an organisation
 * opening the sentence with its own decision or demand is the source of it, even with no verb we list.
 */
function committingActor(input: ClaimInput, s: Sentence, previous: Claim | undefined): Speaker | undefined {
  const { text, index } = input;
  // "HAMBURG — Rival operator X has …": a lower-case descriptor may stand before the subject.
  // ("He ordered Sandpiper to pay": after a pronoun subject and its verb, a name is the object, not a descriptor's subject.)
  const first = /^(?:It|He|She)\b/.test(s.text) ? undefined : index.mentions.find((m) => m.start >= s.start && m.end <= s.end && m.type !== "PLACE" && DESCRIPTOR_ONLY.test(text.slice(s.start, m.start)));
  const prev = speakerOfClaim(previous);
  let actor: Speaker | undefined;
  let after: number;
  if (first) {
    if (first.type !== "ORG" && first.type !== "GOV") return undefined;
    // ("Minority shareholders of Sarimas Plantations Bhd are moving to block …": they act, not the company.)
    actor = PEOPLE_OF.test(text.slice(s.start, first.start)) ? { speakerText: text.slice(s.start, first.end) } : { speakerId: first.id };
    after = first.end;
  } else {
    // ("He ordered Sandpiper to pay the BMA's costs" after the judge's ruling is quoted: the person the pronoun stands for.)
    const opener = /^(?:It|He|She)\b/.exec(s.text)?.[0] ?? openingBodyPhrase(s.text) ?? "";
    const scope = { index, sentenceStart: s.start, previous: prev, text };
    actor = /^(?:It|He|She)$/.test(opener) ? resolvePronoun(scope, opener.toLowerCase()) : opener ? resolveBody(scope, opener) : undefined;
    after = s.start + opener.length;
    // "SANTIAGO — Chile's mining regulator has opened …": a country's body, described before it is named.
    const described = actor ? undefined : DESCRIBED_BODY.exec(s.text);
    if (described?.[1]) {
      actor = resolveBody(scope, `the ${described[1]}`);
      after = s.start + described[0].length;
      if (actor) actor = { ...actor, speakerText: described[0].trim() };
    }
  }
  if (!actor?.speakerId && !(first && actor?.speakerText)) return undefined;
  // Skip a relative or appositive clause after the subject ("The X Union, which represents 4,800 staff, is demanding").
  // …and a time before the verb ("Ghana's Electoral Commission on Thursday ordered …").
  const rest = text.slice(after, s.end).replace(/(?<=\d),(?=\d{3})/g, "").replace(/^['’]?\s*,[^,]{1,90},/, "").replace(/^\s*on\s+\p{Lu}\p{Ll}+day\b/u, "").trimStart();
  const verb = COMMITS.exec(rest);
  return verb && !MOVES.test(verb[0]) ? actor : undefined;
}

/** The date that qualifies the asserted thing: after the predicate first, then anywhere in the content, then the sentence. */
function pickDate(dates: DateRef[], s: Sentence, f: Frame, pred: PredicateMatch | undefined): DateRef | undefined {
  const inSentence = dates.filter((d) => d.start >= s.start && d.end <= s.end);
  const inContent = inSentence.filter((d) => d.start >= f.contentStart && d.end <= f.contentEnd);
  return (pred && inContent.find((d) => d.start >= pred.start)) ?? inContent[0] ?? inSentence[0];
}
