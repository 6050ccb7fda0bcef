import type { EntityType, ExtractedEntity } from "@/lib/schemas/extraction";
import type { Sentence } from "../text/sentences";
import { isModelAfterMaker, sentenceCandidates, type Candidate } from "./candidates";
import { withBracketedHomes, withLowerCaseLegalForms } from "./trailing-forms";
import { GEO_AFTER, MEDIA_HEAD, NAME_WORD, typeVotes, VESSEL_PREFIX, type Vote } from "./classify";
import { introducedAcronyms, LEADING_LEGAL_FORM, spelledByNameBefore, spellsLowerCasePhrase } from "./acronyms";
import { findGovDescriptors } from "./descriptors";
import { hasGovHead, isOwnLanguageStateBody } from "./gov-heads";
import { entityId, entityKey, isCorporateSuffix } from "./entity-key";
import { findLexiconMatches } from "./lexicon-matches";
import { keepInitial } from "./initial-words";
import { DATED_DATELINE_AFTER } from "../text/datelines";
import { isCommonWord, isDemonym, isFirstName, isKnownPlace, isLastName, isPlaceWord, MEMBERS_BODY_HEAD, SPEECH_OR_AUX } from "./words";
import { isDictionaryWord } from "./dictionary";
import { isCountryPart, isRegion, townPopulation } from "./gazetteer";
import { EAST_ASIAN_FAMILY, isGivenName } from "./given-names";
import { extendListNames } from "./list-names";
import { escapeRegExp } from "../text/regex";
import { currencyCode } from "../figures/units";

export type Located = { start: number; end: number; id: string; type: EntityType };
export type EntityIndex = { entities: ExtractedEntity[]; mentions: Located[]; byId: Map<string, ExtractedEntity> };
type Span = { start: number; end: number };
/** `also`: surface forms that are no mention of their own ("U.S. Consumer Product Safety Commission" with the country cut off). */
type Group = { key: string; fixed?: { type: EntityType; name: string }; votes: Vote[]; mentions: Array<Span & { text: string }>; also?: string[] };

const GENERIC_BODY = /^(?:Assistant Treasurer|Treasurer|Constitution|Editing|Reporting|Writing|Secretary of State|Sheriff|Sultanate|Undersecretary|Secretary|Kingdom|Government|Minister|Ministry|Member|Office|Ombudsman|State|Cabinet|Council|Court|Police|Department|Agency|Commission|Authority|Tribunal|Executive|Committee|Opposition|Crown|Bench|Premier|President|Chancellor|Mayor|Governor|Intendant|Senator|Sport|Indigenous|Turnout|Goodwill|MP|MPs|Budget|Legislature|Board|District|Palace|Speaker|Judge|Minority|Majority|Commonwealth|Director General|Place|Next|Roadmap|Act|Gobierno|Region)$/;
/** A trade's or a legal form's generic first word ("Grupo", "Minera"; "OSM", "SM", a Polish dairy cooperative's, "OSM Narwia"; an Italian "-ificio", a works, "Calzaturificio Montelliana"; "Acciaierie Mella Sider", an Italian steelworks, a foundry, a paper mill, a yard, "Officine"; an Italian wine estate, "Tenuta Braida Alta"; a Quebec holding or hotel company, "Placements Cap-Rouge Ltée", "Hôtellerie Massif-Fleuve Inc."): the word after it is the name. */
/** Grape varieties copy names as wine (not "Montepulciano" or "Barbera", towns too). */
const GRAPE = /^(?:Riesling|Grüner Veltliner|Gutedel|Pinot (?:Nero|Noir|Grigio|Gris|Blanc|Bianco|Meunier)|Chardonnay|Sauvignon Blanc|Cabernet Sauvignon|Cabernet Franc|Merlot|Syrah|Shiraz|Sangiovese|Nebbiolo|Tempranillo|Zweigelt|Blaufränkisch|Gewürztraminer|Müller-Thurgau|Silvaner|Spätburgunder|Trebbiano|Vermentino|Malbec|Aglianico|Grenache|Garnacha|Albariño|Godello|Mencía|Treixadura|Xarel·lo|Macabeo|Parellada)$/;
const GENERIC_FIRST = /^(Grupo|Groupe|Gruppo|Maison|Banco|Banca|Compagnie|Société|Societe|Mineração|Mineradora|Minera|Minero|Companhia|Compañía|Empresa|Constructora|Construtora|Industrias|Inversiones|Transportes|Distribuidora|Comercializadora|Agrupación|Agrupacion|Asociación|Asociacion|Junta|Cooperativa|OSM|SM|Spółdzielnia|\p{Lu}\p{Ll}+ificio|Acciaierie|Acciaieria|Fonderia|Fonderie|Cartiera|Cartiere|Officine|Cantiere|Cantieri|Cantina|Cantine|Tenuta|Placements|Hôtellerie|Bodega|Bodegas|Weingut|Brauerei|Agropecuária|Agropecuaria|Fazenda|Fazendas|Salmones|Pesquera|Forestal|Viña|Viñedos)$/u;
/** ("Bahía Limpia" after "Agrupación Vecinal Bahía Limpia", "Cerro Alto" after "Grupo Inmobiliario Cerro Alto": a body's kind, two words, is dropped in short.) */
const GENERIC_SECOND = /^(?:Vecinal|Gremial|Ciudadana|Comunal|Campesina|Inmobiliario|Inmobiliaria|Industrial|Financiero|Financiera|Empresarial|Comercial)$/;
/** A company's name closed by its legal form ("Vexa Technology JSC", "Mineração Serra Alta SA"). */
const legalFormEnds = (name: string) => name.includes(" ") && isCorporateSuffix(name.split(" ").at(-1) ?? "");
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const within = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

const BACTERIUM = /^(?:Salmonella|Listeria|Legionella|Campylobacter|Escherichia|Staphylococcus|Streptococcus|Clostridium)\b/;
const LATIN_EPITHET = /^\s(?!(?:via|et|in|de|ex)\b)(\p{Ll}+(?:um|us|is|ii|ae|ensis|icum|ica|ata|ifera|iana|ella))\b/u;
const TREE_AFTER = /^\s+(?:firs?|pines?|spruces?|larch(?:es)?|cedars?)\b/;
const LAB_TEST_AFTER = /^\s+(?:tests?|testing|samples?|analys[ie]s|evidence|profiles?|sequencing)\b/;
/**
 * A capitalised run that names no party a reader follows, by what it is in its sentence:
 * ("11 contained Tuber indicum, a cheaper Asian species") a genus before a Latin species name, and ("the same strain of
 * Salmonella Enteritidis") a bacterium by its genus, whatever follows it;
 * ("DNA tests it commissioned") the molecule, not Alsace's daily "DNA";
 * ("The Pellings' lawyer" after "Graham Pelling") a family by its surname in the plural, the people already named;
 * ("Douglas fir, a conifer planted widely", "Sitka spruce") a tree's kind named after a man or a place;
 * ("WHAT WE'RE HEARING:") the last word of a section head in capitals;
 * ("its Grüner Veltliner and Riesling", "Pinot Nero from the Oltrepò") a grape variety, capitalised as copy writes it,
 * which the gold never lists, nor "German Riesling", a country's wine of it.
 */
function namesNoParty(text: string, c: Span & { text: string }): boolean {
  const oneWord = !c.text.includes(" ");
  if (BACTERIUM.test(c.text) || GRAPE.test(c.text)) return true;
  const space = c.text.indexOf(" ");
  if (!oneWord) return /^\p{Lu}\p{Ll}+ /u.test(c.text) && isDemonym(c.text.slice(0, space)) && GRAPE.test(c.text.slice(space + 1));
  const after = text.slice(c.end, c.end + 20);
  const epithet = LATIN_EPITHET.exec(after)?.[1];
  if (epithet && !isDictionaryWord(epithet)) return true;
  if (c.text === "DNA" && LAB_TEST_AFTER.test(after)) return true;
  if (TREE_AFTER.test(after)) return true;
  // ("WHAT WE'RE HEARING:": a newsletter's section head set in capitals; an ordinary word closing it names nothing; not
  // a dateline's city, "BENGALURU/VIENNA:".)
  if (/^\p{Lu}{3,}$/u.test(c.text) && /^:/.test(after) && /\p{Lu}{2,}\s+$/u.test(text.slice(Math.max(0, c.start - 12), c.start)) && isDictionaryWord(c.text.charAt(0) + c.text.slice(1).toLowerCase())) return true;
  // (Not "the Berkshires" beside "The Berkshire Eagle": a land the lists know, named in the plural.)
  return c.text.endsWith("s") && !isRegion(c.text) && /\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 4), c.start)) && new RegExp(`\\p{Lu}\\p{Ll}+ ${escapeRegExp(c.text.slice(0, -1))}\\b`, "u").test(text);
}

/** Lexicon names, "<country> <body>" descriptors and capitalised runs, merged into one entity per thing. */
export function findEntities(text: string, sentences: Sentence[], amounts: Span[] = []): EntityIndex {
  const desc = findGovDescriptors(text);
  // ("a minimum wage of E1 980": a sign letter that the figures read as a currency, in copy from its country, names no one.)
  // ("at about 9:40AM ET", "5:25 PM EST": a time zone after a clock time.)
  const zone = (c: Span & { text: string }) => /^\p{Lu}{2,4}$/u.test(c.text) && /\d\s?(?:[AaPp]\.?[Mm]\.?)\s*\(?$/.test(text.slice(Math.max(0, c.start - 12), c.start));
  // ("VT19.6 million", "NLe 8 million": so are two or three letters; "1,650 KM a month": and a sign after the amount;
  // "B/.212 million": the balboa's, with its slash and point.)
  // ("4.2 billion FCFA", "SLSH 15,000": or four.)
  // ("38 Nakfa per kilogram": a currency's name inside an amount, capitalised as some copy writes it.)
  const signed = (c: Span & { text: string }) => amounts.some((a) => a.start <= c.start && c.start < a.end) && (/^\p{Lu}[\p{L}]{0,3}(?:[/.]{0,2}\s?\d|$)/u.test(c.text) || currencyCode(c.text) !== undefined);
  // ("over Rift Valley fever", "West Nile virus": a disease named after a place names no place.)
  const disease = (c: Span) => /^\s+(?:fever|virus|disease)\b/.test(text.slice(c.end, c.end + 10));
  // ("shrinking Baltic sprat quotas", "Alpine hydro plants": a sea's or a range's adjective before a common noun names
  // nothing; "the Baltic states" are places.)
  const regional = (c: Span & { text: string }) => /^(?:Baltic|Alpine|Arctic|Adriatic|Balkan)$/.test(c.text) && /^\s+(?!(?:states|countries|nations|region|coast|sea)\b)\p{Ll}/u.test(text.slice(c.end, c.end + 16));
  // ("output fell 31% in the month of Dey": a month of another calendar, Persian or Islamic, is no name.)
  const month = (c: Span & { text: string }) => !c.text.includes(" ") && /\bthe\s+(?:[\p{Ll}-]+\s+)?month\s+of\s+$/u.test(text.slice(Math.max(0, c.start - 30), c.start));
  // ("the Minister with responsibility for Labour": a portfolio, capitalised by house style, names no body.)
  const portfolio = (c: Span & { text: string }) => /\b(?:with|has|had|have|holds?|held)\s+(?:ministerial\s+)?responsibility\s+for\s+$/i.test(text.slice(Math.max(0, c.start - 40), c.start));
  // ("DOE Slaps Stop Order on Placencia Lagoon Dredging; Developer Says It Has Permits": in a headline set in title case
  // every word is capitalised, so a run there is a name only when the body writes the same run as well.)
  const headline = titleCaseHeadline(text);
  // ("Marisol Chan, Chief Environmental Officer: …": the rest of a title after its first word is no name.)
  const restOfTitle = (c: Candidate) => Boolean(c.titled) && /^(?:\p{Lu}\p{Ll}+\s+){0,2}(?:Officer|Director|Manager|Engineer|Inspector|Adviser|Advisor|Controller|Superintendent|Coordinator|Counsel)$/u.test(c.text);
  // ("Apple growers in south Kashmir": the fruit, capitalised where the sentence opens, before the trade in it.)
  const fruit = (c: Span & { text: string }) => c.text === "Apple" && /^\s+(?:growers?|orchards?|orchardists?|farmers?|harvests?|crops?|trees|traders|boxes|cartons|season|economy)\b/.test(text.slice(c.end, c.end + 14));
  // ("The PGI is supposed to add value", "UNESCO's World Heritage list": a kind of protected name or listing is no body;
  // "paid the real Living Wage": nor is a wage standard; "Class I spears": nor a produce grade; "north of the 210
  // Freeway": nor a numbered road's kind; "Roman times": nor an era's adjective.)
  const listing = (c: Span & { text: string }) => /^(?:PGI|PDO|DOCG?|AOC|AOP|IGP|IGT|DOP)s?$/.test(c.text) || (c.text === "World Heritage" && /^\s+(?:list|site|status|listing|property|sites)\b/.test(text.slice(c.end, c.end + 12))) || (c.text === "Living Wage" && !/^\s+(?:Foundation|Commission)\b/.test(text.slice(c.end, c.end + 14))) || (c.text === "Class" && /^\s(?:I{1,3}|IV|[1-4])\b/.test(text.slice(c.end, c.end + 5))) || (/^(?:Freeway|Highway|Motorway|Expressway|Parkway)$/.test(c.text) && /\d\s$/.test(text.slice(Math.max(0, c.start - 2), c.start))) || (c.text === "Roman" && /^\s+(?:times|era|period|ruins|walls|remains)\b/.test(text.slice(c.end, c.end + 10)));
  // ("LINDSAY, Ont. —", "ESTERHAZY, Sask. —": a Canadian province's abbreviation after a dateline's town names no place
  // of its own; the town is the dateline's place.)
  const province = (c: Span & { text: string }) => /^(?:Ont|Que|Sask|Alta|Man|Nfld)$/.test(c.text) && text.charAt(c.end) === "." && /,\s$/.test(text.slice(Math.max(0, c.start - 2), c.start));
  // ("… as growth slows. (END)": a wire's sign-off is no name.)
  const all = withListedCouncilTowns(text, withBracketedHomes(text, withLowerCaseLegalForms(text, extendListNames(text, slashedDatelines(text, sentences.flatMap(sentenceCandidates))))));
  const inBody = new Set(all.filter((c) => c.start >= headline).map((c) => c.text));
  const found = all.filter((c) => c.start >= headline || inBody.has(c.text)).filter((c) => !desc.some((d) => overlaps(d, c)) && !titleAttribute(text, c) && !disease(c) && !fruit(c) && !namesNoParty(text, c) && !regional(c) && !(c.text === "END" && text.slice(c.start - 1, c.end + 1) === "(END)") && !signed(c) && !zone(c) && !month(c) && !portfolio(c) && !restOfTitle(c) && !listing(c) && !province(c));
  // ("counsel Awang Haziq Amran", "Awang Roslan said": in Brunei copy "Awang" is the courtesy title for a man; in
  // Malaysian copy it is a given name, "Awang Hassan Mohd Ali".)
  const brunei = /\bBrunei|\bBandar Seri Begawan\b/i.test(text);
  const termsOfArt = new Set([...text.matchAll(/\((\p{Lu}{2,6})\)/gu)].map((m) => ({ start: m.index + 1, text: m[1] ?? "" })).filter((a) => spellsLowerCasePhrase(text, a)).map((a) => a.text));
  const cands = (brunei ? found.map((c) => (/^Awang \p{Lu}/u.test(c.text) ? { ...c, start: c.start + 6, text: c.text.slice(6), titled: true } : c)) : found).filter((c) => !termsOfArt.has(c.text.split(" ").at(-1) ?? "")).map((c) => withBalineseArticle(text, c));
  const prefixes = cands.flatMap((c) => (c.prefix ? [c.prefix] : []));
  const lexAll = findLexiconMatches(text).filter((m) => !fruit(m) && !desc.some((d) => overlaps(d, m)) && !prefixes.some((p) => overlaps(p, m)) && !titleAttribute(text, m));
  // (An acronym a name in the text spells out is that name's wherever it stands, not the lexicon's.)
  const spelled = new Set(lexAll.filter((m) => spelledByNameBefore(text, m, cands, [m.entry.name, ...(m.entry.aliases ?? [])])).map((m) => m.text));
  const lex = lexAll.filter((m) => !spelled.has(m.text));
  const kept = cands.filter((c) => {
    const inside = lex.filter((m) => overlaps(m, c));
    const [only] = inside;
    // ("The Guardian Post": a known name's "The" stands before the longer name the candidate read without it.)
    const longerAfterThe = only !== undefined && /^The\s/.test(only.text) && c.start === only.start + 4 && c.end > only.end;
    return inside.length === 0 || (inside.length === 1 && ((within(only as Span, c) && c.text.length > (only?.text.length ?? 0)) || longerAfterThe));
  });
  const lexKept = lex.filter((m) => !kept.some((c) => overlaps(m, c)));
  const groups = new Map<string, Group>();
  const add = (key: string, m: Span & { text: string }, votes: Vote[], fixed?: Group["fixed"], also?: string) => {
    const g = groups.get(key) ?? { key, votes: [], mentions: [], fixed, also: [] };
    g.votes.push(...votes);
    g.mentions.push(m);
    if (also) g.also?.push(also);
    groups.set(key, g);
  };
  for (const d of desc) add(`gov:${entityKey(d.name)}`, d, [], { type: "GOV", name: d.name });
  for (const m of lexKept) add(`lex:${m.entry.name}`, m, [], { type: m.entry.type, name: m.entry.name });
  // Readers search for the name as the article wrote it, country included: the prefixed form is an alias.
  for (const c of kept.filter((c) => keepInitial(text, c, kept))) add(entityKey(c.text), c, typeVotes(text, c), undefined, c.prefix && text.slice(c.prefix.start, c.end));
  for (const [acr, full] of introducedAcronyms(text, kept)) mergeGroup(groups, acr, full);
  for (const [local, english] of namesInOwnLanguage(text, kept)) mergeGroup(groups, local, english, true);
  return toIndex(placesInLists(text, linkShortForms(text, splitBareForms([...groups.values()]))).filter(hasEvidence));
}

const LISTED_COUNCIL = /^\p{Lu}[\p{L}'’-]+ and \p{Lu}[\p{L}'’-]+ (?:District |Borough |County )?Council$/u;
/**
 * ("Newry, Mourne and Down District Council", "Armagh City, Banbridge and Craigavon Borough Council": a council named
 * after the three places it merged keeps the first, which the comma cut from the run.)
 */
function withListedCouncilTowns(text: string, cands: Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  const out = cands.map((c) => {
    if (!LISTED_COUNCIL.test(c.text)) return c;
    const first = /(\p{Lu}[\p{L}'’-]+(?: City)?),\s$/u.exec(text.slice(Math.max(0, c.start - 30), c.start));
    if (!first?.[1]) return c;
    const start = c.start - first[0].length;
    const whole = { ...c, start, text: text.slice(start, c.end), initial: false };
    joined.push(whole);
    return whole;
  });
  // (The first town's own run, now inside the council's name, is no name of its own.)
  return joined.length ? out.filter((c) => !joined.some((j) => j !== c && j.start <= c.start && c.end <= j.end)) : out;
}

/**
 * ("WASHINGTON/REYNOSA —": a dateline of two cities in capitals, joined by a slash, names each; so does "Nova
 * Gorica/Gorizia, 13 February -", two towns' names written as usual, opening a line before the date.)
 */
function slashedDatelines(text: string, cands: Candidate[]): Candidate[] {
  return cands.flatMap((c) => {
    // (Every candidate passes here: the slash and the place near the top are asked first, the text around it only then.)
    if (c.start > 600 || !c.text.includes("/")) return [c];
    const capitals = /^(\p{Lu}[\p{Lu}-]+)\/(\p{Lu}[\p{Lu}-]+)$/u.exec(c.text);
    const lineStart = /(?:^|\n)\s*$/.test(text.slice(Math.max(0, c.start - 2), c.start));
    const m = capitals ?? (lineStart && DATED_DATELINE_AFTER.test(text.slice(c.end, c.end + 40)) ? /^(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)\/(\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?)$/u.exec(c.text) : null);
    // ("Mumbai/Florence: Ludhiana-based Vardhana Textiles' plan …": an Indian paper's undated dateline closed by a colon,
    // two cities the lists know.)
    const undated = !m && lineStart && /^:\s/.test(text.slice(c.end, c.end + 2)) ? /^(\p{Lu}\p{L}+)\/(\p{Lu}\p{L}+)$/u.exec(c.text) : null;
    if (undated?.[1] && undated[2] && [undated[1], undated[2]].every((w) => isPlaceWord(w) || townPopulation(w) >= 100_000)) return [{ ...c, end: c.start + undated[1].length, text: undated[1], initial: false }, { ...c, start: c.start + undated[1].length + 1, text: undated[2], initial: false }];
    if (!m?.[1] || !m[2]) return [c];
    const second = c.start + m[1].length + 1;
    // (A town written as usual is no ordinary word opening a sentence: the dateline marks it a name.)
    return [{ ...c, end: c.start + m[1].length, text: m[1], initial: capitals ? c.initial : false }, { ...c, start: second, text: m[2], initial: false }];
  });
}

/** ("I Gusti Ayu Sekarwati", "I Nyoman Darmaja": a Balinese man's or woman's "I" or "Ni" opens the name before a caste or birth-order name.) */
function withBalineseArticle(text: string, c: Candidate): Candidate {
  const opening = /(?:^|[\s(“"])(I|Ni) $/.exec(text.slice(Math.max(0, c.start - 4), c.start))?.[1];
  // (Only a person's name: "I Gusti Ngurah Rai International Airport" is named after one, and keeps the name as written.)
  const person = c.text.split(" ").length <= 4 && !/\b(?:Airport|Hospital|University|Street|Road|Stadium|Foundation|School|Hall|Park|Square)\b/.test(c.text);
  return opening && person && /^(?:Gusti|Nyoman|Wayan|Made|Ketut|Putu|Komang|Kadek|Gede|Ngurah|Luh|Desak|Dewa|Anak Agung|Ida Bagus)\b/.test(c.text) ? { ...c, start: c.start - opening.length - 1, text: `${opening} ${c.text}` } : c;
}

/**
 * ("The Olt Water Basin Administration (Administrația Bazinală de Apă Olt)", "the National Environmental Guard (Garda
 * Națională de Mediu)": a body's own-language name in brackets right after its English one is the same body; so is
 * its English name in brackets after its own, or a translation quoted in brackets.)
 */
const namesStateBody = (name: string) => hasGovHead(name) || isOwnLanguageStateBody(name);

function namesInOwnLanguage(text: string, kept: Candidate[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let i = 1; i < kept.length; i++) {
    const [before, local] = [kept[i - 1] as Candidate, kept[i] as Candidate];
    // ("the civic group Mtsvane Sanapiro ("Green Shore")": a name's translation, quoted in brackets after it, is the same body.)
    if (/^\s*\(\s*["“]$/.test(text.slice(before.end, local.start)) && /^["”]\s*\)/.test(text.slice(local.end, local.end + 3))) { out.push([entityKey(local.text), entityKey(before.text)]); continue; }
    // ("the Sąd Okręgowy w Gdańsku (Regional Court in Gdańsk)": or its English name after its own, the seat after "in".)
    if (local.text.includes(" ") && before.text.split(" ").length >= 3 && /^\s*\(\s*$/.test(text.slice(before.end, local.start)) && /^(?:\s+in\s+\p{Lu}[\p{L}'’-]+)?\s*\)/u.test(text.slice(local.end, local.end + 40)) && namesStateBody(before.text) && namesStateBody(local.text)) { out.push([entityKey(local.text), entityKey(before.text)]); continue; }
    if (translatedInBrackets(text, before, local)) out.push([entityKey(local.text), entityKey(before.text)]);
  }
  return out;
}

/**
 * An English name of a public body, a university, a union or an association: what a copy translates and then gives
 * in the body's own language ("the Pacific Transport Union (Unión de Transportistas del Pacífico)").
 */
const ENGLISH_BODY = /^(?:University|Province|Region|County) of\s|\s(?:University|Municipality|Board|Union|Association|Federation)$|\b(?:Association|Federation|Union) of\s/;
/**
 * ("the Tallinn Administrative Court (Tallinna Halduskohus)", "the Ministry of Climate (Kliimaministeerium)", "the
 * University of Pécs (Pécsi Tudományegyetem)", "the Košice Self-Governing Region (Košický samosprávny kraj)": the
 * body's own name in brackets after its English one, alone in them, is the same body; not a place, a person or an
 * acronym there ("(Tartu)", "(Jaan Tamm)", "(TAR)"), and not English words, which would name something else.)
 */
function translatedInBrackets(text: string, before: Candidate, local: Candidate): boolean {
  // ("The Swedish Association of Health Professionals, Vårdförbundet, which …": or between commas, one word of its own.)
  const betweenCommas = /^,\s+$/.test(text.slice(before.end, local.start)) && /^,\s/.test(text.slice(local.end, local.end + 2)) && !local.text.includes(" ");
  if (!betweenCommas && (!/^\s*\(\s*$/.test(text.slice(before.end, local.start)) || !/^(?:\s+\p{Ll}[\p{L}-]+){0,3}\s*\)/u.test(text.slice(local.end, local.end + 60)))) return false;
  // (A head alone names no one body: "Superintendent of Police (Nashik Rural)" says which district's.)
  if (!before.text.includes(" ") || !(namesStateBody(before.text) || ENGLISH_BODY.test(before.text) || isOwnLanguageStateBody(local.text)) || local.text === local.text.toUpperCase() || isPlaceWord(local.text)) return false;
  const words = local.text.split(" ");
  return !isFirstName(words[0] ?? "") && !isGivenName(words[0] ?? "") && words.some((w) => !isCommonWord(w) && !isDictionaryWord(w.toLowerCase()));
}

/** Where a title-case headline on the copy's first line ends (0 when the copy opens with no such line). */
function titleCaseHeadline(text: string): number {
  const line = /^[^\n]{15,160}(?=\n)/.exec(text)?.[0] ?? "";
  const words = line.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const small = /^(?:a|an|the|and|or|of|on|in|at|to|for|by|with|from|as|vs|over|into)$/;
  const capitalised = words.filter((w) => !small.test(w) && /^\p{Lu}/u.test(w)).length;
  const content = words.filter((w) => !small.test(w)).length;
  // (Not a byline, "By Tom Brennan and Kayla Ortiz", whose names are written nowhere else.)
  return words.length >= 5 && !/^By\s/.test(line) && !/[.!?]["”’]?\s*$/.test(line) && capitalised === content ? line.length : 0;
}

/**
 * "Bourke, Wilcannia and Menindee", "Labasa and Seaqaqa": a name nothing else types, listed beside a place, is a
 * place too (lists in news copy hold one kind of thing). Two passes, so a list is typed down from its known end.
 */
function placesInLists(text: string, groups: Group[]): Group[] {
  // (A lone common word or first name stays as weak as it was: "Wear" beside a town is not thereby a river.)
  const weak = (g: Group) => !g.fixed && (weight(g) <= 0.5 || (weight(g) <= 2 && weight(g, "PERSON") === 0 && g.mentions.length === 1)) && !g.mentions.every((m) => !m.text.includes(" ") && (isCommonWord(m.text) || isFirstName(m.text)));
  // (The place beside it must be known as one, from the gazetteer or by strong cues: "from AT&T, Comcast" is no list of places.)
  const known = (name: string) => isKnownPlace(name, 1000);
  const place = (g: Group) => g.fixed?.type === "PLACE" || (typeOf(g) === "PLACE" && (known(nameOf(g)) || weight(g, "PLACE") >= 2));
  for (let pass = 0; pass < 2; pass++) {
    const marks = groups.flatMap((g) => g.mentions.map((m) => ({ m, g }))).sort((a, b) => a.m.start - b.m.start);
    for (const [i, { m, g }] of marks.entries()) {
      if (!weak(g)) continue;
      // ("Unió de Pagesos, Catalonia's largest farmers' union": a place's possessive after the comma opens an appositive, no list.)
      const near = [marks[i - 1], marks[i + 1]].filter((x) => x && (x.m.end <= m.start ? LIST_GAP.test(text.slice(x.m.end, m.start)) : LIST_GAP.test(text.slice(m.end, x.m.start)) && !/^['’]s\b/.test(text.slice(x.m.end, x.m.end + 3))));
      if (near.some((x) => x && x.g !== g && place(x.g))) g.votes.push(["PLACE", 3]);
    }
  }
  return groups;
}
const LIST_GAP = /^(?:,\s*|,?\s+(?:and|or)\s+)$/;

const RESIDENTS = /^(?:Republicans|Democrats|Nazis|Dreamers)$/;
/** "U.S. District Judge", "U.S. Attorney Jane Mulcahy", "UK Trade Envoy": a country abbreviation before an office names the office's country, no place in the story. */
const OFFICE_AFTER = /^\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:District|Circuit|Bankruptcy|Magistrate|Attorney|Marshal|Judge|Senator|Sen\.|Rep\.|Ambassador|Trade Representative|Solicitor|Surgeon General|Envoy)\b/;
const titleAttribute = (text: string, m: Span & { text: string }) => /^(?:U\.S\.|US|UK|U\.K\.)$/.test(m.text) && OFFICE_AFTER.test(text.slice(m.end, m.end + 40));

/**
 * "Standards", "Gonna", "Rachel": one capitalised English word or first name, written once, that no cue types
 * (only the default vote) is a sentence's first word, a headline's capital or half of a name far more often
 * than a name of its own; the claims and the graph are better without it. (Acronyms and coined words stay.)
 */
function hasEvidence(g: Group): boolean {
  const word = g.mentions[0]?.text ?? "";
  // "South Dakotans", "Republicans", "Nazis": the people of a place or a movement are no body that speaks.
  // (A town the lists know by the word itself, "Stans, 22 April 2026", is no people, whatever its ending.)
  if (!g.fixed && g.mentions.every((m) => RESIDENTS.test(m.text) || (/ans$/.test(m.text) && townPopulation(m.text) === 0 && (isPlaceWord(m.text.slice(0, -2)) || isPlaceWord(m.text.slice(0, -3)) || isDemonym(m.text.slice(0, -1)))))) return false;
  // ("Labour", "Likud": a party named by one word is a name whatever else the word means.)
  if (g.fixed || g.mentions.length > 1 || word.includes(" ") || word === word.toUpperCase() || /^(?:Labour|Labor|Likud|Fidesz|Tories)$/.test(word) || !(isCommonWord(word) || isFirstName(word))) return true;
  return weight(g) > 0.5;
}

/** The summed weight of a group's type votes, of one type when given. */
const weight = (g: Group, type?: EntityType) => g.votes.reduce((n, [t, w]) => n + (!type || t === type ? w : 0), 0);

/**
 * "Ashbourne United … Ashbourne said … Ashbourne Holdings": the suffix-stripped key puts the bare word
 * with the holding company, but a reader takes it for the full name written first. Bare mentions leave
 * a suffixed group when another name opening with that word was written before the suffixed one.
 */
function splitBareForms(groups: Group[]): Group[] {
  const out: Group[] = [];
  for (const g of groups) {
    const bare = g.mentions.filter((m) => !m.text.includes(" "));
    const long = g.mentions.filter((m) => m.text.includes(" "));
    const firstLong = Math.min(...long.map((m) => m.start));
    const word = bare[0]?.text;
    const rival = !g.fixed && bare.length && long.length && groups.some((o) => o !== g && !o.fixed && o.mentions.some((m) => m.start < firstLong && m.text.startsWith(`${word} `)));
    if (!rival) { out.push(g); continue; }
    out.push({ ...g, mentions: long }, { key: `${g.key}#bare`, votes: [], mentions: bare });
  }
  return out;
}

/**
 * The acronym's mentions join the full name; its own type votes are dropped, the full name's words decide. (A body's
 * own-language name, `votes`, brings what types it: "Provincie" makes the province a state body.)
 */
function mergeGroup(groups: Map<string, Group>, from: string, to: string, votes = false): void {
  const source = groups.get(from);
  const target = groups.get(to);
  if (!source || !target || source === target || source.fixed) return;
  target.mentions.push(...source.mentions);
  if (votes) target.votes.push(...source.votes);
  groups.delete(from);
}

const typeOf = (g: Group): EntityType => g.fixed?.type ?? bestVote(g.votes);

/**
 * A group's type and name are asked again and again while short forms are linked to long ones; its votes and mentions
 * only ever grow, so each is worked out once for every length of the list it is read from.
 */
const workedOut = new WeakMap<object, { length: number; value: string }>();
function once<T extends string>(list: readonly unknown[], work: () => T): T {
  const known = workedOut.get(list);
  if (known?.length === list.length) return known.value as T;
  const value = work();
  workedOut.set(list, { length: list.length, value });
  return value;
}

function bestVote(votes: Vote[]): EntityType {
  return once(votes, () => tally(votes));
}
function tally(votes: Vote[]): EntityType {
  const sum = new Map<EntityType, number>();
  for (const [t, w] of votes) sum.set(t, (sum.get(t) ?? 0) + w);
  return [...sum.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "ORG";
}

/**
 * "Nordvik" after "Nordvik Motors", "Smith" after "Jane Smith", "Harwell & Pike" after "Harwell & Pike
 * Bank": one entity. A short form of several words links only as the opening words of an organisation.
 */
function linkShortForms(text: string, groups: Group[]): Group[] {
  const multi = groups.filter((g) => nameOf(g).split(" ").length > 1);
  const out: Group[] = [];
  for (const g of groups) {
    const word = nameOf(g);
    // ("The Environmental Protection Agency said" after "the Environmental Protection Agency of Montenegro": a name the
    // lexicon knows, written short for the one longer name "<it> of <somewhere>" in the copy, is that body.)
    const host = g.fixed ? fixedNameOf(word, g, multi) : word.includes(" ") ? openingWordsOf(word, multi, g, text) ?? particleSurnameOf(word, multi, g) ?? givenNamesOf(word, multi, g) ?? closingBodyOf(word, multi, g, text) ?? afterKindWordOf(word, multi) ?? headFirstOf(word, multi) : bareWordHost(word, g, multi, text) ?? onlyPersonNamed(word, g, multi);
    // "the Government said", "the Minister", "the State": an institution's common noun alone, capitalised by house
    // style, that no longer name takes up, names no one body.
    // ("would submit their findings to Cabinet", "approved by Cabinet": a cabinet named without an article, as Commonwealth
    // copy writes it, is the government's cabinet.)
    const cabinet = word === "Cabinet" && g.mentions.some((m) => /\b(?:to|by|before|from)\s+$/.test(text.slice(Math.max(0, m.start - 8), m.start)));
    if (!host && !g.fixed && GENERIC_BODY.test(word) && !cabinet) continue;
    // ("the Principality's unions", "the Republic": the state the story is set in, called by its kind; "of Republic" is a town in Missouri.)
    if (!host && !g.fixed && /^(?:Republic|Principality)$/.test(word) && g.mentions.every((m) => /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start)))) continue;
    if (!host) { out.push(g); continue; }
    host.mentions.push(...g.mentions);
    // A later bare surname ("Olsen told reporters") is itself evidence of a person.
    const hostWords = withoutSuffix(nameOf(host).split(" "));
    // (A paper goes by the last word of its title too, "the Gazette", which says nothing about a person.)
    if (hostWords.length <= 3 && hostWords[hostWords.length - 1] === word && !GENERIC_FIRST.test(hostWords[0] ?? "") && !MEDIA_HEAD.test(word)) host.votes.push(["PERSON", 4]);
    // ("Zúniga told reporters" after "Marcela Patricia Zúniga Castro": so is the first of two surnames, as hostsBareWord took it.)
    else if (typeOf(host) === "PERSON" && !word.includes(" ") && hostWords.length === 4 && hostWords[2] === word) host.votes.push(["PERSON", 4]);
    // ("Al Obaidly said" after "Khalid Jassim Al Obaidly": a surname with its particle, the end of the longer name.)
    // ("De Giorgi said" after "Rocco De Giorgi": a capitalised particle too, once the longer name is a person's.)
    else if (word.includes(" ") && (/^(?:Al|El|al|el|bin|binti|van|von|de|da|di|du|le|la)$/.test(word.split(" ")[0] ?? "") || (/^(?:De|Di|Da|Del|Della|Van|Von|Dos|Das)$/.test(word.split(" ")[0] ?? "") && typeOf(host) === "PERSON")) && hostWords.length <= 5 && hostWords.join(" ").endsWith(` ${word}`)) host.votes.push(["PERSON", 4]);
    // "Liu said" after "Liu Xiaming": a known family name written first is a person too.
    else if (hostWords.length === 2 && hostWords[0] === word && isLastName(word) && personShaped(host, hostWords)) host.votes.push(["PERSON", 4]);
    // ("Haftom said" after "Haftom Kidane": Ethiopian and Eritrean copy refers to a person by the given name; the bare word's
    // company-like "<Name> said" votes say nothing against the person the longer name already is.)
    else if (!word.includes(" ") && hostWords.length === 2 && hostWords[0] === word && typeOf(host) === "PERSON" && !isCommonWord(word) && townPopulation(word) === 0 && referredToAsPerson(text, g.mentions)) host.votes.push(["PERSON", 4]);
    // ("Medway" after "Medway Athletic": that the club's first word is also a place's name says nothing of the club.)
    // ("the Vexa app" after "Vexa Technology JSC": what the company makes does not make the company a product.)
    // ("Heartland Plains" after "Heartland Plains Cooperative": a geographic word inside the name says nothing of the body.)
    // ("the Belle Rive" after "Hôtel Belle Rive": what the short form looked like says nothing against the hotel's word.)
    // ("the National Bank" after "National Bank of Tajikistan": a head cut from before "of" says nothing the full name
    // did not; its company-word votes would outvote the state body's own.)
    // ("Mellerud, a municipality of about 9,200" after "Mellerud Municipality": the town's place votes say nothing against
    // the municipality's administration.)
    else host.votes.push(...g.votes.filter(([t]) => (t !== "PLACE" || (!isRegion(word) && !word.includes(" ") && !nameOf(host).endsWith(" Municipality"))) && (t !== "PRODUCT" || !legalFormEnds(nameOf(host))) && (t !== "PERSON" || (!kindWord(hostWords[0] ?? "") && !BODY_HEAD_WORD.test(word))) && (t !== "ORG" || !nameOf(host).startsWith(`${word} of `) || !host.votes.some(([v]) => v === "GOV"))));
  }
  return out;
}

/** ("Haftom said in an interview. He added …", not "Vestbris says it has spent …": a pronoun after the bare word says what it names.) */
function referredToAsPerson(text: string, mentions: Span[]): boolean {
  return mentions.some((m) => /\b(?:he|she|his|her)\b/i.test(text.slice(m.end, m.end + 120))) && !mentions.some((m) => /^\s+\w+\s+(?:it|its)\b/.test(text.slice(m.end, m.end + 30)));
}

function fixedNameOf(word: string, g: Group, multi: Group[]): Group | undefined {
  const longer = multi.filter((m) => m !== g && !m.fixed && nameOf(m).startsWith(`${word} of `));
  return longer.length === 1 ? longer[0] : undefined;
}

/** ("Wrona said" after the law firm "Wrona Legal" and its partner "Tomasz Wrona": a person's surname before a firm's first word.) */
function bareWordHost(word: string, bare: Group, multi: Group[], text: string): Group | undefined {
  const hosts = multi.filter((m) => hostsBareWord(m, word, bare, text));
  return hosts.find((m) => typeOf(m) === "PERSON" && sameLastWord(withoutSuffix(nameOf(m).split(" ")).at(-1) ?? "", word)) ?? hosts[0];
}

/** ("Al-Haddad countered", "al-Haddad said" after "Salem Abdullah al-Haddad": the article's case, or the article itself, may differ.) */
const sameLastWord = (last: string, word: string) => last === word || (/^(?:al|el)-/i.test(last) && (last.toLowerCase() === word.toLowerCase() || last.slice(3) === word));

/**
 * "Ahmad said …" after "Ahmad Fauzan Siregar": copy that refers to people by their given name (Indonesian,
 * Malaysian, Icelandic, and quotes from first-name-terms interviews) means the one person the article named so.
 */
function onlyPersonNamed(word: string, bare: Group, multi: Group[]): Group | undefined {
  if (typeOf(bare) === "PLACE") return undefined;
  const opening = multi.filter((m) => nameOf(m).split(" ")[0] === word);
  const only = opening.length === 1 ? opening[0] : undefined;
  return only && typeOf(only) === "PERSON" && !multi.some((m) => m !== only && nameOf(m).split(" ").includes(word)) ? only : undefined;
}

/** "the port of", "the village of": what follows is a place's name. */
const PLACE_OF_BEFORE = /\b(?:port|town|village|city|suburb|district|harbou?r|island|municipality|commune|parish|borough|valley|resort)\s+of\s+$/i;
/**
 * Whether a longer name takes up a later bare word: a person's last name ("Olsen"), a paper's last word ("the
 * Chronicle"), a family name written first ("Liu" for "Liu Xiaming"), or an organisation's first word ("Nordvik").
 */
/** A body's head word that, after "the", names the body ("the Fund", "the Guard"). */
const BODY_HEAD_WORD = /^(?:Fund|Association|Institute|Federation|Confederation|Union|Corporation|Foundation|Front|Sakrebulo|Guard|Division)$/;
/** ("Guard commissioner Dorin Bălănescu", "Union spokesperson Ana Sousa": a body's head word before one of its people's roles.) */
const ROLE_AFTER_HEAD = /^\s+(?:commissioner|spokes(?:person|man|woman)|inspector|official|officer|chief|head|director|president|chair(?:man|woman|person)?|secretary)\b/;

function hostsBareWord(m: Group, word: string, bare: Group, text: string): boolean {
  // ("Bahtera" after "PT Bahtera Samudra Logistik": a legal form written first is no part of the short name.)
  const words = withoutSuffix(nameOf(m).split(" ")).filter((w, i) => i > 0 || !LEADING_LEGAL_FORM.test(w));
  const kind = typeOf(m);
  // ("the S5" after "Sao Viet S5", "the A220-300" after "Airbus A220-300": a model goes by its code.)
  // ("Wales" beside "BBC Radio Wales", "India" beside "Press Trust of India": a country closing a name is still the country.)
  // ("Gdańsk is trying to cover up its delays" beside "Radio Gdańsk": so is a city of 100,000 or more, whatever the bare word's votes.)
  if (words[words.length - 1] === word && kind !== "PERSON" && (((isPlaceWord(word) || isRegion(word)) && typeOf(bare) === "PLACE") || townPopulation(word) >= 100_000)) return false;
  // ("update the Assembly" after "States Assembly": a legislature goes by its head word.)
  if (words[words.length - 1] === word && kind === "GOV" && /^(?:Assembly|Parliament|Senate|Congress)$/.test(word)) return true;
  // ("The Fund rejected the claim" after "National Health Insurance Fund", "The Front said" after "Upper Assam Tea
  // Workers' Front", "The Sakrebulo doubled" after "Batumi Sakrebulo", a Georgian city council: a body's head word
  // after "the", every time, is the body's short name; "the Division's website" after the "Planning and Environmental
  // Appeals Division".)
  if (words.length > 1 && words[words.length - 1] === word && kind !== "PERSON" && kind !== "PLACE" && BODY_HEAD_WORD.test(word) && bare.mentions.every((x) => /\bthe\s+$/i.test(text.slice(Math.max(0, x.start - 5), x.start)) || ROLE_AFTER_HEAD.test(text.slice(x.end, x.end + 16)))) return true;
  // ("waiting at Doraleh" after "the Port of Doraleh": a port goes by its town's name.)
  if (kind === "PLACE" && words.length === 3 && words[0] === "Port" && words[1] === "of" && words[2] === word) return true;
  // ("volumes from the Vale" after "the Vale of Evesham", "out of the Glens" after "the Glens of Antrim": a vale, a
  // forest, an isle or glens go by their kind.)
  if (kind === "PLACE" && words.length === 3 && words[1] === "of" && words[0] === word && /^(?:Vale|Forest|Isle|Glens)$/.test(word)) return true;
  if (sameLastWord(words[words.length - 1] ?? "", word)) return kind === "PERSON" || kind === "MEDIA" || (kind === "PRODUCT" && isModelAfterMaker(word)) || GENERIC_FIRST.test(words[0] ?? "") || (typeOf(bare) !== "PLACE" && personShaped(m, words));
  // "Cruz" after "Ramiro Cruz Ayavire": a Spanish-style name is referred back to by its first surname.
  if (words.length === 3 && words[1] === word && kind === "PERSON") return true;
  // ("Ajú" after "Julio César Ajú Sequén": two given names, then two surnames, the first of which is used.)
  if (words.length === 4 && words[2] === word && kind === "PERSON" && (isGivenName(words[1] ?? "") || isFirstName(words[1] ?? ""))) return true;
  // ("Ong said" after "Jason Ong Wei Liang": an English given name, then a Chinese name with the family name first.)
  if (words.length === 4 && words[1] === word && kind === "PERSON" && EAST_ASIAN_FAMILY.test(word) && isFirstName(words[0] ?? "")) return true;
  // ("Harbourview" after "Kowloon Harbourview Holdings": a company named after its place goes by the rest of its name.)
  const bareName = words.length > 2 && isCorporateSuffix(words.at(-1) ?? "") ? words.slice(0, -1) : words;
  // ("Quilcay" after "Minera Quilcay S.A.A.": so does a company named with its trade's generic first word.)
  if (kind === "ORG" && bareName.length === 2 && bareName[1] === word && (isPlaceWord(bareName[0] ?? "") || GENERIC_FIRST.test(bareName[0] ?? "")) && typeOf(bare) !== "PLACE") return true;
  // ("Arcelan" after "Grupo Arcelan Renovables": or the generic word and the trade closing the name both.)
  if (kind === "ORG" && bareName.length === 3 && bareName[1] === word && GENERIC_FIRST.test(bareName[0] ?? "") && TRADE_LAST.test(bareName[2] ?? "") && typeOf(bare) !== "PLACE") return true;
  // ("the Chamber's tourism group" after "Jersey Chamber of Commerce": a body goes by its head before "of".)
  // ("The Chamber disputes" after "St Helena Chamber of Commerce": wherever the head stands before its "of".)
  const headAt = words.indexOf(word);
  if (kind !== "PERSON" && kind !== "PLACE" && words.length >= 4 && headAt >= 1 && words[headAt + 1] === "of" && /^(?:Chamber|Commission|Council|Federation|Confederation|Association|Union|Bank)$/.test(word)) return true;
  if (words[0] !== word) return false;
  // ("the bay off Buochs" beside "The Buochs municipal council": a town before a body's lower-case kind is the town.)
  // ("Vaud voters" beside "the Vaud cantonal government": so is a region.)
  if (kind !== "PERSON" && words.length > 1 && words.slice(1).every((w) => /^\p{Ll}/u.test(w)) && (townPopulation(word) > 0 || isRegion(word))) return false;
  // ("across Lombardy" beside "the Lombardy Region": the region's name alone is the land, its administration's the body.)
  if (kind === "GOV" && words.length === 2 && words[1] === "Region") return false;
  // ("the Assembly" beside "Assembly Ways and Means Committee": a chamber is not short for one of its committees.)
  if (/^(?:Senate|Assembly|House|Parliament|Congress|Legislature|Council)$/.test(word) && words.length > 1 && /\b(?:Committee|Subcommittee|Caucus|Panel)$/.test(nameOf(m))) return false;
  // "Queensland" after "Queensland Coal Mining Board of Inquiry" is the state, not the inquiry.
  // ("developments on Barbuda" beside the "Barbuda Council": so is an island a country's name holds.)
  if (kind !== "PERSON" && typeOf(bare) === "PLACE" && (isPlaceWord(word) || townPopulation(word) >= 100_000 || isCountryPart(word))) return false;
  // ("the largest flood on record in the Hawkesbury" beside "Hawkesbury City Council": and a land the lists know, which
  // the copy writes with its article, beside a body named after it; not "Brda reported" beside "Brda Components".)
  if (kind !== "PERSON" && typeOf(bare) === "PLACE" && isRegion(word) && bare.mentions.some((x) => /\bthe\s+$/.test(text.slice(Math.max(0, x.start - 4), x.start)))) return false;
  // ("the Lobaye prefecture" beside "Lobaye Bois Industries": a word the copy calls a prefecture, a district or an area is the place.)
  if (kind !== "PERSON" && typeOf(bare) === "PLACE" && bare.mentions.some((x) => GEO_AFTER.test(text.slice(x.end, x.end + 40)) && /^\s+\p{Ll}/u.test(text.slice(x.end, x.end + 3)))) return false;
  // ("the former naval port of Karosta" beside "SIA Karosta Marine Works": a word the copy calls a port, a town or a
  // village "of" is the place.)
  if (kind !== "PERSON" && typeOf(bare) === "PLACE" && bare.mentions.some((x) => PLACE_OF_BEFORE.test(text.slice(Math.max(0, x.start - 24), x.start)))) return false;
  // ("a site near Drumoak … Drumoak and Durris Community Council": a place written before the body named after it is still the place.)
  // ("Greene County Sheriff Tom Hale": not a word cut from the front of a longer name.)
  if (kind !== "PERSON" && typeOf(bare) === "PLACE" && Math.min(...bare.mentions.map((x) => x.start)) < Math.min(...m.mentions.map((x) => x.start)) && !bare.mentions.some((x) => /^\s\p{Lu}/u.test(text.slice(x.end, x.end + 2)))) return false;
  // ("pupils at Kinbrae … children in Kinbrae" beside "Kinbrae Primary School": the place a school or a council is named after.)
  // ("visitors to Fermanagh" beside "Fermanagh and Omagh District Council": so is a place people go to or come from.)
  // ("meet at the office in Champhai" beside the "Champhai Ginger Growers' Association": or a town its growers' body is named after.)
  if (kind !== "PERSON" && typeOf(bare) === "PLACE" && /\b(?:School|Academy|Council|Church|Library|Surgery|Court|Association|Union|Cooperative|Co-operative|Society|Federation)$/.test(nameOf(m)) && bare.mentions.some((x) => /\b(?:in|near|outside|to|from|across)\s+$/.test(text.slice(Math.max(0, x.start - 8), x.start)))) return false;
  // ("projects in Agder … requests in Agder and Rogaland" beside the grid company "Agder Kraftnett": a word the copy
  // twice puts a thing "in" is the region a company is named after, whatever its head.)
  if (kind !== "PERSON" && typeOf(bare) === "PLACE" && bare.mentions.filter((x) => /\b(?:in|near|outside|across|throughout)\s+$/.test(text.slice(Math.max(0, x.start - 12), x.start))).length >= 2) return false;
  // ("crossings to Muhu and Saaremaa" beside "Saaremaa Municipality": a word listed with another after "to" or "in" is the
  // island or the town the municipality is named after.)
  if (kind === "GOV" && /\s(?:Municipality|Kommune|County|Council)$/.test(nameOf(m)) && bare.mentions.some((x) => /\b(?:in|near|outside|to|from|across)\s+\p{Lu}\p{L}+\s+and\s+$/u.test(text.slice(Math.max(0, x.start - 30), x.start)))) return false;
  // ("Trackwell's software kit, marketed as Trackwell Signal": a maker named before its product stays the maker.)
  // (Only a word that acts as a company does, "Trackwell's", "Trackwell said": not "AirMax" before "AirMax 5000".)
  if (kind === "PRODUCT" && Math.min(...bare.mentions.map((x) => x.start)) < Math.min(...m.mentions.map((x) => x.start)) && actsAsCompany(text, bare)) return false;
  // ("reaches Hanifaru" after "Hanifaru Bay", "the Muru crossing" after "the Muru River": a natural feature goes by its own name, when that is no place of its own.)
  // ("Aimeliik" after "Aimeliik State": a state or prefecture written with its head is the region called by its name alone.)
  if (kind === "PLACE" && words.length === 2 && /^(?:State|Prefecture)$/.test(words[1] ?? "") && isRegion(word)) return true;
  // ("visitors due to land at Hewanorra" after "Hewanorra International Airport": an airport goes by its own name.)
  if (kind === "PLACE" && words.length <= 3 && words.at(-1) === "Airport" && words[0] === word && !isRegion(word) && townPopulation(word) === 0 && !isPlaceWord(word)) return true;
  if (kind === "PLACE" && words.length === 2 && /^(?:Bay|Lagoon|Reef|Atoll|River|Island|Islands|Peninsula|Valley|Canyon|Gorge|Glacier|Falls|Creek|Marsh|Wetlands?|Forest|Heights)$/.test(words[1] ?? "") && !isRegion(word) && townPopulation(word) === 0) return true;
  // ("Mr Tan" after "Tan Kiat Hong": a family name written first, before two given names.)
  return kind === "PERSON" ? (words.length === 2 && !isFirstName(word)) || (words.length === 3 && EAST_ASIAN_FAMILY.test(word)) : kind !== "PLACE" && !bodyOfMembers(words, 1);
}

/** "Trackwell's kit", "Trackwell said": a name written as a possessor or before a speech verb or auxiliary acts as a company does. */
const actsAsCompany = (text: string, g: Group) => g.mentions.some((x) => /^['’]s\b/.test(text.slice(x.end, x.end + 3)) || SPEECH_OR_AUX.test(/^\s+(\w+)/.exec(text.slice(x.end, x.end + 20))?.[1] ?? ""));

/** "Patrick W. Carlineo Jr.": a generational suffix is not the surname a later mention uses. */
const withoutSuffix = (words: string[]) => (words.length > 2 && /^(?:Jr|Sr|II|III|IV)\.?$/.test(words[words.length - 1] ?? "") ? words.slice(0, -1) : words);

/**
 * "Faith Chepkoech … Chepkoech said": two or three plain capitalised words with no evidence of a company
 * or a place are taken up by a later bare last word the way a person's name is; names compromise does
 * not know (most non-English ones) are people far more often than companies in that shape.
 */
function personShaped(g: Group, words: string[]): boolean {
  if (words.length < 2 || words.length > 3 || !words.every((w) => NAME_WORD.test(w.replace(/\.$/, "")) || /^\p{Lu}\.?$/u.test(w))) return false;
  const other = g.votes.filter(([t]) => t !== "PERSON").reduce((n, [, w]) => n + w, 0);
  return other <= 2.5;
}

/**
 * "Hanbit Air Cabin Crew Union", "Aldermoor Town Supporters' Trust": a body of the short form's people named
 * after it (its crew, staff, supporters) is another party, often the other side; "Granite Shore Credit Union" is not.
 * ("Growers in the Rheingau" beside "the Rheingau Winegrowers' Association": a land's growers' body is no short form's.)
 */
/** ("Quebrada Roja Workers' Union No. 1": the number after a union's head is no part of what kind of body it is.) */
const unnumbered = (long: string[]) => (long.length > 2 && /^\d{1,4}$/.test(long[long.length - 1] ?? "") && /^No\.?$/.test(long[long.length - 2] ?? "") ? long.slice(0, -2) : long);
const bodyOfMembers = (full: string[], shortLength: number, long = unnumbered(full)) =>
  MEMBERS_BODY_HEAD.test(long[long.length - 1] ?? "") &&
  long.slice(shortLength, -1).some((w) => /^(?:Crew|Workers|Employees|Staff|Supporters|Pilots|Members|Fans|Shareholders|Drivers|Nurses|Teachers|Engineers|Residents|Parents|Owners|Investors|Users|Customers|Passengers|Producers|Growers|Winegrowers|Winemakers|Vintners|Farmers|Fishermen|Brewers|Hoteliers|Foresters)['’]?$/.test(w));

/** "Al Zarooni" after "Majid Al Zarooni", "van Acker" after "Liesbeth van Acker": a surname with its particle is the person. */
/** ("Einar Þór said" after "Einar Þór Gunnarsson": Icelandic copy calls people by their given names, both of them.) */
/** ("Mr. Mahamat Abakar said" after "Mahamat Abakar Issa": Chadian copy calls a man by his given and father's names.) */
function givenNamesOf(short: string, multi: Group[], g: Group): Group | undefined {
  const words = short.split(" ");
  if (words.length !== 2 || !(isGivenName(words[0] ?? "") || typeOf(g) === "PERSON")) return undefined;
  // ("Mohd Fazli said" after "Mohd Fazli Abdul Rahman": a Malay man by his given names, before his father's two.)
  // ("Mohd Azmi said" after "Mohd Azmi bin Haji Yusof": or before "bin"/"binti" and the father's names, however many.)
  const hosts = multi.filter((m) => typeOf(m) === "PERSON" && nameOf(m).startsWith(`${short} `) && ([3, 4].includes(nameOf(m).split(" ").length) || /^(?:bin|binti) /.test(nameOf(m).slice(short.length + 1))));
  return hosts.length === 1 ? hosts[0] : undefined;
}

/** The first `n` words of a name are given names. (A module function, not a closure named inside the caller: under tsx (keepNames) every named closure also has its name written onto it when it is made, once per call.) */
const givenFirst = (words: string[], n: number) => words.slice(0, n).every((w) => isFirstName(w) || isGivenName(w));

function particleSurnameOf(short: string, multi: Group[], g: Group): Group | undefined {
  const words = short.split(" ");
  // ("Hernández de Mejía" after "Claudia Beatriz Hernández de Mejía": a married name, joined by "de", closing the longer name.)
  if (words.length === 3 && /^(?:de|del)$/.test(words[1] ?? "")) return multi.find((m) => typeOf(m) === "PERSON" && withoutSuffix(nameOf(m).split(" ")).length >= 4 && nameOf(m).endsWith(` ${short}`));
  // ("Van der Kamp said" after "Marguerite Van der Kamp": a Dutch or German particle of two words, capitalised where
  // the surname opens a sentence.)
  if (words.length === 3 && /^(?:Van|van|Von|von|De|de)$/.test(words[0] ?? "") && /^(?:der|den|de|dem|la)$/.test(words[1] ?? "")) return multi.find((m) => typeOf(m) === "PERSON" && withoutSuffix(nameOf(m).split(" ")).length >= 4 && nameOf(m).toLowerCase().endsWith(` ${short.toLowerCase()}`));
  if (words.length !== 2) return undefined;
  // ("Garza Treviño" after "Alejandro Garza Treviño", "Mrs. Ekwalla Din" beside "Solange Ekwalla Din": two surnames
  // after a given name, without a particle.)
  const shortFrom = Math.min(...g.mentions.map((x) => x.start));
  return multi.find((m) => {
    const long = withoutSuffix(nameOf(m).split(" "));
    // ("Mrs Ondo Mintsa" after "Edwige Ondo Mintsa": or the short form is itself read as a person's, whatever the given name.)
    // ("Paz Melara" after "Rodrigo Alfonso Paz Melara": or the two surnames after two given names.)
    // ("Hanssen Loe denied" after "Kjersti Hanssen Loe, the company's managing director": or a given name the lists do not
    // know, when the whole name came first.)
    const later = shortFrom > Math.min(...m.mentions.map((x) => x.start));
    return typeOf(m) === "PERSON" && long.length > 2 && long.slice(-2).join(" ").toLowerCase() === short.toLowerCase() && (SURNAME_PARTICLE.test(words[0] ?? "") || (long.length === 3 && (givenFirst(long, 1) || typeOf(g) === "PERSON" || later)) || (long.length === 4 && givenFirst(long, 2)));
  });
}
/** ("Mr. Ould Bah" after "Ahmed Salem Ould Bah": Mauritanian "Ould", "son of", too.) */
// ("Ait Slimane" after "Mohand Ait Slimane": Kabyle and Moroccan family names open with "Ait", "sons of", as Arabic
// ones may with "Ibn", "son of".)
const SURNAME_PARTICLE = /^(?:Al|El|Al-|Van|van|De|de|Von|von|Da|da|Di|di|Du|du|Le|La|Bin|Abu|Ben|Mac|Mc|Dos|dos|Ould|Mint|Ag|Wad|Ait|Aït|Ibn)$/;

/** A trade's word closing a company's name, left out in short: "Renovables", "Energías", "Inmobiliaria". */
const TRADE_LAST = /^(?:Renovables|Renováveis|Energía|Energías|Energia|Energias|Énergies|Inmobiliaria|Imobiliária|Alimentos|Logística|Construcciones)$/;
/** The head of a body a land may give its name to: its commission, council or growers' association. */
const LAND_NAME = /\s(?:Strait|Straits|Sea|Island|Islands|Peninsula|Coast)$/;
const LAND_BODY_HEAD = /\s(?:Commission|Council|Authority|Board|Agency|Association|Committee|Federation|Union|Trust|Forum|Alliance|Coalition|Society)$/;
function openingWordsOf(short: string, multi: Group[], g: Group, text: string): Group | undefined {
  // "Abu Dhabi-listed …" beside "Abu Dhabi Securities Exchange": a known place opening a body's name is still the place.
  // ("calls at Port Klang" beside the "Port Klang Authority": so is a place the copy puts things at or in; "Cascade
  // Valley said" after "Cascade Valley Health" is the company.)
  // ("the people of Neath Port Talbot" beside "Neath Port Talbot Council": the place its people live in.)
  // ("wastewater spilled into Sandy Creek" beside the "Sandy Creek Catchment Growers Association": where things flow.)
  // ("an overspend on the Eastside Views affordable housing estate" beside the "Eastside Views Purchasers' Group": a
  // place the copy calls an estate, a district or an area.)
  // ("ranchland in western Chase County" beside the "Chase County Commission": a compass word may stand between.)
  // ("housing projects across the Cowichan Valley" beside the "Cowichan Valley Regional District": or things spread across it.)
  const located = typeOf(g) === "PLACE" && g.mentions.some((m) => /\b(?:in|into|at|near|off|to|from|outside|along|across|throughout|upstream of|downstream of|(?:people|residents) of)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$/.test(text.slice(Math.max(0, m.start - 16), m.start)) || (GEO_AFTER.test(text.slice(m.end, m.end + 40)) && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3))));
  // ("major developments on Barbuda" beside the "Barbuda Council", "BASSETERRE, St. Kitts" beside the "St. Kitts Kidney
  // Support Group": so is a country's or a region's name.)
  // ("Murska Sobota, 23 November 2026 –" beside the "Murska Sobota District Court": a dateline's town is the town.)
  const dateline = g.mentions.some((m) => /(?:^|\n)\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)) && /^,\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2})\b/u.test(text.slice(m.end, m.end + 24)));
  // ("had sold peppers to Ahumados Garganta" after "Ahumados Garganta S.L.": the company's name without its legal form is
  // the company, wherever the copy sends things.)
  const unformed = multi.find((m) => typeOf(m) !== "PERSON" && typeOf(m) !== "PLACE" && legalFormEnds(nameOf(m)) && nameOf(m).slice(0, nameOf(m).lastIndexOf(" ")) === short);
  if (unformed) return unformed;
  if (isPlaceWord(short) || townPopulation(short) >= 20_000 || located || dateline || isCountryPart(short)) return undefined;
  const words = short.split(" ");
  return multi.find((m) => {
    const long = nameOf(m).split(" ");
    const kind = typeOf(m);
    if (kind === "PERSON" || kind === "PLACE") return false;
    // ("below the Niagara Escarpment" beside the "Niagara Escarpment Commission": a land's name is the land, not short
    // for a body named after it.)
    // ("Torres Strait crayfish divers" beside the "Torres Strait Kaiar Fishers Association": so is a strait's, a sea's or an
    // island's, named by its head.)
    if ((isRegion(short) || LAND_NAME.test(short)) && LAND_BODY_HEAD.test(nameOf(m))) return false;
    // ("Friuli Venezia Giulia had about 1,100 megawatts" beside "The Friuli Venezia Giulia Region"; "the boundary of the
    // Alta Murgia National Park" beside "The Alta Murgia National Park Authority": a region's name or a park's alone is
    // the land, not its administration.)
    if ((isRegion(short) && nameOf(m) === `${short} Region`) || (/ (?:National |Regional |Natural )?Park$/.test(short) && /^(?:Authority|Agency|Board|Trust|Service)$/.test(long[words.length] ?? ""))) return false;
    const bare = long.length > 2 && legalFormEnds(nameOf(m)) ? long.slice(0, -1) : long;
    // ("Serra Alta" after "Mineração Serra Alta": a generic word of the trade opening the name is dropped in short.)
    // ("Harbourview" after "Kowloon Harbourview Holdings": nor is the place a company is named after.)
    // ("Jagat Bayar" after "PT Jagat Bayar Nusantara": nor is a legal form written first.)
    const from = LEADING_LEGAL_FORM.test(long[0] ?? "") ? [0, 1] : (GENERIC_FIRST.test(long[0] ?? "") || (isPlaceWord(long[0] ?? "") && typeOf(g) !== "PLACE")) && bare.length === words.length + 1 ? [0, 1]
      : GENERIC_FIRST.test(long[0] ?? "") && GENERIC_SECOND.test(long[1] ?? "") && bare.length === words.length + 2 ? [0, 2] : [0];
    // ("St Brendan's" after "St Brendan's University Hospital": the short form's possessive is the name's own.)
    return long.length > words.length && from.some((f) => words.every((w, i) => long[i + f]?.replace(/['’]s$/, "") === w)) && !bodyOfMembers(long, words.length);
  });
}

// ("the Tala Moana" after "the MV Tala Moana": a ship goes by its name without its prefix.)
// ("Forêt Vivante" after "Collectif Forêt Vivante": a French collective goes by its name too.)
const kindWord = (w: string) => GENERIC_FIRST.test(w) || VESSEL_PREFIX.test(w) || /^(?:Hotel|Hôtel|Casino|Clinique|Clínica|Collectif)$/.test(w);
/** ("the Belle Rive" after "Hôtel Belle Rive", "Monte Titano" after "Banca Monte Titano": a name after its kind's word.) */
function afterKindWordOf(short: string, multi: Group[]): Group | undefined {
  const hosts = multi.filter((m) => { const w = nameOf(m).split(" "); return w.length > 2 && w.slice(1).join(" ") === short && kindWord(w[0] ?? ""); });
  return hosts.length === 1 ? hosts[0] : undefined;
}

/** The one body of that kind whose name ends in the short form, what stands before it passing `before`; else none. */
function onlyEndingIn(short: string, multi: Group[], kind: EntityType, before: (prefix: string) => boolean = () => true): Group | undefined {
  const hosts = multi.filter((m) => typeOf(m) === kind && nameOf(m).endsWith(` ${short}`) && before(nameOf(m).slice(0, -short.length - 1)));
  return hosts.length === 1 ? hosts[0] : undefined;
}
/**
 * ("The provincial People's Committee" after "Bac Ninh Provincial People's Committee": a body's closing words, its head
 * among them, are the body, when only one name the article gives ends in them.)
 * ("City Hall had approved" after "Batumi City Hall's press office said": a city's hall, so named, likewise.)
 */
function closingBodyOf(short: string, multi: Group[], g: Group, text: string): Group | undefined {
  // ("A Department of Health spokesperson" after "the New York State Department of Health": a state's department without
  // its state, when the copy names one such department and writes no other qualifier before this one, "U.S.".)
  const department = /^(?:Department|Ministry|Office|Bureau) of \p{Lu}/u.test(short) && g.mentions.every((x) => !/(?:\.|\b(?!(?:The|A|An)\s)\p{Lu}\p{L}*)\s+$/u.test(text.slice(Math.max(0, x.start - 12), x.start))) ? onlyEndingIn(short, multi, "GOV") : undefined;
  if (department) return department;
  // ("An official of the Mines and Minerals Department" after "the Khyber Pakhtunkhwa Mines and Minerals Department": a
  // province's department named by its portfolio without the province.)
  const provinces = /^\p{Lu}[\p{L} ]* Department$/u.test(short) ? onlyEndingIn(short, multi, "GOV", (prefix) => { const place = prefix.replace(/^the /i, ""); return isKnownPlace(place, 1) || isCountryPart(place); }) : undefined;
  if (provinces) return provinces;
  // ("Local 5's Maui organizing director" after "UNITE HERE Local 5": a union's local by its number.)
  const local = /^Local \d+$/.test(short);
  // ("the Armed Forces" after "the Swedish Armed Forces": a country's forces by their own name.)
  // ("The Environmental Guard has issued fines" after "Romania's National Environmental Guard": a guard or an
  // inspectorate without its "National".)
  if (!local && !/ (?:Committee|Council|Commission|Assembly|Authority|Tribunal|Court|Guard|Inspectorate)$|^(?:City|Town) Hall$|^Armed Forces$/.test(short)) return undefined;
  return onlyEndingIn(short, multi, local ? "ORG" : "GOV");
}

/** ("the Petroleum Ministry's news agency" beside "the Ministry of Petroleum": a body's portfolio written before its head is the one body named with "of".) */
function headFirstOf(short: string, multi: Group[]): Group | undefined {
  const m = /^((?:\p{Lu}[\p{L}-]*\s){1,2})(Ministry|Department|Commission|Committee|Agency|Directorate)$/u.exec(short);
  const [, portfolio, head] = m ?? [];
  if (!portfolio || !head) return undefined;
  const named = new RegExp(`^${head} (?:of|for) (?:the )?${escapeRegExp(portfolio.trim())}$`);
  const hosts = multi.filter((g) => typeOf(g) === "GOV" && named.test(nameOf(g)));
  return hosts.length === 1 ? hosts[0] : undefined;
}

function nameOf(g: Group): string {
  if (g.fixed) return g.fixed.name;
  return once(g.mentions, () => [...g.mentions].sort((a, b) => b.text.split(" ").length - a.text.split(" ").length || capitals(b.text) - capitals(a.text) || a.start - b.start)[0]?.text ?? g.key);
}
const capitals = (s: string) => (s.match(/\p{Lu}/gu) ?? []).length;

function toIndex(groups: Group[]): EntityIndex {
  const byId = new Map<string, ExtractedEntity>();
  for (const g of groups) {
    const type = typeOf(g);
    const name = nameOf(g);
    const id = entityId(type, name);
    const e = byId.get(id) ?? { id, name, type, aliases: [], mentions: [] };
    e.mentions.push(...g.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })));
    e.aliases.push(...(g.also ?? []));
    byId.set(id, e);
  }
  const entities = [...byId.values()].map((e) => ({ ...e, mentions: e.mentions.sort((a, b) => a.start - b.start), aliases: [...new Set([...aliasesOf(e), ...e.aliases])] }));
  entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const mentions = entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id, type: e.type }))).sort((a, b) => a.start - b.start);
  return { entities, mentions, byId: new Map(entities.map((e) => [e.id, e])) };
}

function aliasesOf(e: ExtractedEntity): string[] {
  const seen = new Set([e.name.toLowerCase()]);
  const out: string[] = [];
  for (const m of e.mentions) {
    const k = m.text.toLowerCase();
    if (!seen.has(k)) { seen.add(k); out.push(m.text); }
  }
  return out;
}
