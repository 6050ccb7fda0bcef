import { stableId } from "@/lib/hash";
import type { Claim } from "@/lib/schemas/extraction";
import type { ClaimInput } from "../claims/build-claims";
import { withoutDateline } from "../claims/dateline";
import type { Located } from "../entities/resolve";
import type { Sentence } from "../text/sentences";
import { openQuoteAt } from "./open-quote";

type Act = { act: string; predicate: string; negative: boolean; start: number; end: number };
type Speaker = { speakerId?: string; speakerText?: string };

const CONTEXT = 40;
/** Spanish verbs of saying (preterite, present, perfect), each with the English speech act and predicate it is. */
const ACTS_ES: Array<[string, string, string]> = [
  ["neg(?:ó|aron|ado)|niegan?", "denied", "denies"],
  ["rechaz(?:ó|aron|a|an)|desmint(?:ió|ieron)|desmienten?|descart(?:ó|aron|a|an)", "denied", "denies"],
  ["admit(?:ió|ieron|e|en)|reconoc(?:ió|ieron|e|en)", "acknowledged", "acknowledges"],
  ["anunci(?:ó|aron|a|an)", "announced", "announces"],
  ["confirm(?:ó|aron|a|an)", "confirmed", "confirms"],
  ["advirt(?:ió|ieron)|advierten?|alert(?:ó|aron)", "warned", "warns"],
  ["acus(?:ó|aron|a|an)|denunci(?:ó|aron|a|an)", "accused", "accuses"],
  ["solicit(?:ó|aron|a|an)|pid(?:ió|ieron)|piden?|reclam(?:ó|aron|a|an)|exig(?:ió|ieron|e|en)", "called", "calls"],
  ["explic(?:ó|aron|a|an)", "explained", "explains"],
  ["afirm(?:ó|aron|a|an)|asegur(?:ó|aron|a|an)|sostuvo|sostuvieron|sostienen?", "asserted", "states"],
  ["dijo|dijeron|dice|dicen|ha dicho|han dicho|señal(?:ó|aron|a|an)|indic(?:ó|aron|a|an)|declar(?:ó|aron)|agreg(?:ó|aron)|añad(?:ió|ieron)|insist(?:ió|ieron)|coment(?:ó|aron)|detall(?:ó|aron)|expres(?:ó|aron)|manifest(?:ó|aron)|precis(?:ó|aron)|estim(?:ó|aron|a|an)|calcul(?:ó|aron|a|an)|inform(?:ó|aron)|respond(?:ió|ieron)|subray(?:ó|aron)|destac(?:ó|aron)|apunt(?:ó|aron)|plante(?:ó|aron)|remarc(?:ó|aron)|consider(?:ó|aron)|adelant(?:ó|aron)|record(?:ó|aron)|recuerdan?|cont(?:ó|aron)|relat(?:ó|aron)|recalc(?:ó|aron)", "said", "states"],
];
const ACT_RES = ACTS_ES.map(([forms, act, predicate]) => ({ re: new RegExp(String.raw`(?<![\p{L}])(?:${forms})(?![\p{L}])`, "iu"), act, predicate }));
/**
 * "Según los organizadores, …", "De acuerdo con un padrón elaborado por la UPIS, …": the source before the comma; "Para
 * Lucía del Carmen Jiménez Arias, analista …, el caso refleja …": whose view it is, when a name follows "Para".
 */
const ACCORDING_TO = /(?:^|[,;]\s*|\s)(?:[Ss]egún|[Dd]e acuerdo con)\s+([^,.;:"“”]+)/u;
const IN_THE_VIEW_OF = /^Para\s+(\p{Lu}[^,.;:"“”]+),/u;
/** "el empresario", "la especialista", "el directivo": a person described by a role, the one who spoke last. */
const ROLE_ES = String.raw`(?:el|la)\s+(?:empresari[oa]|especialista|funcionari[oa]|dirigente|president[ea]|titular|gerente|director[a]?|directivo|directiva|analista|abogad[oa]|productor[a]?|ministr[oa]|diputad[oa]|senador[a]?|alcalde(?:sa)?|gobernador[a]?|vocer[oa]|portavoz|líder|secretari[oa]|investigador[a]?|economista|expert[oa]|sindicalista|delegad[oa]|legislador[a]?|intendente|jef[ea]|ejecutiv[oa]|fiscal|juez|jueza|médic[oa]|doctor[a]?|consultor[a]?)`;
const ROLE_ALONE = new RegExp(`^${ROLE_ES}$`, "iu");
const ROLE_AFTER_VERB = new RegExp(`^\\s+${ROLE_ES}(?![\\p{L}])`, "iu");
/** "el mismo informe", "el reporte": the document of whoever issued the last statement. */
const THEIR_DOCUMENT = /^(?:el|la)\s+(?:mism[oa]\s+)?(?:informe|reporte|documento|estudio|comunicado|padrón)$/iu;
/** "la petrolera informó", "la empresa negó": a firm described by its trade, the firm named last. */
const FIRM_ALONE = /^(?:la|el)\s+(?:petrolera|empresa|compañía|firma|contratista|minera|constructora|aseguradora|banco|cooperativa|distribuidora|operadora|concesionaria)$/iu;
/** A preposition right before a name makes it no subject: "a la Secretaría", "con los técnicos". */
const PREPOSITION_BEFORE = /\b(?:de|del|en|a|al|con|para|por|sobre|contra|ante|entre|desde|hasta|hacia|que)\s+(?:(?:el|la|los|las)\s+)?$/iu;
/** A described source as subject: "Un vocero de la Federación …", "Una fuente del directorio del INYM", "Los productores". */
/** ("Proveedores tabasqueños de la Refinería Olmeca, en Dos Bocas, acusan …": or a plural noun opening a lede.) */
const DESCRIBED_SUBJECT = /^(?:(?:Un|Una|El|La|Los|Las)\s+\p{Ll}|\p{Lu}\p{Ll}+s\s+\p{Ll})[^,;:"“”]*?(?=\s*(?:,|$))/u;
const SPEAKING_TYPES = new Set(["PERSON", "ORG", "GOV", "MEDIA"]);

function findAct(sentence: string): Act | undefined {
  let best: Act | undefined;
  for (const { re, act, predicate } of ACT_RES) {
    const m = re.exec(sentence);
    if (m && (!best || m.index < best.start)) best = { act, predicate, negative: predicate === "denies", start: m.index, end: m.index + m[0].length };
  }
  return best;
}


const mentionsIn = (mentions: Located[], start: number, end: number) => mentions.filter((m) => m.start >= start && m.end <= end && SPEAKING_TYPES.has(m.type));

/** Who a Spanish sentence's verb of saying has for its speaker: the name after the verb, the subject before it, or a description. */
function speakerOf(input: ClaimInput, claims: Claim[], s: Sentence, act: Act): Speaker | undefined {
  const { text, index } = input;
  const verbStart = s.start + act.start;
  const verbEnd = s.start + act.end;
  // ("…", afirmó Kowalczuk. / —dijo Ramón Kowalczuk, presidente de …: the name right after the verb.)
  // ("dijo en entrevista Rosa Elena Hernández Priego", "dijo a este diario Ramón Kowalczuk": a few words of where or to whom between.)
  const after = mentionsIn(index.mentions, verbEnd, Math.min(s.end, verbEnd + 50)).find((m) => /^\s+(?:(?!que\b)\p{Ll}+\s+){0,3}$/u.test(text.slice(verbEnd, m.start)));
  if (after) return { speakerId: after.id };
  // ("…", sostuvo el directivo: the person described is the one who spoke last.)
  if (ROLE_AFTER_VERB.test(text.slice(verbEnd, verbEnd + 30))) return lastPerson(input, claims);
  const subject = mentionsIn(index.mentions, s.start, verbStart).find((m) => !PREPOSITION_BEFORE.test(text.slice(Math.max(s.start, m.start - 25), m.start)) && !openQuoteAt(text, m.start));
  if (subject) return { speakerId: subject.id };
  const described = DESCRIBED_SUBJECT.exec(text.slice(s.start, verbStart).trim())?.[0];
  if (described && described.split(/\s+/).length <= 12) return describedSpeaker(input, claims, s.start, described);
  return undefined;
}

/** A described speaker, resolved where Spanish copy points back: a role to the person who spoke last, a firm's trade to the firm named last. */
function describedSpeaker(input: ClaimInput, claims: Claim[], at: number, words: string): Speaker {
  if (ROLE_ALONE.test(words)) return lastPerson(input, claims) ?? { speakerText: words };
  if (THEIR_DOCUMENT.test(words)) return claims.at(-1)?.speakerId ? { speakerId: claims.at(-1)?.speakerId } : { speakerText: words };
  if (FIRM_ALONE.test(words)) {
    const firm = input.index.mentions.filter((m) => m.end <= at && m.type === "ORG").at(-1);
    if (firm) return { speakerId: firm.id };
  }
  return { speakerText: words };
}

function lastPerson(input: ClaimInput, claims: Claim[]): Speaker | undefined {
  const id = claims.map((c) => c.speakerId).filter((x) => x && input.index.byId.get(x)?.type === "PERSON").at(-1);
  return id ? { speakerId: id } : undefined;
}

function according(input: ClaimInput, claims: Claim[], s: Sentence): Speaker | undefined {
  const view = IN_THE_VIEW_OF.exec(s.text);
  const m = view ?? ACCORDING_TO.exec(s.text);
  if (!m?.[1]) return undefined;
  const at = s.start + m.index + m[0].indexOf(m[1]);
  const named = mentionsIn(input.index.mentions, at, at + m[1].length)[0];
  if (named) return { speakerId: named.id };
  return view ? undefined : describedSpeaker(input, claims, at, m[1].trim());
}

/**
 * Claims of Spanish copy: one per sentence with a verb of saying or "según", its speaker named after the verb, before it,
 * or carried from the sentence before when Spanish drops the subject ("Agregó que …"); the sentences of a quotation that
 * runs over several take the speaker its closing sentence names. Written by hand: no maintained Spanish attribution
 * library runs offline in Node.
 */
export function buildClaimsEs(input: ClaimInput): Claim[] {
  const claims: Claim[] = [];
  const pending: Sentence[] = [];
  let previous: { speaker: Speaker; sentence: number } | undefined;
  const lastIn = (paragraph: number | undefined) => (previous && input.sentences[previous.sentence]?.paragraph === paragraph ? previous.speaker : undefined);
  const flush = (speaker: Speaker | undefined) => {
    for (const q of pending.splice(0)) if (speaker) claims.push(claimOf(input, q, QUOTED, speaker));
  };
  input.sentences.forEach((whole, i) => {
    const s = withoutDateline(whole);
    const act = findAct(s.text);
    const inQuote = openQuoteAt(input.text, s.start) || /^["“«]/.test(s.text.trim());
    // (A quotation left open at a paragraph's end, with no one named, is the last speaker's in that paragraph.)
    if (pending.length && pending[0]?.paragraph !== s.paragraph) flush(lastIn(pending[0]?.paragraph));
    let speaker = act ? speakerOf(input, claims, s, act) : undefined;
    speaker ??= according(input, claims, s);
    // ("Agregó que …", "Sostuvo que …": the subject Spanish leaves out is the one who spoke last.)
    if (act && !speaker && previous && i - previous.sentence <= 2) speaker = previous.speaker;
    if (!act && !speaker) {
      if (inQuote) pending.push(s);
      return;
    }
    // (A quotation over several sentences, closed here: its earlier sentences are this speaker's too.)
    flush(speaker);
    claims.push(claimOf(input, s, act ?? ACCORDING, speaker));
    if (speaker) previous = { speaker, sentence: i };
  });
  flush(lastIn(pending[0]?.paragraph));
  return claims.sort((a, b) => a.start - b.start);
}

/** The acts of sentences with no verb of saying: inside a quotation, and after "según". */
const QUOTED: Act = { act: "said", predicate: "states", negative: false, start: 0, end: 0 };
const ACCORDING: Act = { ...QUOTED, act: "according_to" };

function claimOf(input: ClaimInput, s: Sentence, act: Act, speaker: Speaker | undefined): Claim {
  const { text } = input;
  const figure = input.figures.find((f) => f.start >= s.start && f.end <= s.end);
  const date = input.dates.find((d) => d.start >= s.start && d.end <= s.end);
  return {
    id: stableId("clm", s.start, s.end, act.predicate, figure?.start ?? ""),
    start: s.start, end: s.end, quote: s.text,
    before: text.slice(Math.max(0, s.start - CONTEXT), s.start), after: text.slice(s.end, s.end + CONTEXT),
    ...(speaker?.speakerId ? { speakerId: speaker.speakerId } : {}),
    ...(speaker?.speakerText ? { speakerText: speaker.speakerText } : {}),
    speechAct: act.act, objectIds: [], predicate: act.predicate, polarity: act.negative ? "negative" : "positive",
    ...(figure ? { figure } : {}),
    ...(date ? { date } : {}),
  };
}
