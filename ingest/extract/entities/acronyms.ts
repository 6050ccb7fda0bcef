import { TICKER_AFTER, type Candidate } from "./candidates";
import { entityKey } from "./entity-key";
import { lexiconType } from "./lexicon-matches";
import { isPlaceWord } from "./words";
import { headsWithOf } from "./gov-heads";
import { withoutAccents } from "../text/accents";

const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Legal forms written before the name ("PT Bumi Laut Nikel", "JSC Kazatomprom"). */
/** ("SIA Dubnas Koks", "UAB …", "OÜ …": the Baltic forms too.) */
export const LEADING_LEGAL_FORM = /^(?:PT|JSC|PJSC|OAO|OOO|AO|SA|AB|AS|SIA|UAB|OÜ)$/;
const LEGAL_FORM_FIRST = new RegExp(`${LEADING_LEGAL_FORM.source.slice(0, -1)}\\s+`);
/** The head word that makes a name a body's (an agency, a council, a network; "Gewerkschaft Nahrung-Genuss-Gaststätten
 * (NGG)", a union whose kind opens its name in German, Spanish or French). */
const BODY_HEAD = /\b(?:Authority|Agency|Commission|Council|Department|Office|Ministry|Board|Institute|Association|Organisation|Organization|Network|Forum|Committee|Service|Court|Tribunal|Party|Union|Federation|Confederation|Bureau|Directorate|Administration|Centre|Center|Foundation|Coalition|Alliance|Movement|Trust|Group|Convention|Observatory)$|^(?:Gewerkschaft|Sindicato|Syndicat)\s/;
/** "Coordinadora de Derechos Humanos del Paraguay (Codehupy)": a body named in its own language, closed by its country. */
const ofCountry = (name: string) => / (?:de|del|do|da|di|du|des|of) \p{Lu}\p{L}+$/u.test(name) && isPlaceWord(name.split(" ").at(-1) ?? "");

/**
 * A known name written in brackets after another ("(Reuters)", "(NYSE)", "(UK)") is that outlet, exchange or
 * country, no acronym of the name before it; the lexicon knows most, these few it leaves out on purpose.
 */
const namesItself = (acr: string) => lexiconType(acr) !== undefined || /^(?:LSE|TSX|NSE|IANS)$/.test(acr);
/** ("(CPPA-G)": an acronym may carry a hyphenated letter.) */
/** ("Transport for Wales (TfW)": an acronym that keeps the small words' initials in lower case.) */
/** ("Budapesti Közlekedési Zrt. (BKV)": the full stop of a legal form may stand before the bracket.) */
/** ("Dominica Electricity Services Ltd (DOMLEC)": or a legal form the name left out.) */
/** ("Compania Națională Administrația Porturilor Maritime Constanța (CN APM)": or two groups of capitals, Romanian style.) */
const INTRODUCED = /^(?:\s+(?:Ltd|Limited|Inc|Plc|PLC|LLC|Corp))?\.?\s*\(\s*(\p{Lu}{2,3} \p{Lu}{2,4}|\p{Lu}[\p{Lu}&]{1,7}(?:-\p{Lu}{1,3})?|\p{Lu}\p{Ll}{2,7}|\p{Lu}[\p{Lu}\p{Ll}]{1,5}(?<=\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*))\s*\)/u;
/** ("Central Power Purchasing Agency (Guarantee) Ltd, or CPPA-G,": an acronym in capitals after ", or" introduces it too.) */
const INTRODUCED_BY_OR = /^(?:\s*\([^()]{1,20}\))?(?:\s+(?:Ltd|Limited|Inc|Plc|PLC|LLC)\.?)?,\s+or\s+(\p{Lu}[\p{Lu}&]{1,7}(?:-\p{Lu}{1,3})?)(?=[,.;]|\s+(?:for short|said|says)\b)/u;

/**
 * "Financial Conduct Authority (FCA)", or "the FCA" in an article that names the Financial Conduct
 * Authority without brackets: the acronym in brackets right after a name stands for it, so a
 * later "the FCA" is the same body. The acronym must open with the name's first letter, which keeps
 * bracketed tickers and country codes ("(NYSE)", "(US)") from attaching to an unrelated name; without
 * brackets the initials of the name's capitalised words must spell it exactly.
 * Returns acronym key -> key of the full name.
 */
export function introducedAcronyms(text: string, cands: Candidate[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of cands) {
    // ("Helsinki Regional Transport Authority HSL, which …": right after a body's name, without brackets.)
    // ("the Committee for Financial Supervision CFT.": or after a name of three words or more, which candidates.ts cut it from.)
    // (Not a ticker after a company's legal form, "Kestrel Semiconductor Corp. KSTL", the words candidates.ts reads tickers after.)
    const last = c.text.split(" ").at(-1) ?? "";
    const bare = BODY_HEAD.test(c.text) || (c.text.split(" ").filter((w) => w !== "The").length >= 3 && !TICKER_AFTER.test(last) && !/^Plc\.?$/.test(last)) ? /^ (\p{Lu}{2,5})(?=[\s,.;])/u.exec(text.slice(c.end, c.end + 8))?.[1] : undefined;
    const acr = INTRODUCED.exec(text.slice(c.end, c.end + 24))?.[1] ?? INTRODUCED_BY_OR.exec(text.slice(c.end, c.end + 50))?.[1] ?? (bare && bare[0] === c.text[0] ? bare : undefined);
    // "PT Bumi Laut Nikel (BLN)": a legal form opening the name is left out of the acronym.
    const named = LEGAL_FORM_FIRST.test(c.text) ? c.text.replace(LEGAL_FORM_FIRST, "") : c.text;
    // ("National Administrative Department of Statistics (DANE)", "The Mining Advocacy Network (Jatam)": a body's acronym
    // in its own language need not spell the English name, so after a name that ends in a body's head any one attaches.)
    if (!acr) continue;
    // ("National Office of Electricity and Drinking Water (ONEE)": a state body's head anywhere in its name, in French initials.)
    // ("The Prague Public Transit Company (DPP)": so does an acronym of three capitals in brackets after a name of three words or more.)
    const translated = /^\p{Lu}{3,5}$/u.test(acr) && c.text.split(/\s+/).length >= 3 && INTRODUCED.test(text.slice(c.end, c.end + 24));
    const body = (BODY_HEAD.test(c.text) || ofCountry(c.text) || headsWithOf(c.text) || translated) && (!namesItself(acr) || initialsInOtherOrder(acr, c.text));
    if (!c.text.includes(" ") || (acr[0] !== c.text[0] && acr[0] !== named[0] && !body)) continue;
    // "Organisation Undoing Tax Abuse (Outa)", "(Nepra)": some papers write acronyms in title case; then its letters
    // must be the initials of the name's words, so "(Reuters)" or "(Pty)" after a name attaches nothing.
    // ("Southern Tagalog Electric Co. (Sotelco)": a contraction of the name's syllables, its letters in the name's order, counts too;
    // in brackets right after it, of a name of two words too: "Petróleos Mexicanos (Pemex)".)
    // ("Federation of Agriculture and Livestock of Rondônia (Faperon)": a long name translated from another language
    // keeps the short form of its own, which need not be the English name's letters; only its first.)
    const everyInitial = c.text.split(/\s+/).map((w) => w[0]).join("") === acr;
    const translatedLong = c.text.split(/\s+/).length >= 5 && acr[0] === c.text[0] && !namesItself(acr) && !isPlaceWord(acr);
    if (/\p{Ll}/u.test(acr) && !body && !everyInitial && !translatedLong && !initials(c.text).toLowerCase().startsWith(acr.toLowerCase().slice(0, 3)) && !contraction(acr, c.text, 2)) continue;
    out.set(entityKey(acr), entityKey(c.text));
  }
  for (const a of cands.filter((c) => /^\p{Lu}{2,8}$/u.test(c.text) && !out.has(entityKey(c.text)))) {
    // ("the DNR" after "Wisconsin Department of Natural Resources": a state's or country's name opening the body is left out of it.)
    // ("the DOE" after "the Department of the Environment": an "of" may give the acronym its O.)
    // ("EDH" after "Électricité d'Haïti": an elided French particle gives the acronym its letter, an accent none;
    // "SEEG", "Société d'Energie et d'Eau du Gabon": or the capital after it only.)
    // ("PLK" after "PKP Polskie Linie Kolejowe": or of the name after the group's own capitals.)
    const full = cands.find((c) => initials(c.text) === a.text || (a.text.length >= 3 && /^\p{Lu}{2,}\s/u.test(c.text) && initials(c.text.replace(/^\p{Lu}{2,}\s+/u, "")) === a.text) || (/\s[dl]['’]\p{Lu}/u.test(c.text) && (elidedInitials(c.text) === a.text || elidedInitials(c.text, false) === a.text))) ?? cands.find((c) => c.text.includes(" ") && isPlaceWord(c.text.split(" ")[0] ?? "") && initials(c.text.split(" ").slice(1).join(" ")) === a.text && a.text.length >= 3) ?? cands.find((c) => / of /.test(c.text) && c.start < a.start && initialsWithOf(c.text) === a.text && a.text.length >= 3);
    // ("SONIDEP, the Société Nigérienne des Produits Pétroliers": a contraction of the name's syllables, the name in
    // apposition right beside it.)
    // ("MTK, the Central Union of Agricultural Producers and Forest Owners": a body's acronym in its own language, its
    // translated name in apposition right after it.)
    const beside = full ?? (a.text.length >= 5 ? cands.find((c) => c.text.split(/\s+/).length >= 3 && (/^,\s+(?:the\s+)?$/i.test(text.slice(a.end, c.start)) || /^\s*\(\s*$/.test(text.slice(c.end, a.start))) && contraction(a.text, withoutAccents(c.text))) : undefined) ?? cands.find((c) => c.text.split(/\s+/).length >= 3 && /^,\s+the\s+$/i.test(text.slice(a.end, c.start)) && /\b(?:Union|Association|Federation|Confederation|Agency|Authority|Institute|Council)\b/.test(c.text) && !namesItself(a.text));
    if (beside) out.set(entityKey(a.text), entityKey(beside.text));
  }
  return out;
}

/** Whether a title-case short name of five letters or more takes its letters from the name in order, opening with its first. */
function contraction(short: string, name: string, minWords = 3): boolean {
  const letters = name.toLowerCase();
  let at = 0;
  for (const ch of short.toLowerCase()) {
    at = letters.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return short.length >= 5 && letters.startsWith(short[0]?.toLowerCase() ?? "") && name.split(/\s+/).length >= minWords;
}

/**
 * "Financial Conduct Authority" -> "FCA"; "of", "and" and "&" are skipped as acronyms skip them.
 * `hyphens` also splits "Tehreek-e-Insaf" into its capitalised parts ("PTI").
 */
const initials = (name: string, hyphens = false) => name.split(hyphens ? /[\s-]+/ : /\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");

/** "Électricité d'Haïti" -> "EDH": capitalised words' initials, an elided "d'"/"l'" giving its own, without accents. */
/** ("SEEG" beside "Société d'Energie et d'Eau du Gabon": or only the capital after it.) */
const elidedInitials = (name: string, particle = true) => withoutAccents(name.split(/\s+/).map((w) => (/^[dl]['’]\p{Lu}/u.test(w) ? `${particle ? w[0] : ""}${w[2]}` : /^\p{Lu}/u.test(w) ? w[0] : "")).join("")).toUpperCase();

/** "Department of the Environment" -> "DOE": the initials with "of" counted, "the" and "and" not. */
const initialsWithOf = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) || w === "of").map((w) => w[0]?.toUpperCase()).join("");

/**
 * "Pakistan Tehreek-e-Insaf (PTI)": a bracketed acronym that spells the capitalised words of the name right
 * before it letter for letter stands for that name, even where the lexicon knows another body by it (PTI, the
 * Press Trust of India).
 */
export function spelledByNameBefore(text: string, acr: { start: number; text: string }, cands: Candidate[], lexiconNames: string[]): boolean {
  if (!ACRONYM.test(acr.text) || !/\(\s*$/.test(text.slice(Math.max(0, acr.start - 3), acr.start))) return false;
  // (The name the lexicon itself gives the acronym, "Australian Competition and Consumer Commission (ACCC)", is no other body.)
  return cands.some((c) => /^\s*\($/.test(text.slice(c.end, acr.start).trimEnd()) && (initials(c.text, true) === acr.text || initialsInOtherOrder(acr.text, c.text)) && !lexiconNames.some((n) => entityKey(n) === entityKey(c.text)));
}

/**
 * ("National Electric System Operator (ONS)", Brazil's Operador Nacional do Sistema: a body's name translated into English
 * keeps the acronym of its own language, whose letters are the English initials in another order.)
 */
function initialsInOtherOrder(acr: string, name: string): boolean {
  const left = initials(name).split("");
  if (acr.length < 3 || name.split(/\s+/).length < 3) return false;
  return acr.split("").every((ch) => { const at = left.indexOf(ch); if (at < 0) return false; left.splice(at, 1); return true; });
}

/**
 * ("native customary rights (NCR)", "a controlled-atmosphere (CA) store": an acronym the copy spells out in lower-case
 * words is a term of art, no name, and so are its later mentions.)
 */
export function spellsLowerCasePhrase(text: string, acr: { start: number; text: string }): boolean {
  if (!ACRONYM.test(acr.text) || !/\(\s*$/.test(text.slice(Math.max(0, acr.start - 3), acr.start))) return false;
  const phrase = text.slice(Math.max(0, acr.start - 80), acr.start).replace(/\s*\(\s*$/, "").split(/[\s-]+/).slice(-acr.text.length);
  return phrase.length === acr.text.length && phrase.every((w, i) => /^\p{Ll}/u.test(w) && w[0]?.toUpperCase() === acr.text[i]);
}
