import type { Candidate } from "./candidates";
import { beforeMayor, GEO_AFTER } from "./classify";
import { isRegion, townPopulation } from "./gazetteer";
import { isLegislature } from "./gov-heads";
import { DATED_DATELINE_AFTER } from "../text/datelines";
import { isCommonWord, isNameWord, SPEECH_OR_AUX } from "./words";
import { isDictionaryWord } from "./dictionary";

const FRONTED_PLACE_ADVERB = /^(?:Downstream|Upstream|Downriver|Upriver|Nearby|Elsewhere|Overseas|Abroad|Inland|Offshore|Onshore|Locally|Nationally|Regionally|Downhill|Uphill|Downtown|Uptown)$/;
const PLURAL_ROLE = /(ers|ors|ists|ians|ants|ents|ees|ives)$/i;

/**
 * A one-word run at the start of a sentence is capitalised by position, so it is kept only with
 * other evidence: the same word capitalised mid-sentence elsewhere, a name in compromise's lexicon,
 * the opening word of a longer name, or an unknown word that acts as a subject ("Qoder said", "Nordvik's").
 */
export function keepInitial(text: string, c: Candidate, all: Candidate[]): boolean {
  // ("Mr. Vora also disputed": the full stop is the title's, and a title marks a name.)
  if (!c.initial || c.text.includes(" ") || c.titled) return true;
  // ("Southern Tagalog Electric Co. (Sotelco)": a short name introduced in brackets is one, whatever full stop stands before it.)
  const introduced = (o: Candidate) => /\(\s*$/.test(text.slice(Math.max(0, o.start - 2), o.start)) && /^\s*\)/.test(text.slice(o.end, o.end + 2));
  if (all.some((o) => (!o.initial || introduced(o)) && o.text === c.text)) return true;
  // ("Senedd Member Carys Bevan-Thomas said": a legislature named in its own language, opening the sentence.)
  if (isNameWord(c.text) || isLegislature(c.text)) return true;
  // ("Male', 28 September 2026 – The agency …": the city of a dated dateline opening a paragraph near the top.)
  if (c.start < 600 && /(?:^|\n)\s*$/.test(text.slice(Math.max(0, c.start - 2), c.start)) && DATED_DATELINE_AFTER.test(text.slice(c.end, c.end + 40))) return true;
  // ("OPPOSITION councillors have demanded", "PARENTS in rural Aberdeenshire": a lede's opening word set in capitals.)
  // ("CARE said": not before a speech verb or an auxiliary, where a charity's acronym stands.)
  const lede = /^\p{Lu}{4,}$/u.test(c.text) && /^\s+\p{Ll}/u.test(text.slice(c.end, c.end + 3)) && !SPEECH_OR_AUX.test(/^\s+(\p{Ll}+)/u.exec(text.slice(c.end, c.end + 20))?.[1] ?? "");
  if (lede && isDictionaryWord(c.text.charAt(0) + c.text.slice(1).toLowerCase())) return false;
  // ("Venkataraman also said", "Payet flatly rejected": an adverb between the subject and its verb is skipped.)
  const next = /^\s*(?:(?:also|later|then|previously|earlier|separately|further|again|subsequently|however|too|\p{Ll}{3,}ly),?\s+)?([\p{L}]+)/u.exec(text.slice(c.end, c.end + 40))?.[1] ?? "";
  // "Pryce, who bought the club, said", "Park said" after "Derek Pryce", "Park Ji-hye": a part of a longer name acting as the subject.
  const partOfName = all.some((o) => o !== c && (o.text.startsWith(`${c.text} `) || o.text.endsWith(` ${c.text}`)));
  if (partOfName && (SPEECH_OR_AUX.test(next) || /^,\s/.test(text.slice(c.end, c.end + 2)) || c.possessive)) return true;
  if (isCommonWord(c.text) || isCommonWord(c.text.replace(/e?s$/, "")) || PLURAL_ROLE.test(c.text)) return false;
  // "Separately, …", "Dealing …", "Possession …": adverbs and abstract nouns by their endings, when compromise does not know them.
  if (/^\p{Lu}\p{Ll}+(?:ly|ing|ion|ions|ment|ments|ness|ity|ities)$/u.test(c.text)) return false;
  // ("Vaud voters first backed": a region the lists know, and no English word, opening a sentence; not a slogan's
  // first word, '"Canarias tiene un límite"'.)
  if (isRegion(c.text) && !isDictionaryWord(c.text) && !/["“‘']$/.test(text.slice(Math.max(0, c.start - 1), c.start))) return true;
  // "Lumora also plans …" after "Lumora Foods": an unknown word that opens a longer name is its short form.
  // ("Environmental campaigners welcomed": a capitalised adjective before a lower-case plural opens no name.)
  if (all.some((o) => o.text.startsWith(`${c.text} `)) && !/^\s+\p{Ll}+s\b/u.test(text.slice(c.end, c.end + 30))) return true;
  // "Posteel, South Korea's largest steelmaker, said": an unknown word in apposition is a name ("Downstream, the
  // consortium says", a fronted adverb of place, is none).
  if (!FRONTED_PLACE_ADVERB.test(c.text) && /^,\s+(?:the|a|an|its|(?:\p{Lu}[\p{L}]*\s)?\p{Lu}[\p{L}]*['’]s)\s/u.test(text.slice(c.end, c.end + 30))) return true;
  // "Keflavik airport remained open": a geographic noun after an unknown word; "Eurocontrol, which …": a relative clause about a thing.
  // ("Valdidentro mayor Fabio Rinaldi said": so is a mayor's title before the name.)
  if (GEO_AFTER.test(text.slice(c.end, c.end + 20)) || beforeMayor(c.text, text.slice(c.end, c.end + 20)) || /^,\s+(?:which|whose)\s/.test(text.slice(c.end, c.end + 12))) return true;
  // ("Kojonup grower Ben Matthies said": a town the lists know, and no English word, before a lower-case role and a name.)
  // ("Caernarfon-based Moelwyn Coaches Ltd says": so is one where the firm after it is based.)
  if (townPopulation(c.text) > 0 && !isDictionaryWord(c.text) && (/^\s+\p{Ll}+\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(text.slice(c.end, c.end + 40)) || text.startsWith("-based ", c.end))) return true;
  // (Not "CONCORD, N.H. (AP) —": a dateline or an acronym in capitals is no ordinary word.)
  if (/^\p{Lu}\p{Ll}+$/u.test(c.text) && isDictionaryWord(c.text)) return false;
  return c.possessive || SPEECH_OR_AUX.test(next) || /^\p{Lu}/u.test(c.text.slice(1)) || /\p{Lu}.*\p{Lu}/u.test(c.text);
}
