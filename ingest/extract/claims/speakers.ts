import type { EntityIndex, Located } from "../entities/resolve";
import { lexTags } from "../entities/words";
import { filedByAgency } from "./dateline";
import { TITLE_ABBREVIATIONS } from "../entities/candidates";
import { appealedTo, describe, indefiniteBody, NAMES_ITSELF, isBodyNoun, isBodyPhrase, lastOf, openingBodyPhrase, PEOPLE_OF, isGroupInPlace, regionAdministration, resolveBody, resolvePronoun, sameKind, sentenceBegin, voiceOfBody, type Cited, type Scope, type Speaker } from "./speaker-resolve";

export type { Speaker } from "./speaker-resolve";
export type SpeakerContext = { text: string; sentenceStart: number; verbStart: number; verbEnd: number; index: EntityIndex; previous?: Speaker; cited?: Cited };

// ("…, though two industry sources said": a concession opens a clause too.)
const CLAUSE_OPENER = String.raw`(?:[,;:"“”]|\b(?:that|after|as|while|when|because|since|but|and|which|where|whom|though|although)\b)`;
const BOUNDARY = new RegExp(String.raw`${CLAUSE_OPENER}(?![\s\S]*${CLAUSE_OPENER})`, "i");
const TRAILING = /\s+(also|do|does|did|is|are|will|would|must|can|should|strongly|firmly|categorically|flatly|has|had|have|previously|publicly|later|earlier|separately|then|again|long|on \w+|in a statement|in an? \w+ (?:post|letter|filing))$/i;
/** A phrase without its trailing auxiliaries and adverbs ("have also": TRAILING takes one word at a time, two at most). */
const withoutTrailing = (s: string) => s.replace(TRAILING, "").replace(TRAILING, "");
/** Who speaks for a body ("the spokesperson", "the official"). */
const VOICE_ROLE = "spokes(?:person|man|woman)|official|representative";
const VOICE_NOUN = new RegExp(`^(?:${VOICE_ROLE})$`);
/** "a spokesman for Wusool": one who speaks for a body named after "for", "at" or "of". */
const VOICE_FOR = new RegExp(String.raw`^(an?\s+(?:[\p{Ll}-]+\s+)?(?:${VOICE_ROLE})\s+(?:for|at|of)\s+)`, "u");
/** "a joint secretary at the ministry, who …": one who works at a body called by its kind, closing the sentence. */
const OFFICER_AT = new RegExp(String.raw`^(an?\s+(?:[\p{Ll}-]+\s+)?(?:${VOICE_ROLE}|officer|secretary)\s+(?:for|at|of|in)\s+(the\s+[\p{Ll}-]+))(?=\s*(?:[.!?]|,\s+who\b|$))`, "u");
// ("A campaigner with the Icelandic Wildlife Fund": one campaigner; "campaigners have long argued" is a movement.)
// ("A legislative aide familiar with the bill": aides, physicians and paramedics too; not growers or farmers, whose groups
// open ledes ("Mussel growers in Galicia's Ría de Arousa have accused …") that the gold gives to the growers' body the
// story names later.)
const ROLE = /\b(campaigner|activist|aides?|physicians?|paramedics?|doctors?|nurses?|clinicians?|patients?|administrators?|witness(?:es)?|residents?|journalists?|reporters?|advisers?|advisors?|management|insiders?|engineers?|spokesperson|spokesman|spokeswoman|officials?|officers?|legislators?|lawmakers?|deputies|senators?|(?:civil|public) servants?|pensioners?|retirees?|executives?|person|people|sources?|employees?|analysts?|researchers?|representatives?|lawyers?|attorneys?(?![\s-]+general\b|['’]s?\s+office\b)|consultants?|bankers?|brokers?|traders?|diplomats?|auditors?|staff|workers?|dealers?|owners?|fishermen|critics?|investors?|experts?|regulators?|economists?|managers?|directors?|advisers?|memo|notice|statement|filing|report|letter|document|docket|filings|scientists?|(?:hydro|geo|bio|eco)logists?|users?|customers?|president|chief|head|office(?=\s+of\s+the\b)|press service|(?:shop\s+)?stewards?|mayors)\b/i;
/** ("Workers interviewed at the yard yesterday said": when they spoke is no part of who; lower case, so "Hawke's Bay Today" stays.) */
/** ("Critics at the time warned": when they spoke is no part of who they are.) */
const WHEN_AT_END = /\s+(?:yesterday|today|last week|this week|at the time|back then|in (?:January|February|March|April|May|June|July|August|September|October|November|December))$/;
/** ("a meeting between company representatives and village presidents": the "and" of "between … and" joins no clauses.) */
const BETWEEN_AND = /\bbetween\s+[^,;:"“”]{1,60}?\s+(and)\b/g;
/** ("Fishermen and environmental groups say": two groups by their plural nouns, joined, speak together.) */
const TWO_GROUPS = /^\p{Lu}\p{Ll}+(?:s|men)\s+and\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:s|men)$/u;
/** Words in -ly that are not manner adverbs (compromise derives those by rule, so its lexicon lacks them). */
const LY_NOUN = /^(?:family|ally|rally|supply|assembly|monopoly|anomaly|belly|jelly|bully|daily|weekly|monthly|quarterly|yearly|elderly)$/;
const PRONOUN = /^(it|he|she|they|we)$/i;
const CLOSES_AFTER_NAME = /^(?:\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*)?(?:\s*[,.;:!?”"’)]|\s+(?:in|on|at|to|during|after|before|late|earlier|last|this|via|who|adding|according)\b|\s*$)/u;
/** " Press Secretary ", " Chief Executive ": capitalised title words between an employer and a person. */
const TITLE_GAP = /^(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s+(?:Secretary|Minister|Attorney|Rep\.|Sen\.|Gov\.|Mayor|Judge|Sheriff|Spokes(?:man|woman|person)|Executive|Officer|Director|President|Chairman|Chairwoman|Chair|Governor|Commissioner|Ambassador|Representative|Chief|Head|Adviser|Advisor|Counsel|Leader)\s+$/u;
const FUNCTION_WORD = /\b(?:that|it|its|the|a|an|on|in|at|to|this|there|they|he|she|we|would|will|had|has|was|is|and|but)\s/i;
const ROLE_OF = /^(?:the\s+|a\s+|an\s+)?(?:[\p{Ll}-]+\s+)?(?:president|chair\w*|head|director|secretary|spokes\w+|leader|chief|founder|member|manager|analyst|professor|researcher|lawyer|executive|officer)\s+(?:of|at|for)\s/u;
/** "(Nasdaq: ORVT)": a short bracketed aside. */
const ASIDE = /\([^()]{1,40}\)/g;
const ASIDE_AT_END = new RegExp(`\\s*${ASIDE.source}$`);
/** ", a spokesperson for the European Commission," between a name and its verb. */
const APPOSITIVE = /,\s*([^,;:"“”]{2,140}),\s*$/;

/** " analyst ", " chief economist ": the lower-case role between an employer and the person who holds it. */
const EMPLOYERS_ROLE = /^\s+(?:senior\s+|chief\s+|lead\s+|equity\s+|credit\s+)?(?:analyst|economist|strategist|spokes(?:man|woman|person)|researcher|lawyer|executive|director|manager)\s+$/;
/** "The review, conducted by auditor X,": a piece of work speaks for whoever did it (not whoever commissioned it). */
const AUTHORED_BY = /^(?:carried out|conducted|written|prepared|compiled|produced|authored|led|undertaken)\s+by\b/i;
const BARE_ROLE = /^an?\s+(?:spokes(?:person|man|woman)|representative|official)$/i;
/** A counted group of holders: "Two of Fernhill's largest shareholders", "Several investors". */
const GROUP_ROLE = /^\s*(?:(?:two|three|four|several|some|many|both)\s+(?:of\s+)?)?(?:\S+\s+){0,3}(?:shareholders|investors|owners|creditors|lenders|members|partners|bidders|rivals)\s*$/i;
/** ("A collective of parents and midwives, Maternité Sud-Ardèche, said": a body described by its members, then named.) */
const BODY_OF_MEMBERS_ROLE = /^\s*(?:an?|the)\s+(?:[\p{Ll}'’-]+\s+)?(?:collective|group|coalition|association|alliance|network|platform|committee|union)\s+of\s+(?:[\p{Ll}'’-]+\s+){0,5}?[\p{Ll}'’-]+s\s*$/iu;
/** "One of the largest importers, Al-Nakheel Pharmaceutical Company, also denied": one of a kind, then its name. */
const ONE_OF_ROLE = /^\s*(?:one|another|two|three|several|some)\s+of\s+(?:the|its|their)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+s\s*$/iu;
/** A possessed role noun, the whole head of the sentence: "Its president", "Shadowline’s developer". */
const POSSESSED_ROLE = /^\s*(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\p{Lu}[\p{L}-]*['’]s?|[Tt]he\s+[\p{Ll}-]+['’]s)\s+(?:[\p{L}-]+\s+){0,2}[\p{Ll}-]+\s*$/u;
const mentionsIn = (index: EntityIndex, start: number, end: number): Located[] => index.mentions.filter((m) => m.start >= start && m.end <= end);
/** "Morgan Stanley's Lucas Brandt", "The MOEA's Department of Investment Review": the mention right after an owner's "'s" (of a type, when given). */
export const possessedBy = (text: string, mentions: Located[], owner: Located, type?: Located["type"]): Located | undefined =>
  mentions.find((m) => m.start > owner.end && (!type || m.type === type) && /^['’]s?\s+$/.test(text.slice(owner.end, m.start)));
/** The text with every entity mention blanked out, same length, so boundary searches skip names. */
export function maskMentions(s: string, offset: number, index: EntityIndex): string {
  // "roughly 41,000 people": a thousands separator is no clause boundary either.
  let out = s.replace(/(?<=\d),(?=\d{3})/g, "_");
  for (const m of mentionsIn(index, offset, offset + s.length)) out = out.slice(0, m.start - offset) + "X".repeat(m.end - m.start) + out.slice(m.end - offset);
  return out;
}
const scopeOf = (ctx: SpeakerContext): Scope => ({ index: ctx.index, sentenceStart: ctx.sentenceStart, previous: ctx.previous, cited: ctx.cited, text: ctx.text });

/** Only a list closed by "and" or "or" ("XXXX, XXXX and XXXX"), not a name and the possessive after it ("XXXX, XXXX's chief executive"). */
const withoutNameListCommas = (masked: string) => masked.replace(/X+(?:,\s+X+)+,?\s+(?:and|or)\s+X+/g, (m) => m.replace(/,/g, "_"));
/** Masked text with the commas between masked names ("XXXX, XXXX and XXXX") hidden: a list's commas bound no clause. */
export const withoutListCommas = (masked: string) => masked.replace(/(?<=X),(?=\s+X)/g, "_");

/** "PuntHQ, which is owned by Orbis Gaming Group, denied …": the subject before a relative clause, else the head as it was. */
function subjectBeforeRelative(head: string, { index, sentenceStart }: SpeakerContext, masked: string): string {
  const relative = /^([^,]+?),\s*(?:which|who|whose)\b[^,]*,?\s*$/.exec(masked);
  if (relative?.[1] && (mentionsIn(index, sentenceStart, sentenceStart + relative[1].length).some((m) => m.type !== "PLACE") || isBodyPhrase(relative[1].trim()))) return head.slice(0, relative[1].length);
  return head;
}

/** Who asserts, from the words before the attributing verb ("An insider at Alibaba confirmed ...", "…,” Jane Roe, a spokesperson for X, said"). */
export function speakerBeforeVerb(ctx: SpeakerContext): Speaker | undefined {
  const { text, sentenceStart, verbStart, index } = ctx;
  // "Morand's lawyer, Claire Dufaux, had argued": an auxiliary after the appositive belongs to the verb.
  // ("Its lawyer, Tomas Grigaliūnas, nevertheless argued": so does a sentence adverb.)
  // ("The terminal operator, Terminal Norte Capixaba, has also denied": and an auxiliary with its adverb.)
  let head = text.slice(sentenceStart, verbStart).replace(/(,\s*)(?:(?:had|has|have|also|later|then|would|will|nevertheless|nonetheless|however|meanwhile|instead|likewise|still)\s+){1,2}$/, "$1");
  // ("A spokesman for the gas company, speaking to Shana, the ministry's news agency, denied": whom the subject spoke to,
  // and what that is, is an aside; the outlet does not speak.)
  // ("At Sierrallana Hospital in Torrelavega, the region's second-largest, the union says": where, fronted before the
  // subject, names no speaker; the body phrase after its last comma does. Not "In a statement, the company said", whose
  // phrase is how it spoke, which the frames read.)
  const fronted = /^(?:At|In|Inside|Outside|Across|Near)\s\p{Lu}[^;:"“”]{1,140},\s+((?:the|its|their)\s+(?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}-]+)\s*$/u.exec(head)?.[1];
  if (fronted && isBodyPhrase(fronted)) return { speakerText: fronted, speakerId: resolveBody(scopeOf(ctx), fronted)?.speakerId };
  // ("Speaking to reporters in Aarhus on Thursday, she said": the fronted participle says how; the pronoun after it speaks.)
  const spokeFirst = /^(?:Speaking|Talking|Writing)\s[^;:"“”]{1,140},\s+(he|she|they)\s*$/i.exec(head)?.[1];
  if (spokeFirst) return resolvePronoun(scopeOf(ctx), spokeFirst.toLowerCase());
  // ("Two councillors there, speaking on condition they not be named, said": nor is the condition they spoke on.)
  const spokeTo = /,\s*(?:speaking|talking|writing)\s+(?:to|with|in|on\s+(?:the\s+)?condition)\s+[^;:"“”]{1,140},\s*$/.exec(head);
  if (spokeTo && spokeTo.index > 0) head = head.slice(0, spokeTo.index);
  // ("X, an economist at the University of the West Indies, St Augustine, said": the campus or town after the body is
  // where it is, no speaker of its own.)
  // ("Jean-Paul Morlet, mayor of Corancy, a commune of 340 residents, backs": what the town is, after the role, is an
  // aside about the town.)
  const townAside = /,\s*an?\s+(?:commune|village|town|city|hamlet|municipality|parish)\s+(?:of|with)\s+[^,]{1,40},\s*$/.exec(head);
  if (townAside && townAside.index > 0) head = `${head.slice(0, townAside.index)}, `;
  const placeAside = /,\s*([^,]{2,40}),\s*$/.exec(head);
  const asidePlace = placeAside && mentionsIn(index, sentenceStart + placeAside.index, sentenceStart + head.length).find((m) => m.type === "PLACE" && text.slice(m.start, m.end) === placeAside[1]);
  if (placeAside && asidePlace && mentionsIn(index, sentenceStart, sentenceStart + placeAside.index).some((m) => m.type !== "PLACE")) head = `${head.slice(0, placeAside.index)}, `;
  // "X, a partner at law firm Y, who is not involved in the case, told": a relative clause after an appositive is about
  // its person; the appositive before it is the one that names who speaks.
  // (Only after a person's name and what they are: "Speaking to RTÉ, the chief executive …, who …," keeps its clause.)
  // ("Prairie Central, based in Lincoln, Neb., rejected": where a body is based is an aside, commas and all.)
  const based = /,\s*(?:based|headquartered|located)\s+(?:in|at)\s+\p{Lu}[^;:"“”]{1,60},\s*$/u.exec(head);
  if (based && mentionsIn(index, sentenceStart, sentenceStart + based.index).some((m) => m.type !== "PLACE")) head = head.slice(0, based.index);
  // ("Lagon Bleu, which … operates properties in Grand Baie, Flic en Flac, Belle Mare and Le Morne, says": the commas of a
  // list of names inside the relative clause are no boundary either; read before they are taken for an appositive's.)
  // ("an administrator who asked not to be named because he was not authorized to speak to the press said": why the
  // source is unnamed is no clause of who speaks.)
  const unnamedBecause = /\b(an?\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+\s+who\s+(?:asked|declined|requested)\s+not\s+to\s+be\s+(?:named|identified))\s+because\b[^,;:"“”]*$/u.exec(head);
  if (unnamedBecause?.[1] && !mentionsIn(index, sentenceStart + unnamedBecause.index, sentenceStart + head.length).length) return { speakerText: unnamedBecause[1] };
  // ("One Honeybourne grower, who asked not to be named for fear of losing her contract, said": one or a few people
  // described, a place in the description, then the clause of why they are not named; "A senior paramedic based in the
  // Northern Trust area, who spoke on condition of anonymity, said": or of how they spoke; "One Red Cliffs grower, who
  // supplies Sunmilla and asked not to be named …, said": what else they do may come first.)
  const unnamedAside = /^((?:An?|One|Two|Three)\s+(?:[\p{L}-]+\s+){0,7}?[\p{Ll}-]+(?:\s+at\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?),\s+who\s+(?:[^,;:"“”]{1,60}?\s+and\s+)?(?:asked|declined|requested|spoke)\b[^;:"“”]{0,140},\s*$/u.exec(head);
  // ("One emergency physician at Delaware Highlands, who asked not to be named": or the hospital they work at.)
  if (unnamedAside?.[1] && mentionsIn(index, sentenceStart, sentenceStart + unnamedAside[1].length).every((m) => m.type === "PLACE" || /\bat\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - 8), m.start)))) return { speakerText: unnamedAside[1] };
  let headMasked = maskMentions(head, sentenceStart, index);
  const listed = withoutListCommas(headMasked);
  if (listed !== headMasked) {
    head = subjectBeforeRelative(head, ctx, listed);
    headMasked = maskMentions(head, sentenceStart, index);
  }
  const aside = /,\s*(?:who|which)\b[^,;:"“”]{2,140},\s*$/.exec(headMasked);
  const inner = aside && APPOSITIVE.exec(maskMentions(`${head.slice(0, aside.index)}, `, sentenceStart, index));
  const person = inner && mentionsIn(index, sentenceStart, sentenceStart + inner.index).at(-1);
  if (aside && inner && person?.type === "PERSON" && /^\s*$/.test(text.slice(person.end, sentenceStart + inner.index))) head = `${head.slice(0, aside.index)}, `;
  // ("Sjever Banka, the largest creditor of …, has filed an objection to the plan, saying": a predicate between commas is
  // the clause the participle hangs on, no appositive.)
  // ("The mayors of the county's three municipalities, Jõgeva, Põltsamaa and Mustvee, rejected": a list of names in
  // apposition is one appositive, its commas no boundary.)
  const appo = APPOSITIVE.exec(withoutNameListCommas(maskMentions(head, sentenceStart, index)));
  if (appo && !/^(?:has|have|had)\s+\p{Ll}+(?:ed|en)\s/u.test(appo[1] ?? "")) {
    const named = mentionsIn(index, sentenceStart + appo.index, sentenceStart + head.length);
    // "Its president, X, said" / "Two of Y's shareholders, A and B, told": the role is described, the appositive names who holds it.
    const role = head.slice(0, appo.index);
    // "The miners' union, Sindicato Minero Calama, called …": a body phrase in apposition with a name is that body.
    // ("The Prudential Authority, the Reserve Bank's banking regulator, said": a named body describes itself; the bank is context.)
    // (…and only when the appositive is the name itself, not "the country's fourth-largest operator behind Telstra".)
    // ("The contractor, Athens-based Kentavros Technical SA, rejected …": where the firm is based may come first.)
    // ("The inspectorate, known as ICQRF, announced …": or what it is known as.)
    const based = (/^,?\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?-based\s+/u.exec(head.slice(appo.index)) ?? /^,?\s*(?:also\s+)?known\s+as\s+/.exec(head.slice(appo.index)))?.[0]?.length ?? 0;
    const namesIt = named.some((m) => m.start - (sentenceStart + appo.index) <= Math.max(4, based));
    // ("The federal company that runs the site, Bundesgesellschaft für Zwischenlagerung, said": a relative clause after the
    // body's noun still leaves the noun the role.)
    // ("That contractor, Idrotecnica Sannio Srl, disputes the point": a demonstrative points back at the body the appositive names.)
    const roleCore = role.replace(/\s+(?:that|which)\s+[^,]+$/, "");
    // ("A citizens' group, Bürgerinitiative Tiefe Bohrung Kaiserstuhl, says": or a body introduced as one of its kind.)
    const bodyRole = /^\s*(?:the|its|their|that|this|an?)\s+(?:\S+\s+){0,2}\S+\s*$/i.test(roleCore) && isBodyNoun(roleCore) && mentionsIn(index, sentenceStart, sentenceStart + role.length).length === 0 && namesIt;
    // ("In a statement issued yesterday, the resort's owner, Isle Verte Hospitality, said": the role after the opening phrase.)
    const described = POSSESSED_ROLE.test(role) || POSSESSED_ROLE.test(role.slice(role.lastIndexOf(",") + 1)) || GROUP_ROLE.test(role) || ONE_OF_ROLE.test(role) || BODY_OF_MEMBERS_ROLE.test(role) || AUTHORED_BY.test(appo[1] ?? "") || bodyRole;
    // "Derek Hollis, who voted with Priya Saxena, said": a relative clause is about the subject; nobody in it speaks.
    // "Jonathan Pryce KC, for Hale, told the jury": whom a lawyer acts for does not speak either.
    // "The IEBC, in a statement signed by its manager Janet Oduor, said": a prepositional phrase names the channel, not the speaker.
    // ("The minority owners, represented by Mr Lionel Tan, said": nor does their lawyer.)
    const relativeClause = /^\s*(?:who|whose|which|for|representing|represented by|advised by|led by|backed by|joined by|accompanied by|on behalf of|acting for|defending|prosecuting|in|according|through|via)\b/i.test(appo[1] ?? "");
    // ("Tara Lindahl, Corey's widow, told": the person whose widow she is does not speak.)
    const inAppo = relativeClause ? undefined : named.find((m) => m.type === "PERSON" && !/^['’]s?\s/.test(text.slice(m.end, m.end + 3))) ?? (described ? named.find((m) => m.type !== "PLACE") : undefined);
    // ("Lawyer Fernando Cassule Neto, who represents the company's former chief executive, Adelino Tchipilica, said": a
    // name in apposition inside a relative clause is whom the clause is about; its subject speaks.)
    const whoClause = /,\s*(?:who|whose)\b[^,]*$/.exec(role);
    const subject = whoClause ? mentionsIn(index, sentenceStart, sentenceStart + whoClause.index).filter((m) => m.type === "PERSON").at(-1) : undefined;
    if (subject) return { speakerId: subject.id };
    if (inAppo) return { speakerId: inAppo.id };
    // "Jean-Luc Marchal, 52, a dairy farmer, said": an age before the appositive belongs to the name.
    // …and so do "of Gatineau" and the age before it ("Marie-Claude Tremblay, 54, of Gatineau, Quebec, said").
    head = head.slice(0, appo.index).replace(/(?:,\s*(?:\d{1,3}|of\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*))+\s*$/u, "");
  }
  // Commas and "and" inside a name ("Ministry of Economy, Trade and Industry") are no clause boundary.
  // "PuntHQ, which is owned by Orbis Gaming Group, denied …": a relative clause after the subject is no clause boundary.
  head = subjectBeforeRelative(head, ctx, maskMentions(head, sentenceStart, index));
  // ("The company (Nasdaq: ORVT) said": a bracketed aside holds no clause boundary and is no part of who speaks.)
  // ("The maker of transmission components and electric-drive housings said": a body described by what it makes; its
  // "and" is no clause boundary.)
  const describedBody = /^\s*[Tt]he\s+([\p{Ll}-]+)\s+of\s+[^,;:"“”]{1,90}?\s*$/u.exec(head)?.[1];
  if (describedBody && isBodyNoun(describedBody) && !mentionsIn(index, sentenceStart, sentenceStart + head.length).length) return resolveBody(scopeOf(ctx), `the ${describedBody}`);
  // ("Residents in Sheikh Othman, Crater and Al-Mansoura said": the commas of a list of places are no clause boundary;
  // "Hospital managers in Pleven and Vidin told BTA": nor is its "and".)
  const group = head.trim();
  // ("The plaintiffs – the municipality, WWF Italia and the local branch of Legambiente – argue": a group whose members
  // are listed between dashes speaks as the group, not as the last member listed.)
  const dashedList = /^([Tt]he\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+s)\s+[–—]\s[^–—]{3,160}\s[–—]$/u.exec(group)?.[1];
  if (dashedList) return { speakerText: dashedList };
  // ("A group of nine hotel and guesthouse owners in Roundstone and Carna wrote": a group described by its members and
  // their places, "and"s and all, speaks as described.)
  // (Only one whose "and" would cut it, set in a place, and not one that names itself, "calling itself Aktionärsforum
  // Toggenburg".)
  const groupOf = withoutTrailing(group);
  if (/^An?\s+group\s+of\s+[^,;:"“”]{3,100}$/.test(groupOf) && /\sand\s/.test(groupOf) && /\s(?:in|from)\s+\p{Lu}/u.test(groupOf) && !NAMES_ITSELF.test(groupOf) && mentionsIn(index, sentenceStart, sentenceStart + head.length).every((m) => m.type === "PLACE" || /\b(?:in|from|near|and)\s+$/.test(text.slice(Math.max(0, m.start - 6), m.start)))) return { speakerText: groupOf };
  if (/,|\band\b/.test(group) && isGroupInPlace(group)) {
    const named = mentionsIn(index, sentenceStart, sentenceStart + head.length);
    if (named.length && named.every((m) => m.type === "PLACE")) return { speakerText: groupOf };
  }
  if (TWO_GROUPS.test(group) && !mentionsIn(index, sentenceStart, sentenceStart + head.length).length) return { speakerText: group };
  const cut = BOUNDARY.exec(maskMentions(head, sentenceStart, index).replace(ASIDE, (m) => "X".repeat(m.length)).replace(BETWEEN_AND, (m, and: string) => `${m.slice(0, -and.length)}XXX`));
  let segStart = sentenceStart + (cut ? cut.index + cut[0].length : 0);
  let segment = withoutTrailing(text.slice(segStart, sentenceStart + head.length).trimEnd().replace(ASIDE_AT_END, "")).replace(WHEN_AT_END, "");
  // "Analysts broadly welcomed": a manner adverb before the verb is no part of who speaks.
  const adverb = /\s+(\p{Ll}+ly)$/u.exec(segment);
  if (adverb?.[1] && adverb[1].length >= 5 && !LY_NOUN.test(adverb[1]) && !lexTags(adverb[1]).some((t) => t !== "Adverb")) segment = segment.slice(0, adverb.index).replace(TRAILING, "").replace(/(?:^|\s+)(?:is|are|was|were|been)$/, "");
  const lead = segment.length - segment.trimStart().length;
  segStart += lead;
  segment = segment.trim();
  // "Opposition spokesman on energy Kemar Blackett went further, accusing …": a participle after a short clause is its subject's.
  if (!segment && /ing$/.test(text.slice(verbStart, ctx.verbEnd)) && /,\s*$/.test(head)) {
    const named = mentionsIn(index, sentenceStart, sentenceStart + head.length);
    const first = named.find((m) => m.type !== "PLACE" && m.type !== "MEDIA");
    // ("Morgan Stanley's Lucas Brandt, who …, was more sanguine, calling …": the employer's person is the subject.)
    // ("Harbourline Capital analyst Sophie Tran cut her price target …, noting": so is the person the employer's role names.)
    const theirs = first && (possessedBy(text, named, first, "PERSON") ?? named.find((m) => m.type === "PERSON" && m.start > first.end && EMPLOYERS_ROLE.test(text.slice(first.end, m.start))));
    const subject = theirs ?? first;
    // (Only a subject that opens the sentence, after a title or "Analysts at", not one inside an object: "… fight for control of Tamarack Ridge Mining's board, accusing …".)
    const lead = subject ? text.slice(sentenceStart, subject.start) : "";
    // ("… lodged a complaint with the Department of Environment, Tourism, Science and Innovation on Tuesday, alleging …": a
    // name's own commas, and its length, are no part of the clause's shape.)
    const from = subject?.end ?? 0;
    // ("The Eswatini Garment and Allied Workers Union (EGAWU) has taken …": its acronym in brackets is no part of the clause.)
    // ("Sjever Banka, the largest creditor of Drava Obuca, has filed …, saying": nor is an appositive describing the subject.)
    const clause = maskMentions(text.slice(from, sentenceStart + head.length), from, index).replace(/X{2,}/g, "X").replace(/^,\s*who\b[^,]{0,120},/, "").replace(/^,\s+(?:the|an?)\s[^,]{0,100},/, "").replace(/^\s*\([^()]{1,12}\)/, "");
    // ("A company spokesperson declined to comment on that report, saying only that …": an unnamed speaker described at the
    // sentence's opening is the participle's subject too; "A NORMA spokesperson declined …, saying": one of a named body's.)
    const described = DESCRIBED_BEFORE_COMMA.exec(head);
    // ("Planners recommended refusal in May, concluding that …": or a group of people by their trade, with no name.)
    const trade = named.length ? undefined : PLURAL_TRADE_BEFORE_COMMA.exec(head)?.[1];
    if (described?.[1] && !named.some((m) => m.start < sentenceStart + (described[1]?.length ?? 0) && m.type === "PERSON")) segment = described[1];
    else if (trade) segment = trade;
    else if (subject && (SUBJECT_LEAD.test(lead) || /^\p{Lu}\p{Ll}+\s+(?:at|of|from)\s+$/u.test(lead) || theirs) && /^\s+\p{Ll}[^,]{0,120},\s*$/u.test(clause)) return { speakerId: subject.id };
  }
  if (!segment) {
    // ("A ministry spokesperson declined to comment on the ruling but noted that …": the described speaker opening the
    // sentence is the subject of both verbs.)
    const opener = leadingEntity(ctx) ?? coordinatedBody(ctx, head);
    const described = opener ? undefined : DESCRIBED_BEFORE_AND.exec(head)?.[1] ?? (mentionsIn(index, sentenceStart, sentenceStart + head.length).some((m) => m.type === "PERSON") ? undefined : DESCRIBED_BEFORE_LONG_AND.exec(head)?.[1]);
    if (!described || mentionsIn(index, sentenceStart, sentenceStart + described.length).some((m) => m.type === "PERSON")) return opener;
    segment = described;
    segStart = sentenceStart;
  }
  // ("…, a decision the lender says it will challenge", "in a standoff traders say is pushing up prices", "in what union
  // leaders called the biggest action": a relative clause without its "that"; who speaks follows the noun it describes,
  // and is not the body the sentence opens with.)
  const reduced = REDUCED_RELATIVE.exec(segment);
  if (reduced) {
    segStart += reduced[0].length;
    segment = segment.slice(reduced[0].length);
    // (Unnamed, it is described, not looked for among the bodies named before: the lender is not the bank that acted.)
    if (!mentionsIn(index, segStart, segStart + segment.length).length && !PRONOUN.test(segment)) return { speakerText: segment };
  }
  // ("A group representing about 210 buyers said": a group described by whom it stands for speaks as described.)
  // ("a group of investors who met at a hotel said": without the relative clause.)
  // ("The Palouse Water Alliance, a group of farmers, retirees and researchers, says": a group described after its name, its
  // list's commas and all, is the body named.)
  if (/^an?\s+group\s+(?:representing|of)\s/i.test(segment)) {
    const named = mentionsIn(index, sentenceStart, segStart).filter((m) => m.type === "ORG" || m.type === "GOV").at(-1);
    if (named && /^\s*,\s*$/.test(text.slice(named.end, segStart))) return { speakerId: named.id };
    return { speakerText: segment.replace(/\s+who\s[\s\S]*$/, "") };
  }
  // ("Several members of the Seimas have called …": some of a body's members speak for themselves, not for the body.)
  if (/^(?:several|some|two|three|four|five|many|a few|a number of)\s+(?:members|lawmakers|deputies|MPs|senators|councillors)\s+(?:of|from)\s/i.test(segment)) return { speakerText: segment };
  // "Dana Whitcombe, president of Unifor Local 111, which represents …, said": the role after the name is the name's.
  if (ROLE_OF.test(segment) && segStart > sentenceStart) {
    const person = mentionsIn(index, sentenceStart, segStart).filter((m) => m.type === "PERSON").at(-1);
    if (person && /^[\s,]*$/.test(text.slice(person.end, segStart))) return { speakerId: person.id };
  }
  // "…, it was announced": a passive attribution names no source.
  if (/^it\s+(?:was|has been|had been|is)$/i.test(segment)) return undefined;
  // "Calder Ridge offered …, the buyout firm said": a body phrase closing the sentence describes the body the sentence opens with.
  if (segStart > sentenceStart && isBodyPhrase(segment) && !reduced) {
    const opener = leadingEntity(ctx);
    if (opener?.speakerId && sameKind(index, opener.speakerId, segment)) return opener;
  }
  // "The museum lost money last year, a spokesperson said": a bare role closing the sentence speaks for the body it opens with.
  if (segStart > sentenceStart && BARE_ROLE.test(segment) && !reduced) {
    const opener = leadingEntity(ctx) ?? sentenceActor(text, sentenceStart, index, scopeOf(ctx));
    if (opener?.speakerId) return { speakerText: segment, speakerId: opener.speakerId };
  }
  // "Kilcarra said it was disappointed. A spokeswoman added …": an unattached spokesperson speaks for the organisation just quoted.
  if (segStart === sentenceStart && BARE_ROLE.test(segment)) {
    const prevType = ctx.previous?.speakerId ? index.byId.get(ctx.previous.speakerId)?.type : undefined;
    if (prevType === "ORG" || prevType === "GOV") return { speakerText: segment, speakerId: ctx.previous?.speakerId };
  }
  // "…, the hospital said": anything named before the speaker, even in this sentence, can be meant.
  const scope = { ...scopeOf(ctx), sentenceStart: segStart };
  // "NEW YORK, March 16 (Reuters) - Halvern Inc said": the agency in the dateline says nothing in the story.
  // "The Dubai Financial Market-listed developer said": a name joined to an attribute describes the speaker, it does not speak.
  const named = mentionsIn(index, segStart, segStart + segment.length).filter((m) => m.type !== "PLACE" && !filedByAgency(text, m));
  if (!named.some((m) => joinedToAttribute(text, m))) return resolveSegment(segment, named, scope);
  const masked = segment.replace(NAME_ATTRIBUTE, "x-$1");
  const resolved = resolveSegment(masked, named.filter((m) => !joinedToAttribute(text, m)), scope);
  return resolved?.speakerText === masked ? { ...resolved, speakerText: segment } : resolved;
}
/** The one body named before a position whose name holds "Committee", if there is exactly one. */
function committeeNamed(index: EntityIndex, before: number): string | undefined {
  const ids = new Set(index.mentions.filter((m) => m.end <= before && (m.type === "GOV" || m.type === "ORG") && /\bCommittee\b/.test(index.byId.get(m.id)?.name ?? "")).map((m) => m.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}
// ('"…," Dr. Francis said' after "Chief Medical Officer Dr. Marlon Francis": with the honorific too.)
function bySurname(segment: string, scope: Scope): Speaker | undefined {
  const surname = /^(?:(?:Dr|Mr|Mrs|Ms|Prof|Hon)\.?\s+)?(\p{Lu}[\p{Ll}'’-]+)$/u.exec(segment)?.[1];
  if (!surname) return undefined;
  const people = new Set(scope.index.mentions.filter((m) => m.type === "PERSON" && m.end <= scope.sentenceStart && scope.index.byId.get(m.id)?.name.endsWith(` ${surname}`)).map((m) => m.id));
  const [only] = people;
  return people.size === 1 && only ? { speakerId: only } : undefined;
}

/** A mention written with a hyphen and a lower-case word after it ("Market-listed"). (A module function, not a closure named inside the caller: under tsx (keepNames) every named closure also has its name written onto it when it is made, once per call.) */
const joinedToAttribute = (text: string, m: Located) => /^-\p{Ll}/u.test(text.slice(m.end, m.end + 2));
/** "Dubai Financial Market-listed", "Ulm-based": a name made into an attribute of the noun after it. */
const NAME_ATTRIBUTE = /(?:\p{Lu}[\p{L}&.]*\s+)*\p{Lu}[\p{L}&.]*-(\p{Ll}+)\b/gu;

/** "according to the analyst", "the lawyer said": the person the text introduced with that role ("analyst Jonathan Matuszewski", "X, a lawyer for Y,"). */
function introducedPerson(segment: string, scope: Scope): Speaker | undefined {
  const role = /^the\s+(?:[\p{Ll}-]+\s+)?(analyst|spokes(?:man|woman|person)|official|lawyer|attorney|minister|economist|prosecutor|judge|researcher|executive|director|mayor|governor|senator|president|chairman|chairwoman|coach|scientist|professor|doctor)$/iu.exec(segment)?.[1];
  if (!role || !scope.text) return undefined;
  const near = new RegExp(`\\b${role}\\b`, "i");
  const people = scope.index.mentions.filter((m) => m.type === "PERSON" && m.end <= scope.sentenceStart);
  const text = scope.text;
  const hit = [...people].reverse().find((m) => near.test(text.slice(Math.max(0, m.start - 40), m.start)) || near.test(text.slice(m.end, m.end + 60).split(/[.;]/)[0] ?? ""));
  return hit && { speakerText: segment, speakerId: hit.id };
}

const PROSECUTORS = /^(?:the\s+)?(?:(?:federal|state|public|regional|provincial)\s+)?prosecutors(?:\s+in\s+\p{Lu}[\p{L}\s-]*)?$/iu;
const PROSECUTION_NAME = /\b(?:Prosecution Service|Prosecutor['’]s Office|Prosecutors['’] Office|Public Prosecutor|Ministério Público|Ministerio Público|Fiscalía|Procuradoria)\b/u;
function prosecutionService(scope: Scope): Speaker | undefined {
  const service = scope.index.mentions.find((m) => m.type === "GOV" && PROSECUTION_NAME.test(scope.index.byId.get(m.id)?.name ?? ""));
  return service ? { speakerId: service.id } : undefined;
}
function resolveSegment(segment: string, found: Located[], scope: Scope): Speaker | undefined {
  // ("One of those workers, Kendall Francis of Gouyave, said … ¶ "…," Francis said.": a surname that is also a given name
  // was left unlinked by the entity pass; as a speaker it is the one person named before whose name it closes.)
  const surname = found.length ? undefined : bySurname(segment, scope);
  if (surname) return surname;
  // ("Federal prosecutors in Mato Grosso do Sul have filed", "According to prosecutors": prosecutors speak as the
  // prosecution service the story names, before or after.)
  const service = PROSECUTORS.test(segment) && found.every((m) => m.type === "PLACE") ? prosecutionService(scope) : undefined;
  if (service) return service;
  // ("The Santo branch of the Vanuatu Chamber of Commerce and Industry (VCCI) welcomed": a body's branch speaks as the body.)
  const branch = /^the\s+(?:\S+\s+){0,2}(?:branch|chapter|office|arm|unit|wing|division)\s+of\s+/i.exec(segment);
  const parent = branch ? found.find((m) => scope.text !== undefined && scope.text.slice(m.start, m.end) !== "" && m.type !== "PERSON" && segment.indexOf(scope.text.slice(m.start, m.end)) >= branch[0].length) : undefined;
  if (parent) return { speakerId: parent.id };
  // "A study by researchers in Cologne found": the authors are who asserts what the study found.
  const authors = /^(?:a|an|the)\s+(?:new\s+)?(?:study|report|survey|analysis|review|paper)\s+(?:(?:on|in|of|published)\s+[^,]{1,30}?\s+)?(?:by|from)\s+(.+)$/i.exec(segment)?.[1];
  if (authors && !found.length) return { speakerText: authors };
  // ("A spokesperson for the KwaZulu-Natal Department … said …. '…,' the spokesperson said": the one the claim just before
  // described so, before a person introduced with that role further up, "Police spokesperson Captain Nomvula Khoza".)
  // ("The same source said" after "A source at the Ministry …, who requested anonymity, said": the noun after "the"; lower
  // case only, so no "i" flag: under it \p{Ll} matches capitals too, and "The HSE" would be "the people".)
  const same = /^[Tt]he\s+(?:same\s+)?(\p{Ll}+)$/u.exec(segment)?.[1];
  const voiceNoun = same !== undefined && VOICE_NOUN.test(same);
  // ("'…,' said a joint secretary at the ministry … The official said": an official is any post of a state body's; "The
  // spokesperson pointed to …" after "a Power and Water spokesperson": the body's name may run to a few words.)
  const voices = same === "official" ? `(?:${VOICE_ROLE}|secretary|officer|director)` : same;
  if (voiceNoun && scope.previous?.speakerText && new RegExp(`^an?\\s+(?:[\\p{L}-]+\\s+){0,4}${voices}\\b`, "iu").test(scope.previous.speakerText)) return scope.previous;
  // ("… has suspended its assessment, a ministry spokesperson said … ¶ The ministry will resume its review …, the
  // spokesperson said": else the one the copy last described so, further up.)
  const earlier = voiceNoun && scope.text ? [...scope.text.slice(Math.max(0, scope.sentenceStart - 4000), scope.sentenceStart).matchAll(new RegExp(`\\b[Aa]n?\\s+(?:[\\p{L}-]+\\s+){0,3}${same}\\b`, "gu"))].at(-1)?.[0] : undefined;
  // (Only one described by a body's kind in lower case; "A DoT official", a body named, is looked for through the name below.)
  if (earlier && /^[Aa]n?\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}\p{Ll}+$/u.test(earlier) && !/\b(?:the|and|or|of|for|at|in|to)\s/.test(earlier)) return describe(earlier, [], scope);
  const person = found.length ? undefined : introducedPerson(segment, scope);
  if (person) return person;
  // ("Two growers spoken to by Hawke's Bay Today said": the people a paper interviewed speak, not the paper.)
  if (/^(?:[\p{L}-]+\s+){1,4}(?:spoken to|interviewed|contacted|surveyed|polled|questioned)\s+by\s/iu.test(segment)) return { speakerText: segment };
  // ("The defence rejected the charges", "the prosecution argued": a side in a trial speaks as that side.)
  // ("The defendant, who appeared in a dark suit, contested …", "The presiding judge indicated": so does a party or the bench.)
  if (/^the\s+(?:defen[cs]e|prosecution|defendant|accused|plaintiff|claimant|presiding\s+judge)(?:\s+team)?$/i.test(segment)) return { speakerText: segment };
  // "The report claims …": a document just cited speaks for whoever issued it, the previous source.
  // ("In a written statement, a spokesperson for the utility said …. 'The delay is not ours,' the statement said.")
  // ("Lochside Leisure Group lodged the appeal … The appeal statement, running to 46 pages, argues": an appeal's papers
  // are the word of whoever lodged it, however far up the story that was.)
  const appellant = /^the\s+appeal(?:\s+(?:statement|papers|documents|filing))?$/i.test(segment) && scope.text !== undefined ? plaintiffBefore(scope.text, scope.index, scope.sentenceStart, 5000) : undefined;
  if (appellant) return { speakerText: segment, speakerId: appellant.id };
  if (/^the\s+(?:report|study|survey|filing|document|lawsuit|complaint|indictment|memo|statement)$/i.test(segment) && scope.previous) return { ...scope.previous, speakerText: segment };
  // "The people said": the group the previous claim described ("two people familiar with the matter").
  if (same && scope.previous?.speakerText && new RegExp(`\\b${same}\\b`, "i").test(scope.previous.speakerText)) return scope.previous;
  // ("A spokesperson for the Dairy Development Authority … said …. The official said": the body's voice just quoted.)
  const voice = voiceNoun && scope.previous?.speakerId && scope.previous.at !== undefined && scope.text
    && /\b(?:spokes(?:person|man|woman)|officials?|representative)\s+(?:for|of|at|from)\b/i.test(scope.text.slice(scope.previous.at, scope.sentenceStart));
  if (voice && /^(?:ORG|GOV)$/.test(scope.index.byId.get(scope.previous?.speakerId ?? "")?.type ?? "")) return scope.previous;

  // "Its inspectors found", "Their lawyers argued": people speaking for the body "its" refers to.
  const owned = /^([Ii]ts|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+$/u.exec(segment);
  if (owned && !found.length) {
    // "their union", "its regulator": a body of its own kind is looked up as that body; "its lawyers" speak for the owner.
    const ownBody = isBodyNoun(segment.split(/\s+/).at(-1) ?? "") ? resolveBody(scope, segment) : undefined;
    const body = ownBody ?? resolvePronoun(scope, owned[1]?.toLowerCase() === "its" ? "it" : "they");
    const type = body?.speakerId ? scope.index.byId.get(body.speakerId)?.type : undefined;
    if (type === "ORG" || type === "GOV") return { speakerText: segment, speakerId: body?.speakerId };
  }
  // ("The manager added" after "Harbourgate Capital Management": a fund's manager, named as such; else a person's role.)
  if (/^the\s+(?:fund\s+|investment\s+|asset\s+)?manager$/i.test(segment)) {
    const manager = scope.index.mentions.filter((m) => m.end <= scope.sentenceStart && m.type === "ORG" && /\b(?:Management|Managers|Asset Managers?)$/.test(scope.index.byId.get(m.id)?.name ?? "")).at(-1);
    if (manager) return { speakerText: segment, speakerId: manager.id };
  }
  // ("In a letter seen by this publication, management told staff …": a company's management speaks as the company.)
  const managed = /^(?:the\s+)?management$/i.test(segment) && !found.length ? resolveBody(scope, "the company") : undefined;
  if (managed?.speakerId) return { speakerText: segment, speakerId: managed.speakerId };
  if (ROLE.test(segment) && !found.some((m) => m.type === "PERSON")) return describe(segment, found, scope);
  // "A spokesperson for Whitford said": someone speaking for a person is described, on that person's behalf.
  const forPerson = /^an?\s+(?:[\p{Ll}-]+\s+)?(?:spokes(?:person|man|woman)|aide|adviser|advisor|representative|lawyer)\s+for\s+/iu.test(segment) ? found.find((m) => m.type === "PERSON") : undefined;
  if (forPerson) return { speakerText: segment, speakerId: forPerson.id };
  // "Walt Disney Co. executive Kevin Mayer said": the person nearest the verb speaks, the employer before is context.
  // "The MOEA's Department of Investment Review said": the owner named first is context, the body after it speaks.
  // "Kowalchuk's office confirmed", "Ms Dwyer's office said": the office speaks on the person's behalf.
  const office = found.length === 1 && found[0]?.type === "PERSON" && /['’]s\s+(?:office|spokes(?:person|man|woman)|aides?|press secretary|lawyers?|attorneys?)$/i.test(segment);
  if (office) return { speakerText: segment, speakerId: found[0]?.id };
  // ("Minority shareholders of Sarimas Plantations Bhd have urged": the company's shareholders speak, not the company.)
  // ("Members of the Marsabit County Assembly have accused": a state body's members, likewise.)
  const body = found.length === 1 && (found[0]?.type === "ORG" || found[0]?.type === "GOV") ? scope.text?.slice(found[0].start, found[0].end) : undefined;
  if (body && segment.endsWith(` ${body}`) && segment.split(/\s+/).length <= body.split(/\s+/).length + 4 && PEOPLE_OF.test(segment.slice(0, -body.length))) return { speakerText: segment };
  // ("Importers in Karachi said", "Two freight forwarders in Escuintla said", "Grain exporters in northern Kazakhstan say":
  // people described as a group in a place speak as that group, the place included, not as the place.)
  if (found.every((m) => m.type === "PLACE") && isGroupInPlace(segment)) return { speakerText: segment };
  const owned2 = found[0] && scope.text ? possessedBy(scope.text, found.slice(1, 2), found[0]) : undefined;
  if (found.length) return { speakerId: (found.filter((m) => m.type === "PERSON").at(-1) ?? owned2 ?? found[0])?.id };
  // "The US welcomed the exchange", "China said": a country speaks through its government.
  // ("the Slovenian municipality of Sežana has raised concerns": a town's administration, written as the town's kind
  // "of" it, speaks as the town, as "Sežana has raised concerns" does.)
  const bare = /^(?:[Tt]he\s+)?(?:\p{Lu}\p{Ll}+\s+)?(?:municipality|town|city|commune|village|canton|borough|parish)\s+of\s+(\p{Lu}.*)$/u.exec(segment)?.[1] ?? segment.replace(/^the\s+/i, "");
  const country = scope.index.mentions.find((m) => m.type === "PLACE" && m.start >= scope.sentenceStart && scope.text?.slice(m.start, m.end) === bare);
  if (country) return { speakerId: country.id };
  if (PRONOUN.test(segment)) return resolvePronoun(scope, segment);
  // "…, police said": a bare state noun is the body named with it ("Royal Canadian Mounted Police"), else a described speaker.
  // ("Provincial police said there were no arrests": or the police of a level of government, described so.)
  if (/^(?:(?:provincial|federal|state|local|city|county|national|municipal|regional|border|traffic)\s+)?police$/i.test(segment)) return { speakerText: segment, speakerId: resolveBody(scope, "the police")?.speakerId };
  if (isBodyPhrase(segment)) return resolveBody(scope, segment);
  const region = regionAdministration(scope, segment);
  if (region) return region;
  // ("Council figures show 1312 submissions opposed": a body's own figures or documents are the body's.)
  const bodyPapers = /^(?:the\s+)?([\p{L}-]+)\s+(?:figures|data|documents|records|statistics|papers|filings)$/iu.exec(segment)?.[1]?.toLowerCase();
  if (bodyPapers && isBodyNoun(bodyPapers)) return { speakerText: segment, speakerId: resolveBody(scope, `the ${bodyPapers}`)?.speakerId };
  if (/^\p{Ll}*\s*[\p{L}\s'’-]*s$/u.test(segment) && segment.split(" ").length <= 4) return { speakerText: segment };
  // "one viewer quipped", "another user wrote": a single unnamed person is a described speaker.
  // ("One picker from Iași, who asked not to be named, said": or one from a place.)
  if (/^(?:one|another)\s+[\p{Ll}-]+(?:\s+(?:from|in)\s+\p{Lu}[\p{L}-]+)?$/iu.test(segment)) return { speakerText: segment };
  // ("Two commercial guides who fish the lower Skeena, who asked not to be named, said": a counted group described by
  // what its members do, or where they are ("Two councillors there"), speaks as described, that clause and all.)
  const counted = /^(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|[Aa] few)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s(?:\s+there|\s+who\s+[^,;]{3,80}?)(?=,\s*who\b|$)/u.exec(segment)?.[0];
  if (counted && !found.some((m) => m.type !== "PLACE")) return { speakerText: counted };
  // "The heirs of the painter who sold it said": a group described by its relation to someone, the relative clause left out.
  const group = /^([Tt]he\s+[\p{Ll}-]+s\s+of\s+(?:the\s+|a\s+|an\s+)?[\p{Ll}-]+)\s+(?:who|which|that)\b/u.exec(segment);
  if (group?.[1]) return { speakerText: group[1] };
  // "An independent commission found", "A consumer group said": an unnamed body introduced as such.
  if (/^an?\s/i.test(segment) && isBodyNoun(segment) && segment.split(" ").length <= 4) return indefiniteBody(segment, scope) ?? { speakerText: segment };
  return undefined;
}

/** ("according to its own audit": a body's own count too.) */
const OWN_DOCUMENT = /^(?:its|their)\s+(?:[\w-]+\s+){0,3}(?:results|report|filing|statement|figures|data|accounts|website|disclosures?|audit|records|calculations|estimates?)$/i;
// ("according to documents seen by this site": plural papers need no article.)
const DOCUMENT = /^(?:(the|an?|its|their)\s+(?:[\w-]+\s+){0,2}(?:filing|notice|statement|memo|letter|release|document|report|email|presentation)s?|documents|papers|filings|minutes)\b/i;

/** The organisation a sentence opens with, named ("Lumora also plans …") or as a body phrase ("The regulator also ordered …"). */
function sentenceActor(text: string, from: number, index: EntityIndex, scope: Scope): Speaker | undefined {
  // (A name opening the sentence, "The" before it or not: "The Fejér Metalworkers' Union, which says …".)
  const first = index.mentions.find((m) => m.start >= from && (m.start - from < 4 || /^The\s$/.test(text.slice(from, m.start))));
  if (first) return first.type === "ORG" || first.type === "GOV" ? { speakerId: first.id } : undefined;
  const body = /^\s*((?:[Tt]he|[Ii]ts)\s+[\p{Ll}-]+)\b/u.exec(text.slice(from, from + 40))?.[1];
  return body && isBodyPhrase(body) ? resolveBody(scope, body) : undefined;
}

/** A noun described by the clause that follows it without "that" ("a decision", "a standoff", "what"), before who speaks. */
const REDUCED_RELATIVE = /^(?:in\s+)?(?:(?:an?|the)\s+(?:[\p{Ll}-]+\s+)?(?:decision|move|step|standoff|dispute|row|claim|charge|case|ruling|plan|deal|measure|change|policy|figure|sum|amount|rise|increase|cut|fee|levy|tariff|price|shortfall|practice|process|delay|strike|protest|level|rate|target)|what)\s+(?=(?:the\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?$)/u;
const TITLE_LEAD = new RegExp(String.raw`^(?:The\s+)?(?:${TITLE_ABBREVIATIONS})\.?\s+$`);
/**
 * ("The company employs about 230 people at the plant and says it spent …": a body phrase is the subject of both verbs;
 * "The association wants the fee brought down to $100 for a week, and says …": a comma before the "and" too.)
 */
function coordinatedBody(ctx: SpeakerContext, head: string): Speaker | undefined {
  const phrase = openingBodyPhrase(head);
  if (!phrase || !/^[^,;:"“”]*(?:,\s*)?\band\s*$/.test(head.slice(phrase.length))) return undefined;
  return resolveBody(scopeOf(ctx), phrase);
}

/** "A company spokesperson declined to comment …": an unnamed speaker described at the sentence's opening, then the clause it is the subject of. */
// ("A spokesperson for Corisco Gas Trading declined …": with the body they speak for.)
const DESCRIBED_SPEAKER = String.raw`^((?:[Aa]n?|[Tt]he)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:spokes(?:person|man|woman)|official|representative|source)(?:\s+(?:for|at|of|from|with)\s+(?:the\s+)?[\p{L}'’&.-]+(?:\s+\p{Lu}[\p{L}'’&.-]*){0,5})?)\s+\p{Ll}`;
const DESCRIBED_OPENING = String.raw`${DESCRIBED_SPEAKER}[^,]{0,90}`;
const DESCRIBED_BEFORE_COMMA = new RegExp(`${DESCRIBED_OPENING},\\s*$`, "u");
const PLURAL_TRADE_BEFORE_COMMA = /^(\p{Lu}\p{Ll}+(?:ers|ors|ists|ians|ants|ents))\s+\p{Ll}[^,]{0,90},\s*$/u;
const DESCRIBED_BEFORE_AND = new RegExp(`${DESCRIBED_OPENING}\\s(?:but|and)\\s*$`, "u");
/** ("The spokesperson pointed to the October 2023 system black, when …, and said": a longer clause, its own commas in it.) */
const DESCRIBED_BEFORE_LONG_AND = new RegExp(`${DESCRIBED_SPEAKER}[^;"“”]{0,200},?\\s(?:but|and)\\s*$`, "u");

/** "Anthropic, the maker of Claude, said": the entity that opens the sentence. */
function leadingEntity(ctx: SpeakerContext): Speaker | undefined {
  const named = mentionsIn(ctx.index, ctx.sentenceStart, ctx.verbStart);
  const first = named[0];
  // ("Ald. Renee Dukes-Harris, whose …, voted and said": a title may stand before the name.)
  const lead = first ? ctx.text.slice(ctx.sentenceStart, first.start) : "";
  if (first && (lead.length < 4 || TITLE_LEAD.test(lead)) && first.type !== "PLACE") return { speakerId: first.id };
  // ("Fayoum Governor Ahmed Mansour met a delegation … and promised": a post written out, its place before it, then the name.)
  const person = named.find((m) => m.type === "PERSON");
  return person && named.slice(0, named.indexOf(person)).every((m) => m.type === "PLACE") && POST_LEAD.test(ctx.text.slice(ctx.sentenceStart, person.start)) ? { speakerId: person.id } : undefined;
}
const POST_LEAD = /^(?:The\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Governor|Minister|Mayor|Senator|President|Commissioner|Chairman|Chairwoman|Chairperson|Secretary|Director|MCA|MP|MLA|Councillor|Premier|Chief)\s+$/u;

/** Words before a sentence's subject that are its title or role ("Opposition spokesman on energy"), with no function word of a clause. */
const SUBJECT_LEAD = /^(?:The\s+)?(?:(?!(?:of|for|to|its|their|his|her|has|have|had|is|was|are|were|will|would|the|a|an|and|but|after|before|when|while)\b)[\p{L}.'’-]+\s+){0,6}$/u;
// ("according to a report in the Süddeutsche Zeitung": a report in an outlet is the outlet's.)
const OUTLET_NOUN_BEFORE = /^(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:daily|weekly|newspaper|paper|broadcaster|outlet|agency|magazine|website|site|station|channel|tabloid|broadsheet)\s+$|^an?\s+(?:[\p{Ll}-]+\s+)?(?:report|article|story|interview)\s+(?:in|on|by|with)\s+(?:the\s+)?$/u;
/** ("…," retorted Mahamat Abakar Issa', '"…?" asked Khadidja Oumar': a reply or a question, closed by its speaker as "said" is.) */
export const REPLY_VERBS = "retorted|countered|replied|asked";
/** "according to her": the subject form a pronoun's resolver reads. */
const SUBJECT_FORM: Record<string, string> = { her: "she", him: "he", them: "they" };
const INVERTED_SAID = new RegExp(String.raw`[,"”]\s*(?:said|says|wrote|writes|added|adds|noted|explained|continued|${REPLY_VERBS}|declared)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?`, "i");
/** "..., said Jane Smith" / "according to a person familiar with the letter" / "according to the filing". */
export function speakerAfter(text: string, from: number, end: number, index: EntityIndex, previous?: Speaker, cited?: Cited): (Speaker & { at: number; according?: boolean }) | undefined {
  const found = speakerAfterRaw(text, from, end, index, previous, cited);
  return found && /^according to\b/i.test(text.slice(found.at)) ? { ...found, according: true } : found;
}

const FILED = /\b(?:filed|lodged|brought|launched)\s+(?:a\s+|an\s+|the\s+)?(?:suit|lawsuit|complaint|petition|claim|case|appeal)\b|\bsued\b/g;
/** The body or person that filed the last suit or complaint the copy told of before `at` (the subject of "filed suit"). */
function plaintiffBefore(text: string, index: EntityIndex, at: number, reach = 1500) {
  const from = Math.max(0, at - reach);
  const filed = [...text.slice(from, at).matchAll(FILED)].at(-1);
  if (!filed) return undefined;
  const verbAt = from + filed.index;
  return mentionsIn(index, sentenceBegin(text, verbAt), verbAt).find((m) => m.type !== "PLACE" && m.type !== "MEDIA");
}

function speakerAfterRaw(text: string, from: number, end: number, index: EntityIndex, previous?: Speaker, cited?: Cited): (Speaker & { at: number }) | undefined {
  const tail = text.slice(from, end);
  // ("according to Mrs. Abena Quaye-Mensah": the honorific's full stop ends no phrase.)
  // ("according to the U.S. Geological Survey": a country's initials keep their full stops.)
  const acc = /\baccording to\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)?((?:U\.S\.|U\.K\.|U\.N\.|[^,.;])+)/i.exec(tail);
  if (acc?.[1]) {
    // ("according to two people familiar with the matter who were not authorized to speak": the relative clause is no part of who.)
    // ("according to a staff report presented to council in September": nor is where and when a paper was put forward.)
    const phrase = acc[1].trim().replace(/\s+(?:who|which)\s.*$/, "").replace(/^((?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:report|study|review|analysis|memo|assessment|audit|survey|briefing))\s+(?:presented|prepared|submitted|tabled|released|published|delivered)\s.*$/u, "$1");
    const start = from + acc.index + acc[0].length - acc[1].length;
    const at = from + acc.index;
    const found = mentionsIn(index, start, start + acc[1].length).filter((m) => m.type !== "PLACE");
    const first = found[0];
    if (first && first.start === start) return { speakerId: first.id, at };
    // ("According to the FIM-CISL union, …", "according to the Unite union": a body named between "the" and its kind in
    // lower case is that body.)
    const article = /^the\s+/i.exec(acc[1])?.[0].length ?? 0;
    if (first && article > 0 && first.start === start + article && first.type !== "PERSON" && /^\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s*$/u.test(text.slice(first.end, start + acc[1].length))) return { speakerId: first.id, at };
    // ("According to the public prosecutor, Mr. Sidiki Ouédraogo, the company …": the role, then the name in apposition;
    // "according to the workers' delegate, Jean-Claude Zoumandé," too; "according to its president, Hélène Vatrican." closing
    // the sentence.)
    const named = /^,\s*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?/.exec(text.slice(start + acc[1].length));
    const nameAt = start + acc[1].length + (named?.[0].length ?? 0);
    const holder = named && !found.length && /^(?:the|its|their)\s+(?:[\p{Ll}-]+['’]?\s+){0,3}[\p{Ll}-]+$/u.test(phrase) ? mentionsIn(index, nameAt, nameAt + 60).find((m) => m.type === "PERSON" && m.start === nameAt) : undefined;
    if (holder && /^\s*(?:,|[.;]\s|[.;]?$)/.test(text.slice(holder.end, holder.end + 3))) return { speakerId: holder.id, at };
    const scope: Scope = { index, sentenceStart: from, previous, cited, text };
    // ("…, according to documents filed with the Nógrád County Government Office": papers filed with a body are the
    // filer's, the sentence's own actor, not the office that received them; "a statement filed with Consob" and "accounts
    // filed at Companies House" too.)
    if (/^(?:the\s+)?(?:documents?|filings?|papers|accounts|an?\s+(?:application|statement|filing)|applications|statements|submissions?|plans)\s+(?:(?:it|they)\s+)?(?:filed|submitted|lodged)\s+(?:with|to|at)\b/i.test(phrase)) {
      const filer = sentenceActor(text, from, index, scope);
      if (filer?.speakerId) return { speakerText: phrase, speakerId: filer.speakerId, at };
    }
    // "according to the regional daily Ouest-France": an outlet introduced by what it is reports it itself.
    // ("according to the LETA news agency": or by what it is after its name.)
    const outlet = found.find((m) => m.type === "MEDIA" && ((m.end >= start + phrase.length && OUTLET_NOUN_BEFORE.test(text.slice(start, m.start))) || (/^(?:the\s+)?$/i.test(text.slice(start, m.start)) && /^\s+(?:news\s+agency|agency|newspaper|daily|weekly|broadcaster|news\s+(?:site|website|portal)|website|channel)$/i.test(text.slice(m.end, start + phrase.length)))));
    if (outlet) return { speakerId: outlet.id, at };
    // ("According to her, the utility has paid …": a pronoun is the person or body it stands for.)
    const pronoun = /^(?:her|him|them|it)$/i.exec(phrase)?.[0].toLowerCase();
    if (pronoun) return { ...resolvePronoun(scope, SUBJECT_FORM[pronoun] ?? pronoun), at };
    // ("The Consortium filed suit April 14 … According to the complaint, Tronto Valley Foods sold …": a complaint is the
    // word of whoever filed it.)
    // ("According to the statement of claim": a Swiss or a Commonwealth court's name for it.)
    if (/^the\s+(?:complaint|lawsuit|suit|petition|claim|statement\s+of\s+claim)$/i.test(phrase)) {
      const filer = plaintiffBefore(text, index, from);
      if (filer) return { speakerId: filer.id, at };
    }
    // ("The Nantes Administrative Court on Monday ordered …, according to a copy of the ruling": a court's own ruling is the
    // court's word, and the court the sentence's actor.)
    if (/^(?:a\s+)?copy\s+of\s+(?:the|its)\s+(?:ruling|decision|judgment|judgement|order|verdict)$/i.test(phrase)) {
      const court = mentionsIn(index, from, at).find((m) => m.type === "GOV" && /\b(?:Court|Tribunal)\b/.test(index.byId.get(m.id)?.name ?? ""));
      if (court) return { speakerId: court.id, at };
    }
    // ("The Nidwalden Administrative Court on Tuesday suspended a permit … According to the ruling, the canton relied …": a
    // ruling named alone is the word of the court the story named last; not of one a case "can be appealed to".)
    if (/^the\s+(?:ruling|judgment|judgement|verdict)$/i.test(phrase)) {
      const courts = index.mentions.filter((m) => m.end <= at && m.type === "GOV" && /\b(?:Court|Tribunal)\b/.test(index.byId.get(m.id)?.name ?? "") && !appealedTo(text, m));
      const court = courts[courts.length - 1];
      if (court) return { speakerId: court.id, at };
    }
    // "according to provisional results the commission published": a document is its publisher's.
    // ("according to figures the ministry presented to lawmakers": or its presenter's.)
    // ("according to figures released by the company", "according to payslips provided by the union": or written the
    // other way round.)
    const publisher = /^(?:[\w-]+\s+){0,3}?(?:results|figures|data|documents?|report|statement|filings?|records|estimates|minutes)\s+(?:that\s+|which\s+)?((?:the|its)\s+[\p{Ll}-]+|it|they|\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)*)\s+(?:had\s+)?(?:published|released|issued|filed|compiled|provided|posted|presented|submitted|shared|gave)\b/u.exec(phrase) ?? /^(?:[\w-]+\s+){0,3}?(?:results|figures|data|documents?|report|statement|records|estimates|payslips|pay slips|invoices|contracts|letters|emails|receipts|timesheets)\s+(?:published|released|issued|compiled|provided|posted|presented|supplied|shared)\s+by\s+((?:the|its)\s+[\p{Ll}-]+|\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*)*)$/u.exec(phrase);
    const issuer = publisher?.[1];
    // ("…, according to figures it released on Tuesday": the sentence's own subject published them.)
    // (Its subject is the sentence's actor, else the first body the sentence names before "according to".)
    const pronounIssuer = issuer === "it" || issuer === "they";
    const body = pronounIssuer ? mentionsIn(index, from, at).find((m) => m.type === "ORG" || m.type === "GOV") : undefined;
    const own = pronounIssuer ? sentenceActor(text, from, index, scope) ?? (body ? { speakerId: body.id } : resolvePronoun(scope, issuer)) : undefined;
    if (own?.speakerId) return { speakerId: own.speakerId, at };
    if (publisher && issuer && !pronounIssuer) {
      const named = found.find((m) => m.start >= start + publisher.index + publisher[0].indexOf(issuer));
      const by = named ? { speakerId: named.id } : isBodyPhrase(issuer) ? resolveBody(scope, issuer) : undefined;
      if (by?.speakerId) return { speakerText: phrase, speakerId: by.speakerId, at };
    }
    // ("according to the council's own figures", "the hospital's own quarterly report": the body's document is the body's.)
    // ("according to the administrative court's published processing times": a body's kind may keep its adjective.)
    const owner = /^the ((?:[\p{Ll}-]+\s)?([\p{Ll}-]+))['’]s\b/iu.exec(phrase);
    if (!found.length && owner?.[1] && owner[2] && isBodyNoun(owner[2])) return { speakerText: phrase, speakerId: resolveBody(scope, `the ${owner[1]}`)?.speakerId ?? (owner[1] !== owner[2] ? resolveBody(scope, `the ${owner[2]}`)?.speakerId : undefined), at };
    // ("according to department data", "according to ministry figures": the body's own numbers.)
    // ("according to figures from the ports authority": from the body named after them; "preliminary figures from the institute".)
    const keeper = /^(?:the\s+)?([\p{Ll}-]+)\s+(?:data|figures|records|statistics|documents)$/iu.exec(phrase)?.[1] ?? /^(?:(?:preliminary|provisional|official|latest|new|initial)\s+)?(?:data|figures|records|statistics)\s+(?:from|by|of)\s+the\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)$/u.exec(phrase)?.[1];
    if (!found.length && keeper && isBodyPhrase(`the ${keeper}`)) return { speakerText: phrase, speakerId: resolveBody(scope, `the ${keeper}`)?.speakerId, at };
    // "…, according to its latest results": its own document speaks for the body the sentence is about.
    if (!found.length && OWN_DOCUMENT.test(phrase)) {
      const owner = sentenceActor(text, from, index, scope) ?? resolvePronoun(scope, /^their\b/i.test(phrase) ? "they" : "it");
      if (owner?.speakerId) return { speakerId: owner.speakerId, at };
    }
    // "a memo seen by Reuters": the outlet that saw a document did not write it.
    const document = found.every((m) => m.type === "MEDIA" && /\b(?:seen|obtained|reviewed) by\s*$/i.test(text.slice(start, m.start))) && DOCUMENT.exec(phrase);
    if (document) {
      // "Lumora plans …, according to a memo": a document nobody else is said to have issued is the sentence's actor's;
      // "the final notice" is the actor's too, else the one the previous speaker issued.
      const actor = sentenceActor(text, from, index, scope);
      const issuer = actor ?? (document[1]?.toLowerCase() === "the" ? previous : undefined);
      if (issuer?.speakerId) return { speakerText: phrase, speakerId: issuer.speakerId, at };
    }
    // "according to the decision": a ruling is the court's or regulator's that the story last named.
    if (!found.length && /^the\s+(?:[\w-]+\s+)?(?:decision|ruling|order|judgment|judgement|verdict|determination)$/i.test(phrase)) {
      const court = lastOf(scope, ["GOV"]);
      if (court?.speakerId) return { speakerId: court.speakerId, at };
    }
    const service = !found.length && PROSECUTORS.test(phrase) ? prosecutionService(scope) : undefined;
    if (service) return { ...service, at };
    if (isBodyPhrase(phrase)) return { speakerText: phrase, speakerId: resolveBody(scope, phrase)?.speakerId, at };
    // ("According to the committee, …" after "the Antimonopoly Committee of Ukraine": the one committee the copy named; a
    // committee is too often an unnamed panel for "the committee said" to be looked up so.)
    const committee = /^the committee$/i.test(phrase) ? committeeNamed(index, from) : undefined;
    if (committee) return { speakerText: phrase, speakerId: committee, at };
    const region = regionAdministration(scope, phrase);
    if (region) return { ...region, at };
    // ("according to a ministerial resolution issued on Thursday": a ministry's act is the ministry's.)
    const ministerial = !found.length && /^an?\s+ministerial\s+(?:resolution|decree|order|decision|circular|statement|notice)\b/i.test(phrase) ? resolveBody(scope, "the ministry") : undefined;
    if (ministerial?.speakerId) return { speakerText: phrase, speakerId: ministerial.speakerId, at };
    const person = found.length ? undefined : introducedPerson(phrase, scope);
    if (person) return { ...person, at };
    // "according to a Reuters poll": an outlet's own survey or count is the outlet's.
    const byOutlet = /\b(?:poll|survey|tally|count|analysis|calculations?|data compiled by|data from)\b/i.test(phrase) ? found.find((m) => m.type === "MEDIA") : undefined;
    // "according to a notice posted at bus stations by the company": the author after "by".
    // ("according to figures presented by the commission at the forum": where it was presented is no part of who.)
    // ("according to figures released by the health authority", "a 2024 survey by the association": a survey's or study's author too.)
    // ("according to tests commissioned by the association": who had the tests done speaks for their results.)
    const author = /\b(?:posted|issued|published|released|written|filed|sent|signed|presented|compiled|commissioned|conducted|survey|study|poll|audit|review|analysis)\b[^,;]*?\bby\s+((?:the|its)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)(?:\s+(?:at|in|on|to)\s+[^,;]*)?\s*$/iu.exec(phrase)?.[1];
    if (author && isBodyPhrase(author)) return { speakerText: phrase, speakerId: resolveBody(scope, author)?.speakerId, at };
    const voiced = found.length ? undefined : voiceOfBody(phrase, scope);
    if (voiced) return { ...voiced, at };
    // ("according to a report aired Friday on Canal Caribe": the broadcaster that aired it.)
    const aired = /\b(?:aired|broadcast|screened)\b/i.test(phrase) ? found.find((m) => m.type === "MEDIA") : undefined;
    if (aired) return { speakerId: aired.id, at };
    return { speakerText: phrase, speakerId: byOutlet?.id ?? found.find((m) => m.type !== "MEDIA")?.id, at };
  }
  // Only "said"/"says" invert ("…, said Jane Smith"); after "told" comes the audience ("…, told the Financial Times").
  const said = INVERTED_SAID.exec(tail);
  if (said) {
    const at = from + said.index + said[0].length;
    // "…, said Cascade Valley had …" is content: an inverted speaker closes the sentence (or comes before a time, venue or ", adding").
    const m = index.mentions.find((x) => x.start === at && CLOSES_AFTER_NAME.test(text.slice(x.end, end + 1)));
    // "…,” said White House Press Secretary Stephanie Grisham: the person after the employer and title speaks.
    const titled = m ? index.mentions.find((x) => x.type === "PERSON" && x.start > m.end && TITLE_GAP.test(text.slice(m.end, x.start))) : undefined;
    if (m) return { speakerId: (titled ?? m).id, at: from + said.index };
    // "…,” said GMB regional organiser Dean Holroyd: the employer, a role in lower case, then the person who closes the sentence.
    const employer = index.mentions.find((x) => x.start === at && x.type !== "PERSON");
    const employed = employer && index.mentions.find((x) => x.type === "PERSON" && x.start > employer.end && x.start - employer.end < 50 && /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(text.slice(employer.end, x.start)) && !FUNCTION_WORD.test(text.slice(employer.end, x.start)) && CLOSES_AFTER_NAME.test(text.slice(x.end, end + 1)));
    if (employed) return { speakerId: employed.id, at: from + said.index };
    // "…,” said Auditor General for Wales Helen Rhys-Davies: a title with its portfolio, then the person who closes the sentence.
    const afterTitle = index.mentions.find((x) => x.type === "PERSON" && x.start > at && x.start - at < 70 && /^(?:\p{Lu}[\p{L}.'’-]*\s+|(?:for|of|the)\s+){1,7}$/u.test(text.slice(at, x.start)) && CLOSES_AFTER_NAME.test(text.slice(x.end, end + 1)));
    if (afterTitle) return { speakerId: afterTitle.id, at: from + said.index };
    // "…,” said senior economist Ana Ruiz: a lower-case role between the verb and a person's name.
    // "…, said that Dorm erred" is content: only role words (no "that", "it", articles) stand between.
    const role = /^(?:(?:[\p{Ll}-]+|CEO|CFO|COO|CTO)\s+){1,3}/u.exec(text.slice(at, end))?.[0] ?? "";
    const person = role && !FUNCTION_WORD.test(role) && index.mentions.find((x) => x.start === at + role.length && x.type !== "PLACE");
    if (person) return { speakerId: person.id, at: from + said.index };
    // "…, said the buyers' lawyer, Suresh Kandiah": a role, then the person it names closing the sentence.
    // ("…," said Monrupino's mayor, Tanja Kralj.": a place's or a body's role, possessive first.)
    const named = index.mentions.find((x) => x.type === "PERSON" && x.start > at && x.start - at < 60 && /^(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,3}['’]s)\s+[^,.;"“”]{1,50},\s+$/u.test(text.slice(at, x.start)) && CLOSES_AFTER_NAME.test(text.slice(x.end, end + 1)));
    if (named) return { speakerId: named.id, at: from + said.index };
    // ("…,” said a retired civil servant, who asked not to be named": an unnamed person described, closing the sentence;
    // "said one London-based buyer": a place joined to the description by a hyphen too.)
    const someone = /^((?:an?|one|another)\s+(?:[\p{Ll}-]+\s+|\p{Lu}\p{Ll}+-[\p{Ll}]+\s+){0,3}[\p{Ll}-]+)(?=\s*[,.;!?]|\s*$)/u.exec(text.slice(at, end + 1))?.[1];
    if (someone && !FUNCTION_WORD.test(someone.replace(/^\S+\s+/, "")) && (ROLE.test(someone) || PERSON_NOUN.test(someone)) && /^\s*(?:[.!?]|,\s+who\b|$)/.test(text.slice(at + someone.length, end + 1))) return { speakerText: someone, at: from + said.index };
    // ("…,” said a spokesman for Wusool, who asked not to be named": one who speaks for a body named after "for".)
    const voice = VOICE_FOR.exec(text.slice(at, end))?.[1];
    const body = voice ? index.mentions.find((x) => x.start === at + voice.length && (x.type === "ORG" || x.type === "GOV")) : undefined;
    if (voice && body && /^\s*(?:[.!?]|,\s+who\b|$)/.test(text.slice(body.end, end + 1))) return { speakerText: text.slice(at, body.end), speakerId: body.id, at: from + said.index };
    // ("…," said a joint secretary at the ministry, who asked not to be named": one who works at a body the copy named
    // before and now calls by its kind.)
    const officer = OFFICER_AT.exec(text.slice(at, end + 1));
    const kind = officer?.[2] && isBodyPhrase(officer[2]) ? resolveBody({ index, sentenceStart: from, previous, cited, text }, officer[2]) : undefined;
    if (officer?.[1] && kind?.speakerId) return { speakerText: officer[1], speakerId: kind.speakerId, at: from + said.index };
  }
  return undefined;
}
/** People a story quotes without a name ("a retired teacher", "one commuter"), beside ROLE's. */
const PERSON_NOUN = /\b(?:teachers?|farmers?|drivers?|parents?|mothers?|fathers?|students?|passengers?|commuters?|shopkeepers?|vendors?|patients?|tenants?|homeowners?|fishermen|fisherman|neighbou?rs?|villagers?|voters?|shoppers?|unitholders?|depositors?|savers?|buyers?|growers?|traders?|brokers?|winemakers?)$/;
