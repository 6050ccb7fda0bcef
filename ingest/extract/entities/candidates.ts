import type { Sentence, Term } from "../text/sentences";
import { hasGovHead, NORDIC_BODY_IN, NORDIC_COMPOUND_KIND, STATE_KIND_LAST } from "./gov-heads";
import { lexiconType } from "./lexicon-matches";
import { STATE_ABBREVIATIONS, STREET_TYPES } from "../text/us-addresses";
import { currencyCode } from "../figures/units";
import { findTitle, INSTITUTION_HEAD, PORTFOLIO_SECOND } from "./titles";
import { isRegion, townPopulation } from "./gazetteer";
import { EAST_ASIAN_FAMILY, isFamilyName, isGivenName } from "./given-names";
import { isCommonWord, isCountryPeopleOf, isDemonym, isFirstName, isLastName, isPlaceWord, MONTHS_DAYS, NOT_NAMES, TITLES, WAY_NOUN } from "./words";
import { isDictionaryWord } from "./dictionary";
import { withoutAccents } from "../text/accents";
import { SUNDAY_PAPER_HEAD } from "../text/sunday-papers";

export type Candidate = {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** First word of its sentence: a capital there says nothing about being a name. */
  initial: boolean;
  possessive: boolean;
  /** A title stood before it ("Mr", "Senator"): a person. */
  titled: boolean;
  /** A country prefix cut off the name ("U.S." in "U.S. Consumer Product Safety Commission"): not a mention of its own. */
  prefix?: { start: number; end: number };
  /** Lower-case word after a hyphen ("Alibaba-affiliated", "Berlin-based"). */
  hyphenSuffix?: string;
};

/** ("iPhone", "eBay", "Moravia eMobility": a small "i" or "e" before a capital opens a brand.) */
const CAPITAL = /^(?:\p{Lu}|i\p{Lu}|e\p{Lu}\p{Ll}|\d+\p{Lu})/u;
/** ("a 120MW plant", "a 5MWh battery", "a 64GB phone": a quantity written onto its unit is no name.) */
const QUANTITY = /^\d[\d.,]*(?:MW|GW|MWh|GWh|TWh|MWp|MVA|GB|TB)$/;
// ("the Administrative Tribunal of Chocó": a tribunal of a region, as a court of one.)
const OF_HEADS = /^(Defender|Tribunal|Directorate-General|Administration|Register|Registry|Registrar|Comptroller|Vale|Forest|Glens|Region|Unit|Landtag|Nation|Province|Isthmus|Survey|Shire|Legislature|Prefecture|Government|Voice|Friends|Guardians|Band|Tribe|Journal|Convention|Head|Cape|House|Corp\.|Co\.|Corporation|Company|Bay|Gulf|Sea|Isle|Straits?|Ministry|Department|Bank|University|Institute|Bureau|Office|Council|Court|Agency|Commission|Board|Academy|Association|Federation|Republic|Kingdom|Secretary|School|College|Museum|Chamber|Union|Organization|Organisation|Society|League|Conference|Directorate|General|Coalition|Alliance|Confederation|Service|Authority|Centre|Center|Party|Network|Congress|Assembly|Parliament|Church|Order|Fund|Division|District|Corps|Inspectorate|Superintendency|Superintendence|Secretariat|Municipality|Airports|Ports|Platform|City|Town|Cabinet|Exchange|Undersecretariat|Establishment|Registrar|Registry|Clinic|Hospital|Committee|County|Commune)$/;
/** A quotation mark or an opening bracket before the next word ends a name ("Markets Authority (CMA)"). */
const QUOTE = /["'“”‘’(\[]/;
/** Heads that close names joined by "and" ("Korea Iron and Steel Association", "Securities and Exchange Commission", "Agriculture and Livestock Secretariat"). */
const AND_HEADS = /^(Front|Prevention|Control|Engineering|Contracting|Construction|Inspectorate|Directorate|Division|Defence|Journal|Service|Services|Customs|Association|Commission|Authority|Administration|Organization|Organisation|Council|Committee|Institute|Federation|Union|Bureau|Agency|Department|Ministry|Exchange|Company|Industries|Society|Foundation|Board|Trust|Police|Constabulary|Tribunal|Commissioner|Ombudsman|Court|Protection|Group|Enterprise|Enterprises|Operator|Alliance|Coalition|Network|Forum|Partnership|Campaign|Body|Center|Centre|Secretariat)$/;
const COMPASS = /^(North|South|East|West|Northern|Southern|Eastern|Western|Central)$/;
/** "U.S. Consumer Product Safety Commission": the country is where the body sits, not part of its name. */
const COUNTRY_PREFIX = /^(U\.S\.|US|U\.K\.|UK|EU)$/;
// ("Lomellina Rice Growers' Consortium": a consortium of growers too.)
const MEMBERS_HEAD = /^(Union|Trust|Association|Chamber|Federation|Alliance|Party|Council|League|Guild|Fund|Club|Society|Congress|Forum|Coalition|Cooperative|Co-operative|Associations|Unions|Cooperatives|Platform|Consortium)$/;
/** A role noun opening a sentence before a name ("Operator X has offered …"): the descriptor, capitalised by position. */
const ROLE_NOUN = /^(Lawyer|Attorney|Activist|Analyst|Economist|Researcher|Farmer|Teacher|Worker|Driver|Pilot|Employee|Resident|Witness|Passenger|Student|Shopper|Commuter|Officer|Nurse|Doctor|Operator|Developer|Regulator|Retailer|Lender|Insurer|Carrier|Manufacturer|Supplier|Provider|Broadcaster|Publisher|Startup|Distributor|Contractor|Chipmaker|Carmaker|Automaker|Steelmaker|Drugmaker|Conglomerate|Broker|Miner|Shipper|Exporter|Importer|Investor|Newspaper|Daily|Tabloid|Magazine|Outlet|Website)$/;

const ROLE_SUFFIX = /^\p{Lu}\p{Ll}+(?:maker|builder|producer|operator|developer|retailer|supplier|provider)$/u;

const STREET = new RegExp(String.raw`^${STREET_TYPES}\.?$`);
const CIVIC_HEAD = /^(?:Initiative|Project|Watch|Movement|Platform|Programme|Program)$/;
const PARTY_LABEL = /^(?:Republican|Democrat|Democratic|Conservative|Labour|Liberal|Independent|Socialist|Green)$/;
/** "A380", "A350-900", "A330neo", "S24": a letter-and-number model code names a product. */
export const MODEL_CODE = /^\p{Lu}{1,2}\d{2,4}(?:-\p{Lu}?\d+\p{Lu}{0,2}|neo|[A-Z])?$/u;
/** "737-800", "777-300ER", "787-9": a maker's numbered model with its variant (only ever written after the maker's name). */
export const MODEL_VARIANT = /^\d{3}-\d{1,3}\p{Lu}{0,2}$/u;
/** A code written after a maker's name ("Airbus A220-300", "Boeing 777-300ER", "Sao Viet S5"; alone "S5" or "G7" says too little). */
export const isModelAfterMaker = (w: string) => MODEL_CODE.test(w) || MODEL_VARIANT.test(w) || /^\p{Lu}{1,2}\d$/u.test(w);
/** Abbreviations whose full stop does not end a name ("St. Aldric Hospital", "Mt. Sinai"), and middle initials ("Patrick W. Carlineo"). */
const NAME_ABBREV = /^(?:St|Ss|Mt|Ft|Corp|Co|Bros|\p{Lu})$/u;
/** The number of a numbered region ("Region Five", "Region 6"), shared with the rule that types it a place. */
export const REGION_NUMBER = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|\d{1,2})$/;
/**
 * "Rep. Ilhan Omar", "Gov. Kathy Hochul", "Dr. Ana Ruiz": an abbreviated title before a name; ("Adj. Comr. Daniel Ratu")
 * Indonesia's police ranks as its English-language press writes them.
 */
export const TITLE_ABBREVIATIONS = "Mr|Ms|Mrs|Dr|Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Atty|Supt|Insp|Cmdr|Adm|Maj|Cpl|Pres|Ald|Cllr|Coun|Det|Const|Eng|Adv|Adj|Comr";
const TITLE_ABBREV = new RegExp(`^(?:${TITLE_ABBREVIATIONS})$`);
/** The shared last part of a Nordic body's two compounds, read as one word ("Mark- och miljödomstolen"). */
const NORDIC_COMPOUND_LAST = new RegExp(`^\\p{Ll}+(?:${NORDIC_COMPOUND_KIND})$`, "u");
/** "D-Minn.", "R-Texas": a US party and state tag after a lawmaker's name. */
const PARTY_TAG = /^[DRI]-\p{Lu}/u;
/** "Convention for Renewal Party", "Office for National Statistics", "Karandila Multiprofile Hospital for Active Treatment": heads that take a "for" phrase into the name. */
// ("Chamber of Industry and Commerce for Upper Franconia": a chamber's district after its trades.)
// ("Lee Neighbors for Safe Energy", "Parents for Future": people banded for a cause.)
const FOR_HEADS = /^(Neighbors|Neighbours|Citizens|Residents|Parents|Families|Commerce|Bench|Directorate-General|Directorate|Inspectorate|Establishment|Inspection|Secretariat|Transport|Board|Centers|Centres|Forum|Commissioner|Ombudsman|Arbitration|Convention|Party|Movement|Alliance|Coalition|Centre|Center|Campaign|Committee|Commission|Council|Office|Institute|Foundation|Association|Society|Fund|Agency|Department|Ministry|Secretary|Front|Union|Court|Tribunal|Network|Service|Authority|Bank|Organization|Organisation|Hospital)$/;

// ("Colectivo Tierra y Agua": a Spanish collective too.)
const SPANISH_INSTITUTION = /^(?:Colectivo|Pontificia|Universidad|Instituto|Colegio|Escuela|Banco|Fundaci[oó]n|Asociaci[oó]n|C[aá]mara|Ministerio|Secretar[ií]a|Servicios?|Empresa|Compañ[ií]a|Corporaci[oó]n|Comisi[oó]n|Consejo|Junta|Direcci[oó]n|Procuradur[ií]a|Fiscal[ií]a)$/;

type Word = { text: string; start: number; end: number; possessive: boolean; breakAfter: boolean; hyphenSuffix?: string; absorbs?: number; dash?: boolean; road?: boolean; nameEnd?: boolean; paper?: boolean };

/** Normalises one token: drops "'s", cuts "Berlin-based" at the hyphen, notes punctuation that ends a name. */
/** ".DJI", "CLc1", "XAU=", "US10YT=RR", "CMCU3": market codes written in the text, never names. */
// ("Mura Obuća [MURA-R-A]": a Zagreb listing's code in square brackets, as the wires write it.)
const isTicker = (t: Term) => (/\.$/.test(t.pre) && /^\p{Lu}{2,}/u.test(t.text)) || (/\[$/.test(t.pre) && /^\p{Lu}{2,}(?:-\p{Lu}){1,2}$/u.test(t.text) && /^\]/.test(t.post)) || /^=/.test(t.post) || /=/.test(t.text) || /^\p{Lu}{2,6}\p{Ll}?\d+\p{Lu}*$/u.test(t.text);

/** A word read from term `t` through the later term `last` ("BR-364", "Christmas Island", "al-Haddad"), named `text`. */
const joinedWord = (t: Term, last: Term, text: string, absorbs: number): Word => ({ text, start: t.start, end: last.end, possessive: false, breakAfter: last.post.trim() !== "", absorbs });

/** "Japan Consumers' Safety Network", "Otago Patients' Advocacy Trust": up to three capitalised terms from `from` that hold a body's head. */
function headAhead(terms: Term[], from: number): boolean {
  for (const x of terms.slice(from, from + 3)) {
    if (!/^\p{Lu}/u.test(x.text)) return false;
    if (isGroupHead(x.text)) return true;
  }
  return false;
}
/** The last word of a body that speaks for its members, a cause or its readers: "Union", "Trust", "Campaign", "Journal" ("Irish Farmers' Journal") … */
// ("the Independent Drivers' Committee": the members' own committee too; "the Upper Assam Tea Workers' Front": and front.)
// ("the Bergerac Winegrowers' Syndicate", "the Campo de Levante Irrigators' Community": a syndicate and an irrigators'
// community too.)
const isGroupHead = (w: string) => MEMBERS_HEAD.test(w) || /^(?:Front|Committee|Organisation|Organization|Network|Group|Centre|Center|Campaign|Movement|Foundation|Institute|Initiative|Collective|Journal|Weekly|Gazette|Review|Magazine|Syndicate|Community)$/.test(w);

const REGION_ADJECTIVE = /^(?:Catalan|Basque|Galician|Andalusian|Bavarian|Flemish|Walloon|Sicilian|Sardinian|Corsican|Tuscan|Venetian|Lombard|Sami|Saami|Sámi|Nordic|Scandinavian)$/;
const ROAD_CODE = /^\p{Lu}{1,3}-\d{1,4}$/u;
const ROAD_NOUN = /^(?:motorway|highway|expressway|freeway|road|toll|autopista|autovía|autoroute|autostrada|autobahn)$/;
const PLAIN_LOWER = /^\p{Ll}+$/u;
const CATALAN_HOUSE = /^(?:Caves|Cava|Celler|Cellers|Vins|Bodegues|Germans)$/;
function toWord(terms: Term[], i: number): Word {
  const t = terms[i] as Term;
  const next = terms[i + 1];
  // (Most words are plain lower-case ones that none of the cases below changes, with no hyphen, apostrophe or "=" after
  // them: they are read directly, as the last line would read them.)
  if (PLAIN_LOWER.test(t.text) && !/[-'’=]/.test(t.post)) return { text: t.text, start: t.start, end: t.end, possessive: false, breakAfter: t.post.trim() !== "" || (next !== undefined && QUOTE.test(next.pre)), hyphenSuffix: undefined, dash: dashAfter(t, next) };
  // ("the BR-364 highway": a Brazilian federal highway's code and number are one name, the road's; "beside the A-15
  // motorway", "the AP-7 toll road": so are any road's, when the copy says it is one.)
  if (t.post === "-" && next !== undefined && ((t.text === "BR" && /^\d{3}$/.test(next.text)) || (/^\p{Lu}{1,3}$/u.test(t.text) && /^\d{1,4}$/.test(next.text) && /^\s*$/.test(next.post) && ROAD_NOUN.test(terms[i + 2]?.text ?? "")))) return { ...joinedWord(t, next, `${t.text}-${next.text}`, 1), road: true };
  if (t.text === "Sunday" && t.post === " " && SUNDAY_PAPER_HEAD.test(next?.text ?? "")) return { text: t.text, start: t.start, end: t.end, possessive: false, breakAfter: false, paper: true };
  if (ROAD_CODE.test(t.text) && ROAD_NOUN.test(next?.text ?? "")) return { text: t.text, start: t.start, end: t.end, possessive: false, breakAfter: true, road: true };
  // A currency's letters before an amount name no one: ISO codes ("SEK 400 million"), the boliviano's, the Jordanian
  // dinar's, the Rwandan franc's and a Gulf paper's ("Bs 420 million", "JD 45 million", "KD 1.7 million"), the
  // Peruvian sol's sign after a legal form ("Minera Quilcay S.A.A. S/ 14.8 million"), and the CFA franc's ("FCFA 45
  // million", "850 million CFA francs").
  const amountFollows = /^\d/.test(next?.text ?? "");
  const currencyLetters = (amountFollows && ((/^S\/?$/.test(t.text) && `${t.text}${t.post}`.includes("/")) || t.text === "FCFA" || (/^\p{Lu}[\p{L}]{1,3}$/u.test(t.text) && currencyCode(t.text) !== undefined))) || (t.text === "CFA" && /^francs?$/i.test(next?.text ?? ""));
  // ("assigned the company a BB+ rating": a credit grade, its plus or minus written onto it, names no one.)
  const creditGrade = /^(?:A{1,3}|B{1,3}|C{1,3})$/.test(t.text) && /^[+-](?:\s|$)/.test(t.post);
  if (isTicker(t) || currencyLetters || creditGrade) return { text: t.text.toLowerCase(), start: t.start, end: t.end, possessive: false, breakAfter: true };
  let text = t.text;
  let end = t.end;
  // "Port Workers' Union", "Farmers’ Association": a plural possessive before an institution's head is inside the name.
  // ("Fruit Growers' Co-operative": the head may be written with a hyphen, which the tokens split.)
  const coOperative = next?.text === "Co" && next.post === "-" && /^operatives?$/.test(terms[i + 2]?.text ?? "");
  const inName = (/s$/.test(text) && /^['’]\s$/.test(t.post) && next !== undefined && (MEMBERS_HEAD.test(next.text) || coOperative || headAhead(terms, i + 1))) || (/^People['’]s$/.test(text) && next !== undefined && /^\p{Lu}/u.test(next.text)) || (/^\p{Lu}\p{Ll}*(?:men|Children|Women)['’]s$/u.test(text) && next !== undefined && (MEMBERS_HEAD.test(next.text) || headAhead(terms, i + 1))) || (/^(?:Marshal|Sheriff|Attorney|Prosecutor|Coroner|Governor|Mayor|Children|General|Ombudsman|Auditor|Commissioner|Comptroller|Controller|Receiver|Minister|President|Premier|Solicitor|Defender|Trustee|Registrar|Prefect)['’]s$/.test(text) && next !== undefined && /^(?:Office|Department|Hospital|Chambers)$/.test(next.text)) ||
    // "Hawke's Bay", "Walker's Point": a possessive inside a place's name ("the Duke's Pass road").
    (/^\p{Lu}\p{Ll}+['’]s$/u.test(text) && next !== undefined && (/^(?:Bay|Point|Island|Head|Cove|Harbour|Harbor|Creek|Landing|Hill|Reach|Wharf|Crossing|Pass|Gap|Leap)$/.test(next.text) || townPopulation(`${text} ${next.text}`) > 0)) ||
    // ("the Empangeni Magistrate's Court": a South African lower court's possessive.)
    (/^Magistrate['’]s$/.test(text) && next?.text === "Court") ||
    // ("Court of King's Bench", "King's College": the Crown's possessive inside a court's or a college's name.)
    (/^(?:King|Queen)['’]s$/.test(text) && next !== undefined && /^(?:Bench|College|University|School|Hospital|Park)$/.test(next.text)) ||
    // "St Brendan's University Hospital", "St Mary's College": a saint's possessive opens an institution's name.
    (/^\p{Lu}\p{Ll}+['’]s$/u.test(text) && /^(?:St\.?|Saint|Ste\.?)$/.test(terms[i - 1]?.text ?? "") && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.text));
  if (inName && /['’]s$/.test(text)) return { text, start: t.start, end: t.end, possessive: false, breakAfter: false };
  if (inName) return { text: `${text}${t.post.trim()}`, start: t.start, end: t.end + 1, possessive: false, breakAfter: false };
  // "TOI-2291 b": the code before the number is no name of its own.
  if (/^\p{Lu}+$/u.test(text) && t.post.trim() === "-" && /^\d/.test(next?.text ?? "")) return { text: text.toLowerCase(), start: t.start, end, possessive: false, breakAfter: true };
  // "A290s": the plural of a model code is the model.
  if (/\ds$/.test(text) && (MODEL_CODE.test(text.slice(0, -1)) || MODEL_VARIANT.test(text.slice(0, -1)))) { text = text.slice(0, -1); end -= 1; }
  const poss = /['’]s?$/.exec(text);
  const hy = /^([^-]+)-(\p{Ll}[\p{L}-]*)$/u.exec(text);
  let hyphenSuffix: string | undefined;
  if (poss && text.length > poss[0].length) { text = text.slice(0, -poss[0].length); end -= poss[0].length; }
  else if (hy?.[1] && hy[2] && isWordSuffix(hy[2]) && !eastAsianGivenName(terms, i, hy[1], hy[2])) { text = hy[1]; end = t.start + text.length; hyphenSuffix = hy[2]; }
  const hyphenNext = t.post.trim() === "-" && next !== undefined && /^\p{Ll}/u.test(next.text);
  const third = terms[i + 2];
  // ("PORT-AU-PRINCE —": a dateline in capitals writes the particle in capitals too.)
  if (t.post === "-" && next?.post === "-" && third && /^(?:AU|AUX|LE|LA|LES|DE|DU|DES|EN|SUR|SOUS|UPON|ON|E|EL|AL)$/.test(next.text) && /^\p{Lu}+$/u.test(text) && /^\p{Lu}+$/u.test(third.text)) return joinedWord(t, third, `${text}-${next.text}-${third.text}`, 2);
  // ("TV Gazeta", "TV Globo": a broadcaster named by its medium first, which alone names nothing, read as one word.)
  if (text === "TV" && t.post === " " && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.text)) {
    const own = next.text.replace(/['’]s?$/, "");
    return { text: `${text} ${own}`, start: t.start, end: next.end - (next.text.length - own.length), possessive: own !== next.text, breakAfter: own !== next.text || next.post.trim() !== "", absorbs: 1 };
  }
  // ("Christmas Island", "Easter Island": a holiday's name before "Island" names the island, read as one word.)
  if (/^(?:Christmas|Easter)$/.test(text) && t.post === " " && /^Islands?$/.test(next?.text ?? "") && next) return joinedWord(t, next, `${text} ${next.text}`, 1);
  // ("the Four Corners", where four states meet: a number word opening a land the lists know is part of its name.)
  if (REGION_NUMBER.test(text) && t.post === " " && next && isRegion(`${text} ${next.text}`)) return joinedWord(t, next, `${text} ${next.text}`, 1);
  // ("Salem Abdullah al-Haddad": the Arabic article joined by a hyphen to the family name, inside a name, is one word.)
  const prevTerm = terms[i - 1];
  if (/^(?:al|el)$/.test(text) && t.post === "-" && next !== undefined && /^\p{Lu}\p{Ll}/u.test(next.text) && prevTerm && /^\p{Lu}\p{Ll}/u.test(prevTerm.text) && prevTerm.post === " ") return joinedWord(t, next, `${text}-${next.text}`, 1);
  // ("Mark- och miljödomstolen", "Lupa- ja valvontavirasto": a Nordic body whose two compounds share their last part,
  // the first cut short with a hyphen, is one word.)
  if (/^\p{Lu}\p{Ll}+$/u.test(text) && t.post === "- " && next !== undefined && /^(?:och|og|ja)$/.test(next.text) && next.post === " " && third && NORDIC_COMPOUND_LAST.test(third.text)) return joinedWord(t, third, `${text}- ${next.text} ${third.text}`, 2);
  // "Anti-Doping Agency", "Rolls-Royce": a hyphen between capitalised words is inside one name.
  // ("Central Power Purchasing Agency-Guarantee (CPPA-G)": a bracket after the joined word still ends the name.)
  // ("Szabolcs-Szatmár-Bereg": a county of three joined names is one word too.)
  if (t.post === "-" && next !== undefined && /^\p{Lu}/u.test(next.text) && /^\p{Lu}/u.test(text) && !PARTY_TAG.test(`${text}-${next.text}`)) {
    // ("Saint-Chély-d'Aubrac": or two and an elided French particle before the third; "Notre-Dame-des-Pins": or a
    // particle between the second and a fourth.)
    // ("Saint-Jean-Saint-Nicolas": or as many capitalised parts as the name has.)
    const parts = [t, next];
    while (parts.length < 7 && /^\p{Lu}\p{Ll}/u.test(next.text) && parts[parts.length - 1]?.post === "-") {
      const following = terms[i + parts.length];
      const beyond = terms[i + parts.length + 1];
      if (following && /^(?:[dl]['’])?\p{Lu}\p{Ll}/u.test(following.text)) parts.push(following);
      else if (following?.post === "-" && beyond && /^(?:des|de|du|la|le|les|sur|en|aux|au)$/.test(following.text) && /^\p{Lu}\p{Ll}/u.test(beyond.text)) parts.push(following, beyond);
      else break;
    }
    const last = parts[parts.length - 1] as Term;
    const more = parts.length - 2;
    const joined = parts.map((x) => x.text).join("-");
    // ("of Massif-Fleuve's shares": the possessive of the last part is the joined name's, no part of it.)
    if (/['’]s$/.test(last.text)) return { text: joined.slice(0, -2), start: t.start, end: last.end - 2, possessive: true, breakAfter: true, absorbs: 1 + more };
    return { text: joined, start: t.start, end: last.end, possessive: false, breakAfter: last.post.trim() !== "" || QUOTE.test(terms[i + 2 + more]?.pre ?? ""), absorbs: 1 + more };
  }
  // "Tehreek-e-Insaf", "Jamaat-e-Islami", "Stratford-upon-Avon": a short particle joins two capitalised halves of one name.
  // ("Alpes-de-Haute-Provence": and capitalised parts may follow the second half.)
  // ("de l'Est-du-Québec": or an elided article before the first.)
  if (hyphenNext && next.post === "-" && next.text.length <= 4 && third && /^\p{Lu}/u.test(third.text) && /^(?:[dl]['’])?\p{Lu}/u.test(text)) {
    let last = 2;
    while (last < 5 && terms[i + last]?.post === "-" && /^\p{Lu}\p{Ll}/u.test(terms[i + last + 1]?.text ?? "")) last++;
    const end = terms[i + last] as Term;
    return { text: terms.slice(i, i + last + 1).map((x) => x.text).join("-"), start: t.start, end: end.end, possessive: false, breakAfter: end.post.trim() !== "" || QUOTE.test(terms[i + last + 1]?.pre ?? ""), absorbs: last };
  }
  if (hyphenNext && isWordSuffix(next.text) && !eastAsianGivenName(terms, i, text, next.text)) hyphenSuffix = next.text;
  else if (hyphenNext) return joinedWord(t, next, `${text}-${next.text}`, 1);
  // "National Grid Corp. of the Philippines": a company's abbreviated form may continue with "of".
  // ("ST. GEORGEN, Germany -", "MT. ISA, Australia -": a dateline writes the saint's and the mountain's abbreviation in
  // capitals, before a name in capitals; not "the Daily FT. Health officials …".)
  const datelineAbbrev = /^(?:ST|MT)$/.test(text) && /^\p{Lu}{2,}$/u.test(next?.text ?? "");
  const abbrev = (NAME_ABBREV.test(text) || datelineAbbrev) && t.post.startsWith(".") && next !== undefined && (/^\p{Lu}/u.test(next.text) || (/^(?:Corp|Co|Inc|Bros)$/.test(text) && next.text === "of"));
  if (abbrev) { text += "."; end += 1; }
  // ("Union No. 1", "National Road No. 1": the number's abbreviation keeps its stop, so the name is written as in the copy.)
  const numbered = text === "No" && t.post.startsWith(".") && /^\d/.test(next?.text ?? "") && /^\p{Lu}/u.test(terms[i - 1]?.text ?? "") && terms[i - 1]?.post === " ";
  if (numbered) { text += "."; end += 1; }
  const punct = abbrev || numbered ? t.post.slice(1).trim() : t.post.trim();
  const breakAfter = Boolean(poss) || Boolean(hyphenSuffix) || punct !== "" || (next !== undefined && QUOTE.test(next.pre));
  // ("the managing director, Daw Nan Hseng Mo, said": a state's abbreviation stands after its town's comma or carries its
  // stop, "Joplin, Mo.,"; one that closes a run of names with neither is the name's last word.)
  const nameEnd = STATE_ABBREV.test(text) && !t.post.startsWith(".") && !/,/.test(terms[i - 1]?.post ?? ",") && /^\p{Lu}\p{Ll}/u.test(terms[i - 1]?.text ?? "");
  return { text, start: t.start, end, possessive: Boolean(poss) && /s$|['’]$/.test(t.text), breakAfter, hyphenSuffix, dash: dashAfter(t, next), ...(nameEnd ? { nameEnd } : {}) };
}
/** A dash between this word and the next ("Nairobi — ", "(AP) - "). */
const dashAfter = (t: Term, next: Term | undefined) => /[—–]|\s-\s|\)\s*-\s/.test(t.post) || /^\s*-\s/.test(next?.pre ?? "");

/** "Alibaba-affiliated", "Berlin-based" carry a suffix; "Sung-ho" or "Rolls-Royce" are one name. */
// ("Pei-ling", "Yu-ting": a short syllable ending in "ing" is half of a given name, not a participle.)
/** ("Raymond Lau Kwok-wing": a four-letter word after the hyphen is a given name's second syllable unless it is one that describes.) */
const SHORT_ATTRIBUTE = /^(?:wide|free|like|only|size|born|made|held|rich|area|type|side|bred|sold|hit|run|led|era)$/;
const isWordSuffix = (w: string) => (/(ed|ing)$/.test(w) && w.length > 4) || (w.length >= 5 && isCommonWord(w)) || SHORT_ATTRIBUTE.test(w);
/**
 * ("Kang Mi-young", "Tsai Ing-wen": a Korean or Taiwanese given name of two syllables joined by a hyphen, after the family
 * name, is one name word, though its second syllable may be an English word.)
 */
function eastAsianGivenName(terms: Term[], i: number, first: string, second: string): boolean {
  const family = terms[i - 1];
  return family !== undefined && family.post === " " && EAST_ASIAN_FAMILY.test(family.text) && /^\p{Lu}\p{Ll}{0,4}$/u.test(first) && /^\p{Ll}{2,5}$/u.test(second);
}
/** Plural acronyms ("SUVs", "EVs") are things, not names. */
/** "C-2025", "TOI-700": a capitalised code joined to a number is a designation, not a name (a road's, "BR-364", "A-15", is read as one word in `toWord`). */
const DESIGNATION = /^\p{Lu}+-\d/u;
/** "A$640", "C$14.35", "R412", "HK$176": an amount with a currency prefix, not a name. */
const MONEY = /^(?:(?:[A-Z]{0,3}|Ch|Col|Mex|Bds|Jm|Ja)\$|R|N|P|₦|₱|RM|Rp|Rwf|Frw|Bs|JD|Shs?|KSh|USh|TSh|Tk|Br|Rs|GH¢|GH₵|Dhs?|SR|QR|KD|BD|RO|LE|K|ZiG|FCFA|[A-Z]{3})\d/;
/** "Columbia, S.C.", "Addison, N.Y.", "Ky.": AP-style state abbreviations say where the place before them is. */
const STATE_ABBREV = new RegExp(String.raw`^${STATE_ABBREVIATIONS}\.?$`);
// ("Md Abdur Rahim", "La Rioja", "Mont Blanc": without its full stop, inside a name, an abbreviation is no state.)
/** (The same signs standing apart from the amount: the Egyptian pound's "LE 86", "US$ 442 million".) */
const CURRENCY_SIGN = /^(?:LE|[A-Z]{1,3}\$)$/;
/** ("SIM cards": in capitals the card, in title case a surname, "Kelvin Sim".) */
const CAPITALS_ONLY_WORDS = /^(?:SIM|ATM|PIN)$/;
/** ("Sar Vanna", "Sar Kheng": a currency's code is written in capitals; in title case, and no English word, it is a name.) */
const codeAsName = (t: string) => /^\p{Lu}\p{Ll}{2}$/u.test(t) && currencyCode(t.toUpperCase()) !== undefined && !isCommonWord(t);
const isCap = (w: Word) => CAPITAL.test(w.text) && !QUANTITY.test(w.text) && !MONEY.test(w.text) && !CURRENCY_SIGN.test(w.text) && !CAPITALS_ONLY_WORDS.test(w.text) && (!STATE_ABBREV.test(w.text) || !w.breakAfter || w.nameEnd === true) && !PARTY_TAG.test(w.text) && (!DESIGNATION.test(w.text) || w.road === true) && (!MONTHS_DAYS.has(w.text.toLowerCase()) || w.paper === true) && (!NOT_NAMES.has(w.text.toLowerCase()) || codeAsName(w.text)) && !/^\p{Lu}{2,}s$/u.test(w.text);

/** ("Association Chair Dr. Rumyana Vasileva": the body's kind alone, before its officer's title, names no body.) */
const KIND_OF_BODY = /^(?:Association|Union|Federation|Confederation|Council|Committee|Fund|Company|Ministry|Department|Agency|Authority|Institute|Chamber|Society|Board)$/;
const ROLE_TITLE = /^(?:Minister|Secretary|Undersecretary|Director|Superintendent|Assistant|Spokesperson|Spokesman|Spokeswoman|Chairman|Chairwoman|Chair|Chairperson|General|Officer|Manager|Commissioner|Attorney)$/;
const RANK = /^(?:Federal|State|Deputy|Assistant|Associate|Chief|Senior|Acting|Junior|Prime|Principal|Director|Executive|Managing|Vice|Regional|District|Foreign|Home|Interior|Cabinet|Permanent|General|Financial|Operating|Commercial|Marketing|Investment|Compliance|Risk|Sales|Legal|Project|Plant|Country|Programme|Program|Commissioner|Human|Resources|Operations|Procurement|Production|Technical|Quality|Safety|Public|Relations|Corporate|Affairs|Customer|Factory|Branch|Store|Site|Shadow)$/;
/** "General Manager for Public Relations": a company's department named after a post is no body a reader follows. */
const DEPARTMENT = /^(?:Public|Corporate|Investor|Media|Government|External|Human|Customer)\s(?:Relations|Affairs|Communications|Resources|Service|Services)$/;
const PORTFOLIO_WORD = /^(?:Competition|Insurance|Lands|Works|Planning|Commerce|Information|Youth|Women|Mining|Mines|Economy|Interior|Water|Fisheries|Health|Finance|Justice|Education|Transport|Housing|Defence|Defense|Energy|Environment|Agriculture|Trade|Enterprise|Foreign|Home|Culture|Tourism|Sport|Employment|Communications|Infrastructure|Industry|Labour|Labor|Immigration|Children|Equality|Rural|Social|Forestry|Forests|Livestock|Irrigation|Science|Technology|Innovation|Food|Wildlife|Parks|Heritage|Arts|Welfare|Labour Relations|Cooperatives|Aviation|Shipping|Ports|Roads|Telecommunications|Digital|Climate|Resources|Sanitation)$/;
/** ("Huda al Balushi", "Salim bin Hamad al Rawahi": the Arabic article written in lower case inside a name.) */
/** Kyrgyz patronymics' "son of" and "daughter of", written in lower case after the father's name ("Ermek Joldoshbek uulu"). */
export const KYRGYZ_PATRONYMIC = /^(?:uulu|kyzy)$/;
/** ("Confederazione Democratica dei Lavoratori …": Italian's plural and elided articles after "di" too.) */
// ("Juntos pelo Povo": Portuguese "pelo"/"pela", "for the", inside a party's name.)
// ("Ștefan cel Mare University of Suceava": Romanian "cel", the article of an epithet, "Stephen the Great".)
export const NAME_PARTICLE = /^(?:nad|pod|pelo|pela|und|na|al|bin|bint|binti|ibn|von|van|der|den|de|da|di|du|des|del|della|dei|degli|delle|dello|do|dos|das|le|la|sul|sur|sous|am|im|für|upon|en|ng|sa|cel|à)$/;
const MODEL_NUMBER = /^\d{1,4}[A-Za-z]?$/;
/** "Channel 12", "School District 14", "Local 111": heads that a number always completes. */
const NUMBERED_HEAD = /^(?:District|Channel|Ward|Precinct|Local|Chapter|Class|Interstate|Highway|Route)$/;
/** The island of Ireland's 32 counties, which Irish copy writes after "Co" ("Co Armagh", "Co. Kerry"). */
const IRISH_COUNTY = /^(?:Antrim|Armagh|Down|Fermanagh|Londonderry|Derry|Tyrone|Carlow|Cavan|Clare|Cork|Donegal|Dublin|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Waterford|Westmeath|Wexford|Wicklow)$/;
/** The particles a town's own name may hold between its capitalised parts. */
const TOWN_PARTICLES = [["in"], ["an", "der"]];
/**
 * ("between Altamura and Gravina in Puglia", "Krems an der Donau"): how many words at `i` are the particles of a town
 * whose own name holds them, as the city lists write it, after a run of at most two words; 0 if none.
 */
function townParticles(run: Word[], words: Word[], i: number): number {
  if (run.length > 2) return 0;
  for (const particles of TOWN_PARTICLES) {
    const name = words[i + particles.length];
    const fits = particles.every((p, k) => words[i + k]?.text === p && !words[i + k]?.breakAfter);
    if (fits && name !== undefined && isCap(name) && townPopulation(`${run.map((r) => r.text).join(" ")} ${particles.join(" ")} ${name.text}`) > 0) return particles.length;
  }
  return 0;
}
/** "Quebrada Roja Workers' Union No. 1": a union or branch numbered after "No.". */
// ("the Municipal District of Spirit River No. 133": an Alberta or a Saskatchewan rural municipality, numbered too.)
const numberedBody = (run: Word[]) => /^No\.?$/.test(run[run.length - 1]?.text ?? "") && (/^(?:Union|Local|Lodge|Chapter|Branch|Sindicato|Road|Highway|Route)$/.test(run[run.length - 2]?.text ?? "") || /^(?:Municipal District|Rural Municipality|County) of$/.test(run.slice(0, 3).map((w) => w.text).join(" ")));
/** A brand or a road before the number, not "The 388-bed", "All 14" or a person's name before an age. */
const namesAModel = (run: Word[]) => run.length <= 3 && !run.some((w) => isCommonWord(w.text) && !/^(?:Highway|Route|Road|Lock|Pro|Max|Plus|Ultra|Mini|Air)$/.test(w.text)) && !isFirstName(run[0]?.text ?? "");
/** The number ends the name when nothing it could count follows: punctuation, a function word or a verb, not "400 jobs" or "2%". */
function numberClosesName(num: Word, next: Word | undefined): boolean {
  if (/^(?:19|20)\d\d$/.test(num.text)) return false;
  if (num.breakAfter || !next) return !/^[,.]\d/.test(next?.text ?? "");
  return /^(?:and|or|to|in|on|at|with|for|from|was|is|are|were|has|had|have|that|which|will|would|can|could|model|models|series|chip|chips|car|cars|lock|locks|jet|jets)$/.test(next.text);
}

const POLICY_AREA = /^(?:Planning|Science|Technology|Trade|Industry|Environment|Health|Transport|Fisheries|Agriculture|Immigration|Employment|Innovation|Natural Resources|Indigenous Services|Public Safety|Justice|Finance|Heritage)$/;

const INSTITUTION = /^(?:University|College|Institute|School|Hospital|Company|Corporation|Inc\.?)$/;
/** "Federated States of Micronesia": a country whose name holds "of", the run so far and the word after it. */
const ofNamesCountry = (run: Word[], next: Word | undefined) => next !== undefined && run.length >= 2 && run.length <= 3 && isRegion(`${run.map((r) => r.text).join(" ")} of ${next.text}`);
function andJoins(words: Word[], i: number): boolean {
  // "Newfoundland and Labrador", "Trinidad and Tobago", "Turks and Caicos Islands": a place whose name holds "and".
  for (let back = 1; back <= 2; back++) for (let fwd = 1; fwd <= 3; fwd++) {
    const name = [...words.slice(Math.max(0, i - back), i), ...words.slice(i, i + fwd + 1)].map((w) => w.text).join(" ");
    if (i - back >= 0 && i + fwd < words.length && (isRegion(name) || isPlaceWord(name))) return true;
  }
  // ("Central Bank of Curaçao and Sint Maarten": a bank of two countries, each named.)
  const countryAt = (from: number) => [1, 2].some((n) => isRegion(words.slice(from, from + n).map((w) => w.text).join(" ")));
  if (words[i - 2]?.text === "of" && words[i - 3]?.text === "Bank" && isRegion(words[i - 1]?.text ?? "") && countryAt(i + 1)) return true;
  // "Ss. Cyril and Methodius University": "Ss." is Saints, so the saint after "and" is the second of its pair.
  if (/^Ss\.?$/.test(words[i - 2]?.text ?? "") && isCap(words[i + 1] as Word)) return true;
  // "HSE West and North West", "HSE Dublin and North East": a body's regions, named after its acronym.
  if (/^\p{Lu}{2,6}$/u.test(words[i - 2]?.text ?? "") && (COMPASS.test(words[i - 1]?.text ?? "") || isPlaceWord(words[i - 1]?.text ?? "")) && COMPASS.test(words[i + 1]?.text ?? "") && COMPASS.test(words[i + 2]?.text ?? "")) return true;
  // "Ministry of Health and Family Welfare", "Department of Roads and Transport": after "<head> of", "and" continues the portfolio.
  // ("Ministry of Finance and the Public Service": "and the" too.)
  // ("Massachusetts Institute of Technology and Arizona State University": not when a whole institution's name follows "and".)
  const after = capitalisedAfter(words, i);
  // ("Nama Power and Water Procurement Company" stays one: the words before "and" must already have had their head.)
  if (after.j - i >= 3 && INSTITUTION.test(after.last?.text ?? "") && words.slice(Math.max(0, i - 4), i).some((w) => INSTITUTION.test(w.text))) return false;
  // ("Authority for Consumers and Markets", "Department of Inspection for Factories and Establishments": the head may
  // stand four words back, so it is read from the words, not from the window.)
  const from = Math.max(0, i - 4);
  // ("Committee on Resources and Development": and after a committee's "on"; "Union of Industrialists and Entrepreneurs
  // of Turkmenistan", Syria's "Public Establishment for Electricity Transmission and Distribution".)
  // ("Superintendency of Electricity and Telecommunications": a superintendency's sectors too.)
  // ("Movement for Rights and Freedoms", "Alliance for Peace and Freedom": a party's or a movement's causes too.)
  if (words.slice(from, i).some((w, k) => (w.text === "of" || w.text === "for" || w.text === "on") && (/^(?:Ministry|Department|Office|Bureau|Secretariat|Undersecretariat|Directorate|Superintendency|Superintendence|Minister|Secretary|Institute|School|Faculty|Council|Commission|Commissioner|Agency|Board|Academy|Chamber|Confederation|Federation|Association|Organisation|Organization|Center|Centre|Committee|Authority|Inspection|Inspectorate|Union|Establishment|Clinic|Movement|Party|Front|Alliance|Coalition)$/.test(words[from + k - 1]?.text ?? "") || (words[from + k - 1]?.text === "General" && words[from + k - 2]?.text === "Directorate")))) return isCap(words[i + 1] as Word) || (words[i + 1]?.text === "the" && /^(?:Public|Environment|Arts|Interior|Economy|Islands|Regions|Treasury)$/.test(words[i + 2]?.text ?? ""));
  // ("Sher-e-Kashmir University of Agricultural Sciences and Technology": a university's fields after its "of"; not its
  // place, "University of Toronto and York University".)
  if (words.slice(from, i).some((w, k) => w.text === "of" && /^(?:University|College)$/.test(words[from + k - 1]?.text ?? "")) && isCap(words[i + 1] as Word) && !KNOWN_PLACE(words[i - 1]?.text ?? "") && townPopulation(words[i - 1]?.text ?? "") === 0) return true;
  const { j, last } = after;
  // "Environment and Climate Change Canada": a policy area, "and", another, then the country is that country's agency.
  if (i > 0 && POLICY_AREA.test(words[i - 1]?.text ?? "") && isPlaceWord(last?.text ?? "") && j - i <= 4) return true;
  // ("Titas Gas Transmission and Distribution PLC": a legal form closes one name, when none came before "and".)
  // ("Al Muharraqi Contracting and Engineering W.L.L.": the Gulf's limited liability companies.)
  const legal = /^(?:PLC|Plc|Ltd|Limited|Inc|Corp|Corporation|Bhd|Berhad|LLC|WLL|W\.L\.L)\.?$/;
  let start = i;
  while (start > Math.max(0, i - 4) && !words[start - 1]?.breakAfter) start--;
  // (One word between "and" and the legal form: "Mwaiseni Drilling Services and Copperbelt Haulage Limited" are two.)
  if (last === words[i + 2] && legal.test(last?.text ?? "") && !words.slice(start, i).some((w) => legal.test(w.text))) return true;
  // "Retail and Warehouse Workers Canada": a members' head anywhere in the run after "and" closes one name.
  // ("Utility Regulation and Competition Office": an office too, when the words before "and" had no head of their own;
  // "the Home Office and Foreign Office" are two.)
  const office = last?.text === "Office" && !words.slice(start, i).some((w) => w.text === "Office" || AND_HEADS.test(w.text));
  // ("Public Procurement and Disposal of Assets Authority": the words after "and" reach the head past an "of".)
  const ofHead = words[j]?.text === "of" && !words[j - 1]?.breakAfter && i - start >= 2 && !words.slice(start, i).some((w) => isFirstName(w.text) || isGivenName(w.text)) ? AND_HEADS.test(capitalisedAfter(words, j, 4).last?.text ?? "") : false;
  return last !== words[i] && (AND_HEADS.test(last?.text ?? "") || office || ofHead || words.slice(i + 1, j + 1).some((w) => MEMBER_WORDS.test(w.text)));
}
/**
 * "the Agriculture, Forestry and Fisheries Ministry", "Minister of Commerce, Trade and Industry Chipoka Mulenga": a
 * comma between two portfolio words that "and" and a state body's head (or a minister's "of") close is inside the name.
 * ("Ministry of Economy, Trade and Industry" is extended by list-names.ts, which reads the raw text.)
 */
function portfolioComma(words: Word[], terms: Term[], i: number): boolean {
  const [w, next, and] = [words[i], words[i + 1], words[i + 2]];
  if (!w || !next || and?.text !== "and" || terms[i]?.post.trim() !== "," || next.breakAfter || !isCap(w) || !isCap(next) || !words[i + 3] || !isCap(words[i + 3] as Word)) return false;
  // (Words of a portfolio, not names of people or places: "Meteorology, Climatology and Geophysics Agency".)
  if (![w, next].every(portfolioListed)) return false;
  const bodyOf = words[i - 1]?.text === "of" && /^(?:Minister|Secretary)$/.test(words[i - 2]?.text ?? "");
  // ("Kenya Medical Practitioners, Pharmacists and Dentists Union": members listed before their union.)
  // ("Innovation, Science and Economic Development Canada": a federal department named by its fields and the country.)
  return bodyOf || listedBeforeBody(words, i + 2) || /^(?:Canada|Australia)$/.test(capitalisedAfter(words, i + 2, 4).last?.text ?? "");
}
const portfolioListed = (x: Word) => isCommonWord(x.text) || PORTFOLIO_WORD.test(x.text) || (!isFirstName(x.text) && !isLastName(x.text) && !isPlaceWord(x.text) && /^\p{Lu}\p{Ll}{3,}$/u.test(x.text));
const listedBeforeBody = (words: Word[], and: number) => /^(?:Ministry|Department|Agency|Bureau|Office|Commission|Authority|Inspectorate|Directorate|Committee|Union|Association|Federation)$/.test(capitalisedAfter(words, and, 3).last?.text ?? "");
/** ("House Science, Space, and Technology Committee": the last listed word before a serial comma and "and".) */
function serialComma(words: Word[], terms: Term[], i: number): boolean {
  const [before, w] = [words[i - 1], words[i]];
  if (!before || !w || words[i + 1]?.text !== "and" || terms[i - 1]?.post.trim() !== "," || terms[i]?.post.trim() !== "," || !isCap(before) || !isCap(w) || !words[i + 2] || !isCap(words[i + 2] as Word)) return false;
  return [before, w].every(portfolioListed) && listedBeforeBody(words, i + 1);
}

/** Where the person's name starts after a portfolio of capitalised words and "and" from position i, or i when none does. */
function portfolioEnd(words: Word[], i: number): number {
  let end = i;
  while (end < words.length && end - i < 8 && (isCap(words[end] as Word) || words[end]?.text === "and") && !(words[end] as Word).breakAfter) end++;
  if (words[end] && isCap(words[end] as Word)) end++;
  for (let j = i + 1; j < end - 1; j++) {
    const given = (x: string) => isGivenName(x) || isFirstName(x);
    // ("Vice Minister of Communications Julio César Ajú Sequén": a name of two given names and two family names runs to four.)
    if (given(words[j]?.text ?? "") && end - j >= 2 && (end - j <= 3 || (end - j === 4 && given(words[j + 1]?.text ?? ""))) && words[j - 1]?.text !== "and") return j;
  }
  // ("Minister of Commerce, Trade and Industry Chipoka Mulenga": else the portfolio ends at the word after its "and".)
  const and = words.slice(i, end).findIndex((w) => w.text === "and");
  // ("Minister of Energy and Water Resources Sherali Rahimzoda": the word after "and" may take a second portfolio word.)
  let after = i + and + 2;
  if (and > 0 && PORTFOLIO_WORD.test(words[after]?.text ?? "") && end - (after + 1) >= 2) after++;
  if (and > 0 && PORTFOLIO_WORD.test(words[i + and + 1]?.text ?? "") && end - after >= 2 && end - after <= 3) return after;
  return i;
}

/** ("State Service of Ukraine on Medicines and Drugs Control": a state service of a country takes an "on" phrase into its name.) */
const stateServiceOf = (run: Word[]) => run.length >= 3 && run[run.length - 2]?.text === "of" && /^(?:Service|Agency|Inspectorate|Committee|Commission)$/.test(run[run.length - 3]?.text ?? "") && isPlaceWord(run[run.length - 1]?.text ?? "");
/** "Office for …", "Directorate General for …": the run so far takes a "for" phrase into its name. */
// ("Secretariat of State for Finance": San Marino's ministries, the "of State" after the head.)
/**
 * ("County Executive Committee Member for Finance Grace Nakiru said": a member of an executive named with the portfolio
 * they hold, then their name; the title is split off the name where titles are read.)
 */
const memberForPortfolio = (run: Word[], words: Word[], i: number) => run.at(-1)?.text === "Member" && PORTFOLIO_WORD.test(words[i + 1]?.text ?? "") && (isGivenName(words[i + 2]?.text ?? "") || isFirstName(words[i + 2]?.text ?? ""));
const forJoins = (run: Word[]) => FOR_HEADS.test(run[run.length - 1]?.text ?? "") || (run[run.length - 1]?.text === "Enterprise" && run[run.length - 2]?.text === "Public") || (run[run.length - 1]?.text === "General" && run[run.length - 2]?.text === "Directorate") || (run.length === 3 && run[0]?.text === "Secretariat" && run[1]?.text === "of" && run[2]?.text === "State");
/** ("Wahat Al Nakheel for Agricultural Development": an Egyptian or a Gulf company named for its line of business after "for".) */
const LINE_OF_BUSINESS = /^(?:Development|Investment|Investments|Contracting|Trading|Industries)$/;
const LINE_QUALIFIER = /^(?:Agricultural|Industrial|Urban|Tourist|Touristic)$/;
function lineOfBusiness(run: Word[], words: Word[], i: number): boolean {
  const [one, two] = [words[i + 1], words[i + 2]];
  if (run.length < 2 || !one) return false;
  return (LINE_OF_BUSINESS.test(one.text) && (one.breakAfter || !two || !isCap(two))) || (!one.breakAfter && LINE_QUALIFIER.test(one.text) && two !== undefined && LINE_OF_BUSINESS.test(two.text));
}
/** After "and", portfolio words up to a title with a capitalised word (the holder's name) after it: the title's index, else -1. */
function titleAhead(words: Word[], i: number): number {
  for (let j = i + 1; j <= i + 4 && words[j] && !words[j - 1]?.breakAfter; j++) {
    const w = words[j] as Word;
    if (ROLE_TITLE.test(w.text)) return !w.breakAfter && words[j + 1] !== undefined && isCap(words[j + 1] as Word) ? j : -1;
    // ("Agriculture, Livestock and Fisheries CEC Member Judith Kazungu Nyale": a Kenyan county executive committee
    // member, the title read from its first word.)
    if (w.text === "CEC" && words[j + 1]?.text === "Member") return !w.breakAfter && !words[j + 1]?.breakAfter && words[j + 2] !== undefined && isCap(words[j + 2] as Word) ? j : -1;
    if (!PORTFOLIO_WORD.test(w.text) && !/^(?:Change|Care|Development|Affairs|Security|Protection)$/.test(w.text)) return -1;
  }
  return -1;
}
/**
 * "Meme Division of the South West Region", "Gorkha District of Gandaki Province": a named administrative unit, then the
 * larger one it lies in, are two places, not one body's "Division of …".
 */
const unitInRegion = (run: Word[], words: Word[], i: number) => run.length >= 2 && /^(?:Division|District|Subdivision|Department)$/.test(run[run.length - 1]?.text ?? "") && !/^(?:Division|District|Subdivision|Department|The)$/.test(run[0]?.text ?? "") && /^(?:Region|Province|State|County)$/.test(capitalisedAfter(words, words[i + 1]?.text === "the" ? i + 1 : i, 4).last?.text ?? "");

/** "Hope for ALS Coalition", "Parents for Safe Streets Alliance": a short run, then a cause after "for" closed by a body's head. */
const causeBody = (run: Word[], words: Word[], i: number) => run.length <= 2 && isGroupHead(capitalisedAfter(words, i, 4).last?.text ?? "");

/**
 * A pilgrim's, a married woman's or a senior nurse's honorific before a name ("Haji …", "Madam …", "Sister …"), no part
 * of it; Cambodia's "Oknha", a title the king confers ("Oknha Lim Heang"); Lesotho's "'M'e" and "Ntate" (Mrs, Mr).
 */
const NAME_HONORIFIC = /^(?:M['’]e|Ntate|Haji|Hajah|Hajjah|Alhaji|Alhaja|Alhaj|Elhadj|Elhadji|Hadja|Mawlawi|Mawlavi|Maulvi|Qari|Mullah|Madam|Mama|Sister|Daw|Oknha)$/;
/** The heads of bodies named in French ("Société", "Agence", "Centre"…), which open a name in sentence case too. */
const FRENCH_BODY_HEAD = "Médiateur|Organisation|Regroupement|Autorité|Commission|Tribunal|Cour|Collectivité|Préfecture|Collectif|Observatoire|Coopérative|Société|Syndicat|Banque|Office|Agence|Direction|Conseil|Union|Association|Fédération|Compagnie|Caisse|Centre|Institut|Ministère|Groupe|Chambre|Confédération|Établissement|Etablissement|Groupement|Mutuelle|Régie|Parc|Comité";
/** ("Ufficio dell'ispettorato del lavoro", "Commissione tripartita cantonale": Italian copy writes its bodies so too.) */
/** ("Comitato Salviamo il Biferno": a citizens' committee too, its cause in the name.) */
const ITALIAN_BODY_HEAD = "Ufficio|Commissione|Dipartimento|Ministero|Camera|Agenzia|Prefettura|Istituto|Ispettorato|Direzione|Pretura|Sezione|Consorzio|Azienda|Comitato";
/**
 * ("Krajský úřad Ústeckého kraje", "Privredni sud u Zrenjaninu", "Pokrajinski sekretarijat …": Czech and Serbian copy
 * writes a body's name in sentence case, opening with its adjective or its head.)
 */
/** ("Federalno ministarstvo okoliša i turizma", "Vrhovni sud Federacije BiH", "Regulatorna komisija za energiju u Federaciji BiH": Bosnian too.) */
/**
 * ("Zveza svobodnih sindikatov Slovenije", "Zavod RS za zaposlovanje", "Inšpektorát práce Košice": Slovene and Slovak
 * bodies too, opened by their kind, and "Valsts" ("state") or "Latvijas" ("Latvia's") in Latvian.)
 */
const SLAVIC_BODY_HEAD = "Krajský|Energetický|Privredni|Pokrajinski|Republički|Udruženje|Federalno|Vrhovni|Regulatorna|Zveza|Zavod|Ministrstvo|Ministerstvo|Inšpektorát|Inšpektorat|Úrad|Urad|Agencija|Uprava|Javni|Valsts|Latvijas|Správa|Spolek";
/** ("Inspektionen för vård och omsorg": a Swedish agency's name in sentence case.) */
const NORDIC_BODY_HEAD_WORD = /^Inspektionen$/;
const FRENCH_BODY_HEAD_WORD = new RegExp(`^(?:${FRENCH_BODY_HEAD})$`);
const ITALIAN_BODY_HEAD_WORD = new RegExp(`^(?:${ITALIAN_BODY_HEAD})$`);
const SLAVIC_BODY_HEAD_WORD = new RegExp(`^(?:${SLAVIC_BODY_HEAD})$`);
type SentenceCase = "french" | "italian" | "slavic" | "baltic" | "nordic";
/** Heads that open a name written in sentence case: French, Italian, Czech and Serbian bodies', and the Baltic legal forms written before the name. */
function sentenceCaseOf(head: string): SentenceCase | undefined {
  if (FRENCH_BODY_HEAD_WORD.test(head)) return "french";
  if (ITALIAN_BODY_HEAD_WORD.test(head)) return "italian";
  if (SLAVIC_BODY_HEAD_WORD.test(head)) return "slavic";
  if (NORDIC_BODY_HEAD_WORD.test(head)) return "nordic";
  return /^(?:UAB|AB|SIA|AS|OÜ)$/.test(head) ? "baltic" : undefined;
}
/**
 * A name opened by a French body's head, a Spanish institution's word or "Sindicato", which may run longer with its
 * particles. (A module function, not a closure made for every word: under tsx each named closure is also given its name
 * by a property write, and that, once per word of every sentence, was over a percent of all extraction time.)
 */
const longRomance = (caseOf: SentenceCase | undefined, head: string) => caseOf === "french" || SPANISH_INSTITUTION.test(head) || head === "Sindicato";
/** A lower-case word of another language ("française", "šilumos"), or a particle ("de", "du"), inside such a name. */
/** (A comma slavicListComma kept in a listed word, "kmetijstvo,", is no part of the word.) */
const foreignLower = (w: Word) => /^\p{Ll}[\p{L}'’-]*,?$/u.test(w.text) && (NAME_PARTICLE.test(w.text) || !isDictionaryWord(w.text.replace(/,$/, "")));
/**
 * ("Observatoire centrafricain des mines", "Coopérative des artisans miniers de la Mbali": after a French particle, a
 * lower-case noun that English shares, "mines", "artisans", is the name's too; a verb or a function word is not.)
 */
const FRENCH_PARTICLE = /^(?:de|des|du|la|les)$/;
const ENGLISH_AFTER_PARTICLE = /^(?:said|says|and|or|the|a|an|which|who|that|in|on|at|for|to|of|is|was|has|had|have|will|would|as|by|with|from)$/;
/** ("Commission nationale de l'informatique et des libertés": "et" before a particle joins a French name's two parts.) */
const frenchAnd = (w: Word, next: Word | undefined) => w.text === "et" && !w.breakAfter && next !== undefined && FRENCH_PARTICLE.test(next.text);
const nounAfterParticle = (w: Word | undefined, particle: Word | undefined) => w !== undefined && particle !== undefined && FRENCH_PARTICLE.test(particle.text) && !particle.breakAfter && /^\p{Ll}[\p{L}-]*$/u.test(w.text) && !ENGLISH_AFTER_PARTICLE.test(w.text);
/** Letters only Romanian and Polish write: a word with one is no English. */
const ROMANIAN_MARK = /[ășțşţ]/;
const POLISH_MARK = /[ąćęłńśźżĄĆĘŁŃŚŹŻ]/;
/** Whether "și", "din", "w", "we", "i" or Māori "o" joins the capitalised words around it into one name, by the language of the name. */
const ownLanguageJoin = (word: string, run: Word[], next: Word): boolean => {
  // ("Agenția pentru Protecția Mediului Maramureș": Romanian "pentru", "for", is Romanian's alone.)
  if (word === "și" || word === "şi" || word === "pentru") return true;
  if (word === "din") return run.some((r) => ROMANIAN_MARK.test(r.text));
  // ("Te Rūnanga o Arowhenua", "Te Rūnanga o Te Rarawa": Māori "o" ("of") inside a name opened by "Te".)
  if (word === "o") return run[0]?.text === "Te" || next.text === "Te";
  if (word === "w" || word === "we") return [...run, next].some((r) => POLISH_MARK.test(r.text));
  if (word === "i") return [...run, next].some((r) => POLISH_MARK.test(r.text)) || (run.length === 1 && NORDIC_BODY_IN.test(run[0]?.text ?? ""));
  // ("Retten på Bornholm": a Danish court on an island sits "på" it; "Bundesamt für Weinbau": German "für" in an office's name.)
  if (word === "på") return run.length === 1 && NORDIC_BODY_IN.test(run[0]?.text ?? "");
  if (word === "für") return run.length === 1 && /^(?:Bundesamt|Landesamt|Bundesanstalt|Bundesministerium|Ministerium)$/.test(run[0]?.text ?? "");
  return false;
};
/**
 * Whether a lower-case word continues a body's name written in sentence case: one that is no English ("française",
 * "šilumos"); after a French particle, a noun English shares ("des mines"); a French "et" before a particle; an Italian
 * "per" or a French "pour" before an article ("Agenzia per il lavoro portuale …"); a Czech or Serbian body's word right after its head,
 * English or not ("Privredni sud"), and its "u" ("in") or "za" ("for"). A particle continues it only before more of it.
 */
function continuesSentenceCase(kind: SentenceCase, head: string, runLength: number, w: Word, prev: Word, next: Word | undefined): boolean {
  const french = kind === "french";
  if (runLength > (french || kind === "italian" ? 8 : kind === "slavic" ? 7 : 5)) return false;
  const italianFor = kind === "italian" && w.text === "per" && /^(?:il|la|lo|i|gli|le|l['’]\p{L}+)$/u.test(next?.text ?? "");
  // ("Regroupement pour les paysages du Kamouraska": French "pour" before an article likewise.)
  const frenchFor = french && ((w.text === "pour" && /^(?:les|la|le|l['’]\p{L}+)$/u.test(next?.text ?? "")) || (prev.text === "pour" && /^(?:les|la|le)$/.test(w.text)));
  // (Bosnian "i" ("and") joins only before more of the name: "okoliša i turizma".)
  const slavicLower = kind === "slavic" && /^\p{Ll}+$/u.test(w.text) && (prev.text === head || /^(?:u|za|na|pri|v|ve|pro)$/.test(w.text) || (/^(?:i|in|a)$/.test(w.text) && next !== undefined && foreignLower(next)));
  // (Swedish "och", "and", is an English word too: "Inspektionen för vård och omsorg".)
  const nordicAnd = kind === "nordic" && w.text === "och" && next !== undefined && foreignLower(next);
  if (!foreignLower(w) && !slavicLower && !italianFor && !frenchFor && !nordicAnd && !(french && (nounAfterParticle(w, prev) || frenchAnd(w, next)))) return false;
  return !NAME_PARTICLE.test(w.text) || (next !== undefined && !w.breakAfter && (foreignLower(next) || isCap(next) || (french && nounAfterParticle(next, w))));
}
/**
 * ("Līvānu novada pašvaldība", "Ekonomikas ministrija", "Pomurska gospodarska zbornica", "Košický samosprávny kraj":
 * Latvian, Slovene, Slovak and Estonian copy write a body's name in sentence case with its kind last, opened by a
 * place's or a field's word in capitals; the lower-case words up to such a kind, none of them English, are the name's;
 * "Mockus ir partneriai", a Lithuanian firm of partners, is named so too.)
 */
const BODY_KIND_LAST = new RegExp(`^(?:${STATE_KIND_LAST}|partneriai|federācija|asociācija|biedrība|savienība|padome|zbornica|zveza|sklad|agencija|inšpektorat|komora|zväz|inšpekcia|agentúra|liit)$`, "u");
function kindAhead(words: Word[], i: number): boolean {
  for (let j = i; j < i + 3; j++) {
    const w = words[j];
    if (!w || !foreignLower(w) || NAME_PARTICLE.test(w.text)) return false;
    if (BODY_KIND_LAST.test(w.text)) return true;
    if (w.breakAfter) return false;
  }
  return false;
}
/**
 * ("Ministrstvo za kmetijstvo, gozdarstvo in prehrano", "Úrad práce, sociálnych vecí a rodiny": a Slovene or Slovak
 * body's fields listed with commas before "in" or "a" ("and") stay in its name; the comma stays in the word.)
 */
function slavicListComma(words: Word[], terms: Term[], i: number): boolean {
  if (terms[i]?.post.trim() !== "," || !words[i] || !foreignLower(words[i] as Word)) return false;
  const head = words.slice(Math.max(0, i - 3), i).find((w) => SLAVIC_BODY_HEAD_WORD.test(w.text) || /^\p{Lu}\p{Ll}+(?:ni|na|no)$/u.test(w.text));
  if (!head) return false;
  for (let j = i + 1; j <= i + 3; j++) {
    const w = words[j];
    if (!w || w.breakAfter) return false;
    if (/^(?:in|a|i|un|ir)$/.test(w.text)) return words[j + 1] !== undefined && foreignLower(words[j + 1] as Word) && j > i + 1;
    if (!foreignLower(w)) return false;
  }
  return false;
}
/**
 * A body named by its kind alone ("Regional Court", "Regional Directorate for Environmental Protection"), which its
 * seat completes; only the kinds the annotators wrote with their seat, not "the Labour Court in Dhaka", "the Primary
 * Court in Muscat", "the Cantonal Court in Paramaribo" or "the Regional Administrative Court in Bolzano", written apart.
 */
const SEATED_BODY = /^(?:(?:Regional|Administrative|Municipal|Commercial|Provincial Administrative|Voivodeship Administrative) Court|(?:Basic|Higher) Public Prosecutor(?:['’]s)? Office|(?:District|Voivodeship|Regional) (?:(?:Labour|Labor|Environmental|Protection|for|of|and|Directorate|Inspectorate|Office) ){0,4}(?:Inspectorate|Directorate|Office|Protection))$/;
const seatedBody = (run: Word[]) => SEATED_BODY.test(run.filter((r) => r.text !== "The").map((r) => r.text).join(" "));
/** "d'Énergie", "l'Afrique": a French particle elided before a capitalised word ("dell'Ambiente": or an Italian one). */
const elided = (x: Word | undefined) => x !== undefined && /^(?:[dl]|dell|dall|nell|sull)['’]\p{Lu}/u.test(x.text);
/** ("Union des Travailleurs du Textile et de l'Habillement": after "et", a particle before the part it joins.) */
const particleBeforeName = (words: Word[], i: number) => NAME_PARTICLE.test(words[i]?.text ?? "") && !words[i]?.breakAfter && words[i + 1] !== undefined && (isCap(words[i + 1] as Word) || elided(words[i + 1]));
/** Words that mark a name written in French, inside which "et" joins two of its parts. */
const FRENCH_NAME_WORD = new RegExp(`^(?:de|des|du|${FRENCH_BODY_HEAD})$`);
/** "G.Batbayar", "D.Enkhjargal": Mongolian papers write the patronymic's initial joined to the given name. */
export const MONGOLIAN_NAME = /^\p{Lu}\.\p{Lu}\p{Ll}{2,}$/u;
/** Professions a sentence may open with before a name or an honorific ("Solicitor Karen Yeung", "Economist Mr Farai Nyathi"). */
/** ("Deputy Carla Mendoza Villca", a legislator; "Ratu Josefa Nawaqa", "Adi …": Fijian chiefly titles.) */
const PROFESSION = /^(?:Solicitor|Lawyer|Advocate|Economist|Analyst|Accountant|Professor|Geologist|Hydrologist|Ecologist|Agronomist|Biologist|Magistrate|Activist|Farmer|Resident|Trader|Spokesperson|Spokesman|Spokeswoman|Deputy|Ratu|Adi|Housekeeper|Nurse|Teacher|Driver|Fisherman|Fisherwoman)$/;
/** Heads of a state body's name after which its acronym may follow without brackets ("… Transport Authority HSL"). */
/**
 * ("the Committee for Financial Supervision CFT", "Social and Health Insurances SZV": an acronym written right after a
 * name of three words or more, which it opens with the name's first letter, as Dutch Caribbean copy writes them; closing
 * the name, not inside it, "… Hospitals NHS Foundation Trust", nor after "of", "Council of NSW", nor a legal form or a
 * ticker after one, "Sinta Travaux Publics SARL", "Kestrel Semiconductor Corp. KSTL".)
 */
function acronymClosesName(run: Word[], w: Word, prev: Word, next: Word | undefined): boolean {
  const named = run.filter((r) => r.text !== "The");
  return named.length >= 3 && w.text[0] === named[0]?.text[0] && !LEGAL_FORM.test(w.text) && /^\p{Lu}\p{Ll}/u.test(prev.text)
    && !TICKER_AFTER.test(prev.text) && (w.breakAfter || next === undefined || !isCap(next));
}
const ACRONYM_AFTER = /^(?:Authority|Agency|Commission|Board|Office|Directorate|Institute|Council|Administration)$/;
const OFFICER = /^(?:Vice-President|President|Director|Head|Manager|Officer|Executive)$/;
const BRIEF_HEAD = /^(?:Affairs|Relations|Operations|Policy|Strategy|Communications|Compliance|Sales|Marketing|Engineering|Research)$/;
/** Where the person's name starts after an officer's brief of one to three words ("for Regulatory Affairs"), else i. */
function briefEnd(words: Word[], i: number): number {
  for (let j = i + 2; j <= i + 4 && j < words.length; j++) {
    const w = words[j - 1] as Word;
    if (!isCap(w)) return i;
    const name = words[j];
    if (BRIEF_HEAD.test(w.text) && !w.breakAfter && name && isCap(name) && (isFirstName(name.text) || isGivenName(name.text))) return j;
    if (w.breakAfter) return i;
  }
  return i;
}

/** The capitalised words after position i (at most `max`): where they stop, and the last of them (the stopping word itself when capitalised). */
function capitalisedAfter(words: Word[], i: number, max = Infinity): { j: number; last: Word | undefined } {
  let j = i + 1;
  while (j < words.length && j - i <= max && isCap(words[j] as Word) && !(words[j] as Word).breakAfter) j++;
  return { j, last: words[j] && isCap(words[j] as Word) ? words[j] : words[j - 1] };
}

/** "East of England Ambulance Service NHS Trust": the capitalised words after position i run up to a body's head. */
function closesOnHead(words: Word[], i: number): boolean {
  const { last } = capitalisedAfter(words, i, 7);
  return last !== words[i] && AND_HEADS.test(last?.text ?? "");
}
const MEMBER_WORDS = /^(?:Workers|Employees|Teachers|Nurses|Drivers|Pilots|Miners|Farmers|Engineers|Doctors|Union|Federation|Users|Consumers|Patients|Residents|Taxpayers|Parents)$/;
/** A demonym opens a name only when a capitalised word follows ("Danish Maritime Authority", not "Danish shipping"). */

const ORDINAL_NAMED = /^(?:Circuit|Judicial|District|Bankruptcy)$/;
/** ("States of Guernsey", "States of Jersey": the Channel Islands' governments are their States.) */
const CHANNEL_ISLAND = /^(?:Jersey|Guernsey|Alderney|Deliberation)$/;

/** Runs of capitalised words in one sentence, with "of"/"&" inside institutional names. */
export function sentenceCandidates(s: Sentence): Candidate[] {
  const words = s.terms.map((_, i) => toWord(s.terms, i));
  // (The comma stays in the word, so the name reads as written.)
  const listed = words.map((_, i) => portfolioComma(words, s.terms, i) || serialComma(words, s.terms, i) || serialComma(words, s.terms, i + 1));
  // ("Textile, Apparel, Footwear and Travel Goods Association": a longer list, each word with its comma, before the one found.)
  for (let i = words.length - 2; i >= 0; i--) if (!listed[i] && listed[i + 1] && s.terms[i]?.post.trim() === "," && isCap(words[i] as Word) && portfolioListed(words[i] as Word)) listed[i] = true;
  for (let i = 0; i < words.length; i++) if (listed[i] || slavicListComma(words, s.terms, i)) words[i] = { ...(words[i] as Word), text: `${words[i]?.text},`, breakAfter: false };
  const out: Candidate[] = [];
  /** The sentence's text before a word (what stands before "Co" or "Save the"). */
  const textBefore = (w: Word) => s.text.slice(0, Math.max(0, w.start - s.start));
  // (A word inside its sentence, where its capital is no sentence's: after the first word and no full stop, colon or quote.)
  const midSentence = (w: Word, i: number) => i > 0 && !/[.!?:;“"‘]\s*$/.test(textBefore(w));
  let run: Word[] = [];
  let runStart = 0;
  let titled = false;
  const flush = () => {
    // (An empty run, after every lower-case word, makes no candidate: none of the splits below makes a word from nothing.)
    if (run.length === 0) { titled = false; return; }
    // "SAN FRANCISCO — Cloud software company …": after a dateline the copy starts, so the word is capitalised by position.
    // “Look what I have said…”: the first word inside a quotation is capitalised by position too.
    // compromise keeps a quotation of several sentences together: a word after a full stop inside it starts a sentence too.
    const initial = runStart === 0 || /["“‘]\s*$/.test(s.terms[runStart]?.pre ?? "") || /(?:[.!?]["”’]?|:|\s(?:[—–]|-{1,2}))\s+$/.test(s.terms[runStart - 1]?.post ?? "") || (runStart <= 4 && Boolean(words[runStart - 1]?.dash) && words.slice(0, runStart).every((w, k) => w.text === w.text.toUpperCase() || /\(\s*$/.test(s.terms[k]?.pre ?? "")));
    // ("Mr Evans Wafula Simiyu": after a title the whole run is the name, whatever town "Evans" is.)
    for (const [k, piece] of (titled ? [run] : seatBeforePerson(run, () => (run[0] ? textBefore(run[0]).slice(-24) : "")).flatMap(placeBeforePerson).flatMap(bodyBeforePerson)).entries()) {
      for (const part of splitTitle(piece, initial && k === 0, titled)) {
        const c = trimRun(part.words, part.initial, part.titled, s.index);
        if (c) out.push(...(placePair(c, s.text.slice(c.end - s.start, c.end - s.start + 20)) ?? [c]));
      }
    }
    run = [];
    titled = false;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const next = words[i + 1];
    const prev = run[run.length - 1];
    // (compromise leaves an empty token after an elided particle, "d'Énergie"; it ends no name.)
    // (A bracket after it, "de l'Huile (ONH)", still ends the name.)
    // ("Chambre d'agriculture de La Réunion": the elided particle before a lower-case word leaves the same empty term.)
    if (w.text === "" && (elided(words[i - 1]) || /^[dl]['’]\p{Ll}/u.test(words[i - 1]?.text ?? ""))) { if (w.breakAfter) flush(); continue; }
    // ("Ried im Innkreis": German's "in the" inside a town's name, which compromise reads as "I'm" and splits in two.)
    if (prev && !prev.breakAfter && w.text === "im" && words[i + 1]?.text === "" && !words[i + 1]?.breakAfter && words[i + 2] !== undefined && isCap(words[i + 2] as Word)) { run.push(w); i += 1; continue; }
    // ("Ermek Joldoshbek uulu": a Kyrgyz patronymic's "son of" or "daughter of", lower case, closes the name.)
    if (prev && !prev.breakAfter && run.length >= 2 && KYRGYZ_PATRONYMIC.test(w.text)) { run.push(w); continue; }
    // ("Salem Abdullah al-Haddad": the joined article and family name, lower case first, continue the name.)
    if (prev && !prev.breakAfter && /^(?:al|el)-\p{Lu}/u.test(w.text)) { run.push(w); i += w.absorbs ?? 0; continue; }
    // ("Agence française de développement", "Centre hospitalier du Nord", "UAB Nevėžio šilumos tinklai": French and
    // Baltic copy capitalise a body's name on its first word only; its lower-case words that are no English continue it.)
    const head = run.find((r) => r.text !== "The")?.text ?? "";
    const caseOf = prev && !prev.breakAfter ? sentenceCaseOf(head) : undefined;
    if (prev && caseOf && continuesSentenceCase(caseOf, head, run.length, w, prev, next)) { run.push(w); continue; }
    if (prev && !prev.breakAfter && run.length <= 3 && kindAhead(words, i)) { run.push(w); continue; }
    // ("Správny súd v Košiciach", "Okresný súd v Trebišove": a court closed by its kind takes its seat after "v" ("in").)
    if (prev && !prev.breakAfter && /^(?:v|vo|u|w|we)$/.test(w.text) && BODY_KIND_LAST.test(prev.text) && run.length >= 2 && next !== undefined && isCap(next)) { run.push(w); continue; }
    // ("Zavod RS za zaposlovanje", "Agencija RS za okolje": Slovenia's initials, "RS", after a state body's kind; no rupee's.)
    if (prev && !prev.breakAfter && w.text === "RS" && run.length === 1 && /^(?:Zavod|Agencija|Sklad|Uprava)$/.test(prev.text)) { run.push(w); continue; }
    // "Hamad bin Ali Al Mamari", "Ursula von der Leyen": a name particle between capitalised words is inside the name.
    // ("Sindicato Único de Trabajadores de Aceros del Orinoco": a name that has used a particle already may run longer;
    // a French body's longer still, "Association des Préparateurs-Exportateurs de Vanille de la SAVA".)
    // ("Sindicato Independiente de Trabajadores de la Industria Maquiladora de Baja California": so may a union's or an
    // institution's named in Spanish.)
    if (prev && !prev.breakAfter && NAME_PARTICLE.test(w.text) && next && (isCap(next) || elided(next)) && run.filter((r) => r.text !== "The").length <= (run.some((r) => NAME_PARTICLE.test(r.text)) ? (longRomance(caseOf, head) ? 9 : 7) : 5)) { run.push(w); continue; }
    // ("Vecinos por el Agua", "Alianza para el Progreso", "Alliance pour la Démocratie": "for (the)" inside a Spanish or French body's name;
    // "Autoridade para as Condições do Trabalho": or a Portuguese one.)
    if (prev && !prev.breakAfter && !w.breakAfter && /^(?:por|para|pour)$/.test(w.text) && run.length <= 4) {
      const article = next && !next.breakAfter && /^(?:el|la|los|las|le|les|a|as|o|os)$/.test(next.text) ? 1 : 0;
      const name = words[i + 1 + article];
      if (name && isCap(name)) { run.push(w); if (article && next) run.push(next); i += article; continue; }
    }
    // "Banco de la República", "Ursula von der Leyen": two particles in a row ("Paso de los Toros": Spanish plural articles after "de"; "Allianz für die Enns": German "für" and its article).
    // ("Comisión para la Defensa y Promoción de la Competencia": a Spanish state body's name runs longer.)
    if (prev && !prev.breakAfter && !w.breakAfter && NAME_PARTICLE.test(w.text) && next && !next.breakAfter && (NAME_PARTICLE.test(next.text) || (w.text === "de" && /^(?:los|las)$/.test(next.text)) || (w.text === "für" && /^(?:die|den|das|dem)$/.test(next.text))) && words[i + 2] && isCap(words[i + 2] as Word) && run.length <= (longRomance(caseOf, head) ? 7 : 4)) { run.push(w, next); i++; continue; }
    // "Federal Office for the Environment", "Office of the Medical Examiner": "of the"/"for the" inside an institution's name.
    // ("International Centre for Settlement of Investment Disputes": a body's head anywhere in a long run.)
    // ("U.S. District Judge Eleanor Whitcomb of the U.S. District Court": a run that has reached a person after a title is no body.)
    const bodyRun = run.length >= 3 && run.some((r) => OF_HEADS.test(r.text) || FOR_HEADS.test(r.text)) && !findTitle(run.map((r) => r.text));
    // ("Friends of the Earth Norway": the planet, no name on its own, is one inside the group's; "Regional Labor Court of
    // the 6th Region": so is a Brazilian labour court's numbered region. "of the" and that word join the name.)
    const afterThe = words[i + 2];
    const uncapitalised = prev !== undefined && !prev.breakAfter && w.text === "of" && next?.text === "the" && afterThe !== undefined && ((prev.text === "Friends" && afterThe.text === "Earth") || (OF_HEADS.test(prev.text) && /^\d{1,2}(?:st|nd|rd|th)$/.test(afterThe.text) && words[i + 3]?.text === "Region"));
    if (uncapitalised && next && afterThe) { run.push(w, next, afterThe); i += 2; continue; }
    // ("the Committee for Environmental Protection under the Government of Tajikistan": a state committee or agency placed
    // under a government or a president, as Central Asian copy names them.)
    if (prev && !prev.breakAfter && w.text === "under" && next?.text === "the" && run.some((r) => /^(?:Committee|Agency|Service|Inspectorate|Commission)$/.test(r.text)) && /^(?:Government|President)$/.test(words[i + 2]?.text ?? "") && words[i + 3]?.text === "of") { run.push(w, next); i++; continue; }
    if (prev && !prev.breakAfter && ((w.text === "of" && (OF_HEADS.test(prev.text) || bodyRun) && !unitInRegion(run, words, i)) || (w.text === "for" && forJoins(run))) && next?.text === "the" && words[i + 2] && isCap(words[i + 2] as Word)) { run.push(w, next); i++; continue; }
    // ("Deputy Agriculture and Food Minister Natalya Leonovich", "Environment and Climate Change Minister Steven
    // Guilbeault": a portfolio joined by "and" to the title after it; the words before "and" are the title's too.)
    if (prev && !prev.breakAfter && w.text === "and" && run.length > 0 && run.every((r) => RANK.test(r.text) || PORTFOLIO_WORD.test(r.text))) {
      const title = titleAhead(words, i);
      if (title > 0) { run = []; i = title - 1; continue; }
    }
    if (prev && !prev.breakAfter && w.text === "and" && next?.text === "the" && andJoins(words, i)) { run.push(w, next); i++; continue; }
    // ("the Commercial Court in Pazin", "the Regional Court in Brno", "the District Labour Inspectorate in Olsztyn": a
    // body named only by its kind takes its seat into its name, as Central European copy writes it; not "the Higher
    // Regional Court in Düsseldorf", which the annotators split.)
    if (prev && !prev.breakAfter && w.text === "in" && seatedBody(run) && next !== undefined && isCap(next)) { run.push(w); continue; }
    const inTown = prev && !prev.breakAfter && (w.text === "in" || w.text === "an") ? townParticles(run, words, i) : 0;
    if (inTown) { run.push(...words.slice(i, i + inTown)); i += inTown - 1; continue; }
    // ("the Confederation of Independent Trade Unions in Bulgaria": a national confederation of unions takes its country.)
    if (prev && !prev.breakAfter && w.text === "in" && next !== undefined && isCap(next) && /^(?:The )?(?:Confederation|Federation) of (?:\p{Lu}\p{L}* )*Trade Unions$/u.test(run.map((r) => r.text).join(" "))) { run.push(w); continue; }
    // ("The Free Trade Union at Somes Cablaj, which says …": a union named after the company it organises, "at" it.)
    if (prev && !prev.breakAfter && w.text === "at" && prev.text === "Union" && run.length >= 2 && next !== undefined && isCap(next) && !next.breakAfter) { run.push(w); continue; }
    // ("North-Eastern Territorial Administration of Rosrybolovstvo", "Lena Interregional Department of Rosprirodnadzor": a
    // federal agency's territorial office or interregional department, "of" the agency.)
    if (prev && !prev.breakAfter && w.text === "of" && /^(?:Administration|Department)$/.test(prev.text) && /^(?:Territorial|Interregional)$/.test(run.at(-2)?.text ?? "") && next && isCap(next)) { run.push(w); continue; }
    // ("Finnmark fylkeskommune": a Norwegian county's administration, its kind in lower case after the name; "Kainuun
    // hyvinvointialue", a Finnish wellbeing services county, and "Mora lasarett", a Swedish hospital, likewise.)
    // ("Strömsunds kommun", "Länsstyrelsen Jämtlands län", "Svea hovrätt": Swedish municipalities, counties and courts too.)
    if (prev && !prev.breakAfter && run.length > 0 && /^(?:fylkeskommune|kommune|hyvinvointialue|lasarett|kommun|län|hovrätt|tingsrätt)$/.test(w.text)) { run.push(w); flush(); continue; }
    // ("Hallands sjukhus Varberg": a Swedish county's hospital, its town after it.)
    if (prev && !prev.breakAfter && run.length === 1 && w.text === "sjukhus" && next !== undefined && isCap(next)) { run.push(w); continue; }
    const joiner = prev && !prev.breakAfter && (w.text === "&" || (w.text === "of" && run.filter((r) => r.text !== "The").length === 1 && COMPASS.test(prev.text) && closesOnHead(words, i)) || (w.text === "of" && (OF_HEADS.test(prev.text) || bodyRun || (run.some((r) => r.text === "and") && closesOnHead(words, i)) || (/^(?:Port|Freeport)$/.test(prev.text) && (run.filter((r) => r.text !== "The").length === 1 || /^(?:Autonomous|Free|Independent)$/.test(run[run.length - 2]?.text ?? ""))) || (run.length <= 2 && /^\p{Lu}{3,6}$/u.test(prev.text) && next !== undefined && isPlaceWord(next.text)) || (/^(?:Press|Times|Trust|News|Grid)$/.test(prev.text) && next !== undefined && isPlaceWord(next.text)) || (prev.text === "States" && next !== undefined && CHANNEL_ISLAND.test(next.text)) || ofNamesCountry(run, next))) || (w.text === "for" && (forJoins(run) || causeBody(run, words, i) || memberForPortfolio(run, words, i) || lineOfBusiness(run, words, i))) || (w.text === "on" && (/^(?:Institute|Committee|Commission|Council|Center|Centre|Panel|Conference|Force)$/.test(prev.text) || stateServiceOf(run))) || (w.text === "and" && andJoins(words, i))) && next && isCap(next);
    // "U.S. Rep. Ilhan Omar", "Dr. Elena Marsh": the abbreviated title ends what came before and marks the person after it.
    // ("GMOA Secretary Dr. Chamara Weerasinghe": the role before the title is no part of the employer's name.)
    if (TITLE_ABBREV.test(w.text) && /^\.\s/.test(s.terms[i]?.post ?? "") && next && isCap(next)) { if (run.every((r) => COUNTRY_PREFIX.test(r.text))) run = []; if (run.length >= 2 && ROLE_TITLE.test(run.at(-1)?.text ?? "")) run.pop(); if (run.length === 1 && KIND_OF_BODY.test(run[0]?.text ?? "")) run = []; flush(); titled = true; continue; }
    // "Porsche 911", "Lock Pro 2", "Highway 5": a number closing a name is part of it (a model, a road).
    if (prev && (!prev.breakAfter || numberedBody(run)) && MODEL_NUMBER.test(w.text) && !/^-/.test(s.terms[i]?.post ?? "") && ((namesAModel(run) && numberClosesName(w, words[i + 1])) || (NUMBERED_HEAD.test(prev.text) && !/^(?:19|20)\d\d$/.test(w.text)) || numberedBody(run))) { run.push(w); flush(); continue; }
    // ("executive chairman Tan Sri Hashim Kamaruddin", "Datuk Seri Anwar": Malaysian honours opening a run are no part of the name.)
    // ("Ratu Josaia Naivalu", "Ratu Josaia": a Fijian chief's title, before the name or the given name alone; "Dayang
    // Nurul Ain binti Kamis", "Pengiran …": Brunei's courtesy titles; its "Awang", also a Malaysian given name, in
    // resolve.ts.)
    // ("Haji Amirul Hakim bin Haji Jaafar", "Hajah Nor Azizah", "El Hadj Sani Dan Malam Ibrahim", "Madam Isatu
    // Bangura-Kamara", "Sister Fatmata Koroma": a pilgrim's, a married woman's or a senior nurse's honorific before the name;
    // "Elhadj Mamadou Saliou Barry" in Guinea's press, "Mawlawi Saifullah Rahimi", "Qari Naqibullah Omari" in Afghanistan's,
    // a cleric's or a reciter's; "Mama Susan Kiden", East Africa's for an older woman.)
    // ("U Thant Zin Oo", "Daw Hnin Ei Phyu": Myanmar's honorifics for a man and a woman; "U" only before a name of two
    // words or more, where it cannot be an initial.)
    const burmeseU = w.text === "U" && next !== undefined && !next.breakAfter && words[i + 2] !== undefined && isCap(next) && isCap(words[i + 2] as Word);
    // ("Tuai Rumah Ugak Jelani, the longhouse chief": an Iban headman's title, "head of the house", in two words.)
    const headman = w.text === "Tuai" && next?.text === "Rumah" && !next.breakAfter;
    const honorific = NAME_HONORIFIC.test(w.text) || burmeseU || headman || (/^El$/.test(w.text) && /^(?:Hadj|Hadji|Hadja)$/.test(next?.text ?? ""));
    if ((run.length === 0 || prev?.breakAfter) && !w.breakAfter && ((/^(?:Tan|Puan)$/.test(w.text) && next?.text === "Sri") || /^(?:Datuk|Dato['’]?|Datin|Tun|Toh|Ratu|Dayang|Pengiran)$/.test(w.text) || honorific)) {
      let j = i + (headman ? 2 : 1);
      while (/^(?:Sri|Seri|Puan|Hadj|Hadji|Hadja)$/.test(words[j]?.text ?? "") && !words[j - 1]?.breakAfter) j++;
      const after = words[j];
      if (after && isCap(after) && !words[j - 1]?.breakAfter) { flush(); titled = true; i = j - 1; continue; }
    }
    // ("'Me 'Malineo Mokhethi", "Ntate Thabo": Sesotho's honorifics, the first written with its apostrophe, as is the name after it.)
    const sesothoMe = w.text === "Me" && /['’]$/.test(s.terms[i]?.pre ?? "") && /^\s*['’]?\s*$/.test(s.terms[i]?.post ?? "");
    // "Mr Evans Wafula Simiyu": British style drops the title's full stop, and "Mr" alone is no name.
    // ("…Communications, Mrs Funmi Olaniyan": the run before the comma is over.)
    // ("Economist Mr Farai Nyathi": a profession opening the sentence before the honorific is no part of the name.)
    // ("Me Tojo Andrianarivo, the company's lawyer": French copy's "Me", a lawyer's "Maître", written short.)
    // ("Principal Secretary for Health Dr Chisomo Banda": an office and its portfolio, then the holder's honorific, is a
    // title, no name; so is "Guadalcanal Premier Mr Walter Kikolo", a province's premier.)
    if (run.length >= 2 && !prev?.breakAfter && /^(?:Dr|Prof|Mr|Mrs|Ms)$/.test(w.text) && next && isCap(next) && !w.breakAfter && run.some((r) => /^(?:Secretary|Minister|Director|Commissioner|Governor|Premier|Chairman|Chairperson)$/.test(r.text))) { run = []; titled = true; continue; }
    if ((run.length === 0 || prev?.breakAfter || (run.length === 1 && PROFESSION.test(run[0]?.text ?? ""))) && (/^(?:Mr|Mrs|Ms|Dr|Mx|Supt|Insp|Cllr|Coun|Cr|Det|Sgt|Const|Prof|Capt|Lt|Hon|Eng|Engr|Ma[iî]tre|Me|Mme|Mlle|Ntate)$/.test(w.text) || sesothoMe) && next && isCap(next) && (!w.breakAfter || sesothoMe)) { flush(); titled = true; continue; }
    // ("Helsinki Regional Transport Authority HSL, which …": a body's acronym written after its name, without brackets, is a name of its own.)
    // ("the Committee for Financial Supervision CFT": or after a name of three words or more, see acronymClosesName.)
    if (prev && !prev.breakAfter && run.length >= 2 && /^\p{Lu}{2,5}$/u.test(w.text) && !/^[IVXLC]+$/.test(w.text) && (ACRONYM_AFTER.test(prev.text) || acronymClosesName(run, w, prev, next))) { flush(); runStart = i; run.push(w); flush(); continue; }
    // "Kestrel Semiconductor Corp. KSTL sank", "the PHLX Semiconductor Index SOX": a ticker written after the name is no part of it.
    if (prev && run.length >= 2 && /^\p{Lu}{2,5}$/u.test(w.text) && !LEGAL_FORM.test(w.text) && TICKER_AFTER.test(prev.text)) { flush(); continue; }
    // "Airbus A220-300", "Boeing 777-300ER", "Sao Viet S5": a brand with a model code after it names the model.
    // ("a Summit Air Airbus A220-300": a known maker closing a longer run is the model's brand; "HP2100-powered" is an attribute.)
    if (prev && !prev.breakAfter && !w.hyphenSuffix && isModelAfterMaker(w.text)) {
      if (run.length > 1 && lexiconType(prev.text) === "ORG") { run.pop(); flush(); run = [prev]; runStart = i - 1; }
      if (run.length <= 2 && !run.some((r) => isCommonWord(r.text))) { run.push(w); flush(); continue; }
    }
    // "the 9th Circuit Court of Appeals", "19th Judicial District Court": an ordinal opening a court's name (not "the 12th District").
    if ((run.length === 0 || (run.length === 1 && run[0]?.text === "The")) && /^\d{1,3}(?:st|nd|rd|th)$/.test(w.text) && !w.breakAfter && next && ORDINAL_NAMED.test(next.text) && words.slice(i + 1, i + 6).some((x) => x.text === "Court")) { if (!run.length) runStart = i; run.push(w); continue; }
    // ("LMEC Senior Vice-President for Regulatory Affairs Teresa Villanueva-Cruz", "Head of Investor Relations Ana Reyes": an
    // officer's brief after the title is no part of the employer's name or the person's.)
    if (prev && !prev.breakAfter && /^(?:for|of)$/.test(w.text) && OFFICER.test(prev.text)) {
      const from = briefEnd(words, i);
      if (from > i) { i = from - 1; continue; }
    }
    // ("Executive Director of Khuder Tsagaan Logistics D.Enkhjargal": a Mongolian name, the patronymic's initial joined to the
    // given name, starts a name of its own.)
    if (run.length && MONGOLIAN_NAME.test(w.text)) { flush(); runStart = i; run.push(w); flush(); continue; }
    // ("High Court of Cassation and Justice", "Common Court of Justice and Arbitration": a court's name closed by "and Justice"
    // or "and Arbitration".)
    if (prev && !prev.breakAfter && w.text === "and" && /^(?:Justice|Arbitration)$/.test(next?.text ?? "") && run.some((r) => r.text === "Court")) { run.push(w); continue; }
    // ("off Averøy in Møre og Romsdal", "Sogn og Fjordane": a region whose own name joins two with a lower-case "and".)
    if (run.length && prev && !prev.breakAfter && /^(?:og|och|y|e|i|und|et)$/.test(w.text) && next && isCap(next) && [1, 2].some((n) => isRegion([prev, w, ...words.slice(i + 1, i + 1 + n)].map((x) => x.text).join(" ")))) { run.push(w); continue; }
    // ("Servicios de Agua y Drenaje de Monterrey", "Ministerio de Agricultura y Ganadería": Spanish "y" inside a name opened in Spanish.)
    // ("Pontificia Universidad Católica Madre y Maestra": or opened by a Spanish institution's word.)
    // ("Departament d'Empresa i Treball": Catalan "i" likewise, after "de" or an elided "d'".)
    // ("Ministerio del Agro y la Producción de Misiones": an article may follow the "y", and joins with it.)
    const articleThenCap = w.text === "y" && next !== undefined && /^(?:la|el|los|las)$/.test(next.text) && !next.breakAfter && words[i + 2] !== undefined && isCap(words[i + 2] as Word);
    // ("Caves Rovira i Ferrer": Catalan "i" between two family names after a wine house's word.)
    const catalanHouse = w.text === "i" && CATALAN_HOUSE.test(run[0]?.text ?? "");
    // ("Huquq va Zamin": the Tajik and Uzbek "va" ("and") inside a name; English copy writes the word nowhere else.)
    if (prev && !prev.breakAfter && isCap(prev) && w.text === "va" && next && isCap(next)) { run.push(w); continue; }
    if (prev && !prev.breakAfter && (w.text === "y" || catalanHouse || (w.text === "i" && run.some((r) => /^d['’]\p{Lu}/u.test(r.text) || r.text === "de"))) && next && (isCap(next) || articleThenCap) && (catalanHouse || run.some((r) => /^(?:de|del)$|^d['’]\p{Lu}/u.test(r.text) || SPANISH_INSTITUTION.test(r.text)))) {
      run.push(w);
      if (articleThenCap) { run.push(next); i++; }
      continue;
    }
    // ("Ministerul Transporturilor și Infrastructurii", "Asociația Fermierilor din Dobrogea", "Sąd Okręgowy w Gdańsku",
    // "Gdańskie Autobusy i Tramwaje", "Retten i Aarhus": Romanian, Polish and Danish "and" and "in" inside a body's name.)
    if (prev && !prev.breakAfter && !w.breakAfter && next && isCap(next) && isCap(prev) && ownLanguageJoin(w.text, run, next)) { run.push(w); continue; }
    // ("in 10th of Ramadan City": an Egyptian new town named for a date.)
    // ("Mahaicony, Region Five", "Region 6": Guyana's and Papua New Guinea's numbered regions.)
    if (prev && !prev.breakAfter && prev.text === "Region" && run.at(-1) === prev && REGION_NUMBER.test(w.text)) { run.push(w); continue; }
    if (run.length === 0 && /^\d{1,2}(?:st|nd|rd|th)$/.test(w.text) && next?.text === "of" && /^\p{Lu}\p{Ll}+$/u.test(words[i + 2]?.text ?? "") && words[i + 3]?.text === "City") { runStart = i; run.push(w, next, words[i + 2] as Word, words[i + 3] as Word); i += 3; continue; }
    // ("Opposition Member of Parliament Natasha Fraser-Lowe": the title's "of" stays in the run, for findTitle to read.)
    // (Only before the name: "The Member of Parliament for Meme Centre, Hon. …" names a seat.)
    if (prev && !prev.breakAfter && prev.text === "Member" && w.text === "of" && next && /^(?:Parliament|Congress)$/.test(next.text) && !next.breakAfter && words[i + 2] && isCap(words[i + 2] as Word)) { run.push(w); continue; }
    // "Côte d'Ivoire": an elided particle joined to a capitalised word.
    // ("Banque des États de l'Afrique Centrale": the elided article too.)
    if (prev && !prev.breakAfter && elided(w)) { run.push(w); continue; }
    // ("Syndicat des Chauffeurs et Transporteurs du Burundi", "Société d'Énergie et d'Eau du Gabon", "Mutamba Obras e
    // Construções": French "et" and Portuguese "e" inside a name, between capitalised words.)
    // ("Ràdio i Televisió d'Andorra": Catalan "i", beside a word with a Catalan accent.)
    if (prev && !prev.breakAfter && !w.breakAfter && (w.text === "e" || (w.text === "et" && (run.some((r) => FRENCH_NAME_WORD.test(r.text) || elided(r)) || /^(?:Fils|Frères|Cie)$/.test(next?.text ?? ""))) || (w.text === "i" && [prev, next].some((x) => /[àèòíóú]/.test(x?.text ?? "")))) && next && (isCap(next) || elided(next) || particleBeforeName(words, i + 1)) && (isCap(prev) || elided(prev))) { run.push(w); continue; }
    // ("Maria do Céu Luvualu": Portuguese "do" after a given name.)
    if (prev && !prev.breakAfter && w.text === "do" && (isGivenName(prev.text) || isFirstName(prev.text)) && next && isCap(next) && !w.breakAfter) { run.push(w); continue; }
    // "the North of England": a compass word of a country.
    if (prev && !prev.breakAfter && w.text === "of" && run.length === 1 && /^(?:North|South|East|West)$/.test(prev.text) && next && /^(?:England|Scotland|Ireland|Wales|Italy|France|Spain|Germany|Portugal)$/.test(next.text)) { run.push(w); continue; }
    // ("in Co Armagh", "Co. Down": an Irish county written short, where no company name stands before "Co".)
    if (run.length === 0 && /^Co\.?$/.test(w.text) && next && IRISH_COUNTY.test(next.text) && !/\p{Lu}[\p{L}&.]*\s*$/u.test(textBefore(w))) { runStart = i; run.push(w); continue; }
    // ("Jan Vaněk, the region's councillor": "Jan" before a capitalised word is a given name, no January.)
    if (w.text === "Jan" && !w.breakAfter && next && /^\p{Lu}\p{Ll}+/u.test(next.text) && isCap(next)) { if (!run.length) runStart = i; run.push(w); continue; }
    if (!isCap(w) && !joiner) { flush(); continue; }
    // "Halvorsen Propulsion HP2100": otherwise the maker and its model code are two names.
    // ("… by Bold Coast Shellfish Co. The Beals company filed": a legal form's stop before "The" ends the sentence, which
    // the splitter, keeping "Co." whole, did not end.)
    if (prev?.breakAfter || (run.length && MODEL_CODE.test(w.text)) || (run.length && w.text === "The" && /\.$/.test(prev?.text ?? ""))) flush();
    // ("Prince Rupert", "Prince George": a title opening a known town's name is part of it; "the King Country", a land's.)
    // ("Solicitor Karen Yeung of …": a profession written as a title before a given name.)
    // ("represented by Lawyer Ousman S. Touray", "Lawyer Touray told the court": inside a sentence a profession so written
    // is a title before any name that is no English word, place or title.)
    const profession = PROFESSION.test(w.text) && next !== undefined && (isFirstName(next.text) || isGivenName(next.text) || (/^\p{Lu}\p{Ll}+$/u.test(next.text) && midSentence(w, i) && !isCommonWord(next.text) && !isPlaceWord(next.text) && !TITLES.has(next.text.toLowerCase())));
    // ("Commissioner General of Labour Nadeesha Perera": a title of two words is read whole by findTitle.)
    // ("King Faisal Hospital", "Queen Elizabeth Central Hospital": a royal's name a hospital or a college carries is the institution's.)
    // ("a site on King Street": or a street's.)
    const royalInstitution = /^(?:King|Queen|Prince|Princess|Sultan|Sheikh)$/.test(w.text) && (words.slice(i + 2, i + 5).some((x) => /^(?:Hospital|University|College|School|Airport|Stadium|Park|Bridge|Foundation|Fund|Centre|Center)$/.test(x.text)) || /^(?:Street|Road|Avenue|Square|Lane|Drive|Boulevard|Terrace|Crescent|Parade)$/.test(next?.text ?? ""));
    if (run.length === 0 && (TITLES.has(w.text.toLowerCase()) || profession) && next && isCap(next) && !w.breakAfter && !INSTITUTION_HEAD.test(next.text) && next.text !== "General" && !royalInstitution && !townPopulation(`${w.text} ${next.text}`) && !isRegion(`${w.text} ${next.text}`)) { titled = true; continue; }
    // "Justice Mary Kemunto", "Lord Hale": titles that are also nouns ("Justice Department") only before a given name.
    // ("Justice Hargreaves": a judge named by surname alone, when no institution's head follows.)
    if (run.length === 0 && /^(?:Justice|Lord|Lady|Dame)$/.test(w.text) && next && !w.breakAfter && (isFirstName(next.text) || isGivenName(next.text) || (w.text === "Justice" && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(next.text) && !isCommonWord(next.text) && !isPlaceWord(next.text) && !TITLES.has(next.text.toLowerCase()) && !INSTITUTION_HEAD.test(next.text) && !hasGovHead(next.text)))) { titled = true; continue; }
    // A portfolio after an office and "for"/"of" ("Minister for Health", "Senior Minister of State for Transport").
    const portfolioOf = run.length === 0 && /^(?:for|of)$/.test(words[i - 1]?.text ?? "");
    const office = words[i - 2]?.text ?? "";
    // ("Secretary of State for Tourism Ivone Tavares": a secretary of state's portfolio too.)
    const ofState = office === "State" && words[i - 3]?.text === "of" && /^(?:Minister|Secretary)$/.test(words[i - 4]?.text ?? "");
    // ("Minister of Finance and National Planning Kelvin Siame": a longer portfolio, up to the given name that opens the person's;
    // "Senior Minister of State for Digital Development and Information Daniel Koh" too.)
    if (portfolioOf && (/^(?:Minister|Secretary|Undersecretary)$/.test(office) || ofState)) {
      const from = portfolioEnd(words, i);
      if (from > i) { titled = true; i = from - 1; continue; }
      // ("the Minister of Social Affairs and Housing in parliament": a portfolio of its words and "and" alone, with no name
      // after it, is the title and nothing more.)
      let k = i;
      while (k < words.length && k - i < 8 && (PORTFOLIO_WORD.test(words[k]?.text ?? "") || /^(?:and|Affairs|Development|Relations|Services|Security|Protection|Planning|Family|Urban|Local|Government|Public|National|Regional)$/.test(words[k]?.text ?? "")) && !words[k - 1]?.breakAfter) k++;
      if (k > i + 2 && words.slice(i, k).some((x) => x.text === "and") && !(words[k] && isCap(words[k] as Word))) { i = k - 1; continue; }
    }
    // ("the Director-General of Commerce, Haingo Randrianarisoa,": a portfolio of one word closing an office's title before
    // a comma names no body, nor a town called Commerce; a hyphenated title leaves its second half as a word of its own.)
    // ("The Minister for Land Management, Hon. Ludwig Tamakin": or of two words, the second a portfolio's.)
    const titleOffice = /^(?:Minister|Secretary|Undersecretary|Commissioner)$/.test(office) || (office === "General" && /^(?:Director|Commissioner)-General$/.test(words[i - 3]?.text ?? ""));
    if (portfolioOf && titleOffice && PORTFOLIO_WORD.test(w.text) && w.breakAfter) continue;
    if (portfolioOf && titleOffice && !w.breakAfter && next && PORTFOLIO_SECOND.test(next.text) && next.breakAfter) { i++; continue; }
    // "Minister for Health Deirdre Fallon": the portfolio after "Minister for" is no part of the name that follows it.
    if (portfolioOf && (/^(?:Minister|Secretary|Undersecretary|Spokesperson|Spokesman|Spokeswoman|Commissioner)$/.test(office) || ofState) && PORTFOLIO_WORD.test(w.text) && next && isCap(next) && !w.breakAfter && !(/^(?:Affairs|Development|Relations|Services|Security|Protection)$/.test(next.text) && words[i + 2]?.text === "and")) { titled = true; continue; }
    // ("Minister for Maritime Affairs Saleem Khokhar": a portfolio of two words, "… Affairs"; "Deputy Governor for
    // Technical Affairs Mohammed Taher al-Hilfi", a provincial governor's deputy's.)
    if (portfolioOf && /^(?:Minister|Secretary|Undersecretary|Governor)$/.test(office) && next?.text === "Affairs" && !w.breakAfter && !next.breakAfter && words[i + 2] && isCap(words[i + 2] as Word)) { titled = true; i++; continue; }
    // "Save the Cambrian Uplands", "Stop the War Coalition": a campaign named by its demand ("the group Save the …").
    if (run.length === 0 && /^(?:Save|Stop|Protect|Defend)$/.test(w.text) && next?.text === "the" && words[i + 2] && isCap(words[i + 2] as Word) && !w.breakAfter && /\b(?:group|campaign|campaigners|coalition|alliance|charity)\s*$/i.test(textBefore(w))) { runStart = i; run.push(w, next); i++; continue; }
    if (run.length === 0) runStart = i;
    run.push(w);
    i += w.absorbs ?? 0;
  }
  flush();
  // "(.DJI)", "(CLc1)", "(XAU)": a market code in brackets is a ticker, not a name (an acronym of the name before it is kept).
  // "U.S. private equity firm": a country abbreviation before a common noun is an attribute of that noun.
  // "(Nasdaq: ORVT)", "(NYSE: KO)": the ticker of a listing is no name in the story; the exchange is one.
  const listings = [...s.text.matchAll(/\(\s*[\p{L}]+(:\s*[\p{Lu}\d.]{1,6}\s*\))/gu)].map((m) => ({ start: s.start + m.index + m[0].length - (m[1]?.length ?? 0), end: s.start + m.index + m[0].length }));
  // "Assemblyman Gary Lindqvist (R-Oswego)", "Sen. Dale Okoro, R-Ohio,": a US legislator's party and home district; the
  // tokenizer keeps "R-Oswego" one word, so the place is read from the text.
  for (const m of s.text.matchAll(/[DRI](?<=[(,]\s?[DRI])-(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=[),])/gu)) {
    const start = s.start + m.index + 2;
    if (!out.some((c) => c.start <= start && start < c.end)) out.push({ start, end: start + (m[1]?.length ?? 0), text: m[1] ?? "", sentence: s.index, initial: false, titled: false, possessive: false, hyphenSuffix: undefined });
  }
  const kicker = kickerEnd(s.text);
  // ("classed as a Development of National Significance": a planning category, capitalised by the statute, names no one.)
  const left = [...listings, ...[...s.text.matchAll(PLANNING_CATEGORY)].map((m) => ({ start: s.start + m.index, end: s.start + m.index + m[0].length }))];
  return out.filter((c) => !left.some((l) => c.start >= l.start && c.end <= l.end) && c.start - s.start >= kicker)
    .filter((c) => !bracketedTicker(c, s.text.slice(0, c.start - s.start), s.text.slice(c.end - s.start)) && !(COUNTRY_PREFIX.test(c.text) && /^\s+\p{Ll}/u.test(s.text.slice(c.end - s.start, c.end - s.start + 3))))
    .filter((c) => !namesNoOne(c.text, s.text.slice(0, c.start - s.start), s.text.slice(c.end - s.start, c.end - s.start + 40)))
    // ("wrote to the Minister of Labour asking …": a minister's portfolio with no holder named after it is no party.)
    // ("according to the provincial director of Fisheries, Teresa Macaia Sumbo": nor is the portfolio of an official's
    // post written in lower case.)
    .filter((c) => !(PORTFOLIO_WORD.test(c.text) && /\b(?:Minister|Secretary|Commissioner|(?:provincial|regional|district|municipal|national|state) (?:director|head|chief|delegate))\s+(?:of|for)\s+(?:the\s+)?$/.test(s.text.slice(0, c.start - s.start))));
}

/** A measure after its number, a period's adjective or a statute's bracketed word: capitalised, and no name. */
function namesNoOne(word: string, before: string, after: string): boolean {
  if (MEASURE.test(word) && /\d\s?$/.test(before)) return true;
  if (ERA.test(word) && /^\s+\p{Ll}/u.test(after)) return true;
  // ("Tiwi Traditional Owners have accused …", "Traditional Inhabitant fishers": Australian law's capitalised class of
  // people, no body; "the Upper Gregory Traditional Owners Aboriginal Corporation" is one, and its run goes on.)
  if (/^(?:\p{Lu}\p{L}+\s)?Traditional (?:Owners?|Inhabitants?)$/u.test(word)) return true;
  // ("12 Smith Road": a road after a house number is an address; trimRun keeps roads known by name.)
  if (/ (?:Road|Highway)$/.test(word) && /\d\s*$/.test(before)) return true;
  // ("Mr Ekai told the House": a legislature's chamber called by its kind alone is no name the copy gives it.)
  if (word === "House" && /\bthe\s+$/i.test(before)) return true;
  // ("before the 2027 General Election": an election, capitalised by house style, is an event, no party.)
  if (/^(?:General|Local|Presidential|Parliamentary|County) Elections?$/.test(word)) return true;
  // ("quota in the non-Traditional sector": a word negated by its prefix is an adjective.)
  if (/\bnon-$/i.test(before)) return true;
  // ("FOB offers for Peruvian kernels as the Brazil nut harvest failed": a trade term, and a nut named for a country.)
  if (word === "FOB" || (word === "Brazil" && /^\s+nuts?\b/.test(after))) return true;
  // ("Cattle farmers and a San community trust", "Indigenous Bunong families": a people's name, alone or with its
  // adjective, before who or what is theirs.)
  if ((word === "San" || /^Indigenous \p{Lu}\p{Ll}+$/u.test(word)) && PEOPLES_OWN_AFTER.test(after)) return true;
  // ("Posted Thu 21 May 2026": a broadcaster's posting line names no one.)
  if (/^Posted(?: (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))?$/.test(word)) return true;
  // ("the company's exclusive prospecting licence, EPL 9142": a licence's or a permit's number names no product.)
  if (/^\p{Lu}{2,5} \d{2,6}$/u.test(word) && /\b(?:licen[cs]es?|permits?|concessions?)\s*,?\s*$/i.test(before)) return true;
  // ("the Public Works Department (Roads & Bridges)", "PWD (R&B)": a department's wing, in brackets after it, is the department's.)
  if (/&/.test(word) && /\b(?:Department|Ministry|P\.?W\.?D\.?)\s*\(\s*$/.test(before) && /^\s*\)/.test(after)) return true;
  // ("would move the Gauhati High Court's Kohima Bench": a court's bench at a town is the court sitting there, no body of its own.)
  if (/^\p{Lu}\p{Ll}+ Bench$/u.test(word) && /\bCourt['’]s\s+$/.test(before)) return true;
  // ("the Schools (Consultation) (Scotland) Act 2010": a bracketed word inside a statute's title is the statute's.)
  return /\(\s*$/.test(before) && /^\)\s*(?:\(\p{Lu}[\p{L} ]*\)\s*)*Act\b/u.test(after);
}

/** What a people's name stands before: its members, its places, its bodies ("a San community trust", "Indigenous Bunong families"). */
const PEOPLES_OWN_AFTER = /^\s+(?:community|communities|people|peoples|villages?|villagers|families|trust|elders?|settlements?|groups?|residents|households)\b/;
/** "the Victorian building", "a Georgian terrace": a period's adjective names no one. */
const ERA = /^(?:Victorian|Edwardian|Georgian|Elizabethan|Jacobean|Tudor|Regency)$/;
/** "7,200 UTA", "a 120 MW plant", "9,000 TEU": a unit in capitals after a number measures; it names no one. */
const MEASURE = /^(?:UTA|UTM|UF|TEUs?|MW|GW|MWh|GWh|TWh|kWh|BTU|DWT|PSI|MT|MMT|BCM|TCF|MMBtu)$/;

const PLANNING_CATEGORY = /\b(?:Developments?|Projects?|Nationally Significant Infrastructure Projects?) of (?:National|Regional) (?:Significance|Importance)\b/g;

/**
 * "THE PUSHBACK: Senate Finance Committee Chair …", "BY THE NUMBERS: 7.2 million": a newsletter's capitalised
 * kicker of ordinary words names nothing ("SYDNEY:", a dateline, is a place and stays). Where it ends, else 0.
 */
function kickerEnd(text: string): number {
  const m = /^\s*(\p{Lu}[\p{Lu}'’ ]{1,40}):\s/u.exec(text);
  const words = m?.[1]?.trim().toLowerCase().replace(/['’]s\b/g, "").split(/\s+/) ?? [];
  if (!m?.[1] || !words.every((w) => isCommonWord(w) || isDictionaryWord(w)) || isPlaceWord(words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join(" "))) return 0;
  return m.index + m[0].length;
}

function bracketedTicker(c: Candidate, before: string, after: string): boolean {
  if (c.text.includes(" ") || !/\(\s*\.?$/.test(before) || !/^[=^]?\s*\)/.test(after)) return false;
  return /[\d.]/.test(c.text) || /\p{Lu}\p{Ll}+\d/u.test(c.text) || /\(\s*\.$/.test(before) || !spellsNameBefore(c.text, before);
}

/** "Competition and Markets Authority (CMA": the capitals spell the initials of the words right before the bracket. */
function spellsNameBefore(code: string, before: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(code)) return true;
  const initials = (before.replace(/\(\s*$/, "").match(/\p{Lu}[\p{L}'’]*/gu) ?? []).map((w) => w[0]).join("");
  return initials.endsWith(code) || initials.includes(code);
}

/**
 * ("State Secretary at the Ministry of Health Elena Trajkovska told …": a ministry's name, its portfolio closing it, run
 * into the name of the official who speaks for it is two names: the body, then a given name and one or two more.)
 */
function bodyBeforePerson(run: Word[]): Word[][] {
  if (run.length < 5 || !/^(?:Ministry|Department|Office|Secretariat|Directorate)$/.test(run[0]?.text ?? "") || run[1]?.text !== "of") return [run];
  const j = run.length - (run.length >= 6 && isGivenName(run[run.length - 3]?.text ?? "") ? 3 : 2);
  const person = run.slice(j);
  const given = person[0]?.text ?? "";
  if (j < 3 || !PORTFOLIO_WORD.test(run[j - 1]?.text ?? "") || !(isGivenName(given) || isFirstName(given)) || !person.every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w.text) && !PORTFOLIO_WORD.test(w.text))) return [run];
  return [run.slice(0, j), person];
}

/** "TD for", "MP for", "MLA for": a member of a house named with the seat they hold; ("Deputy regional governor for Lasithi Eleni Vardaki") a governor with the region. */
export const MEMBER_FOR = /\b(?:TD|MP|MLA|MPP|MSP|MHA|MNA|MEP|MHK|Senator|[Cc]ouncillor|Cllr\.?|(?:regional\s+)?[Gg]overnor)\s+for\s+$/;
/**
 * "Fianna Fáil TD for Cork East Pádraig Horgan said": the seat run into the member's name is two names, the seat (a
 * place) and a given name with the family name after it.
 */
function seatBeforePerson(run: Word[], before: () => string): Word[][] {
  if (run.length < 3) return [run];
  const j = run.length - 2;
  const given = withoutAccents(run[j]?.text ?? "");
  if (!MEMBER_FOR.test(before()) || !(isGivenName(given) || isFirstName(given)) || run[j - 1]?.breakAfter || !run.slice(j).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w.text))) return [run];
  return [run.slice(0, j), run.slice(j)];
}

/** ("University" and "College" are towns in GeoNames, but they open an institution's name far more often.) */
const INSTITUTION_WORD = /^(?:University|College|Institute|Union|Bank|Court|Church|Hospital|School|Academy|Federal|National|Royal|General)$/;
/** "ambassador to Britain Liu Xiaming": a known place run into a person's name is two names (marked by a break after the place). */
function placeBeforePerson(run: Word[]): Word[][] {
  const rest = run.slice(1);
  const place = run[0];
  const known = (w: string) => isPlaceWord(w) || lexiconType(w) === "PLACE" || (townPopulation(w) >= 20_000 && !INSTITUTION_WORD.test(w));
  // ("St Thomas Bay", "Mt Hagen": an abbreviated saint or mount opens a place's name, no place of its own.)
  if (!place || rest.length < 2 || rest.length > 3 || NAME_ABBREV.test(place.text) || !known(place.text) || known(`${place.text} ${rest[0]?.text ?? ""}`)) return [run];
  // ("Lucas Andrade Pires", "Austin Reyes Cole": a given name that some town also bears opens a person's name.)
  if ((isGivenName(place.text) || isFirstName(place.text)) && !isPlaceWord(place.text) && townPopulation(place.text) < 500_000) return [run];
  // ("Its spokeswoman, Montserrat Gil Aguilar": a given name that is a country's too, before two family names, as a Spanish
  // name runs.)
  if (isGivenName(place.text) && rest.length === 2 && rest.every((w) => isFamilyName(w.text) || isLastName(w.text)) && !isGivenName(rest[1]?.text ?? "") && !isFirstName(rest[1]?.text ?? "")) return [run];
  // …and the words after the place must read as a person's ("Liu Xiaming"), not a firm's ("Baltic Hull Mutual").
  const first = rest[0]?.text ?? "";
  if (!(isFirstName(first) || isGivenName(first) || isLastName(first) || isFamilyName(first))) return [run];
  // ("Helen Rhys-Davies": a hyphenated surname is still a name word.)
  if (!rest.every((w) => /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*$/u.test(w.text) && !isCommonWord(w.text)) || rest.some((w) => INSTITUTION_HEAD.test(w.text)) || hasGovHead(rest.map((w) => w.text).join(" "))) return [run];
  return [[place], rest];
}

const KNOWN_PLACE = (name: string): boolean => isPlaceWord(name) || isRegion(name) || townPopulation(name) >= 50_000 || lexiconType(name) === "PLACE" || (/^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central) \p{Lu}/u.test(name) && KNOWN_PLACE(name.replace(/^\S+ /, "")));
/**
 * "the Shanghai-Rotterdam route", "the Dhaka-Mymensingh highway", "Asia-North Europe rates": two known places joined
 * by a hyphen are two places ("Guinea-Bissau", "Emilia-Romagna": not when the whole is a place's own name).
 */
const WAY_AFTER = new RegExp(String.raw`^\s+${WAY_NOUN}\b`);
function placePair(c: Candidate, after: string): Candidate[] | null {
  const m = /^(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)[-–](\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u.exec(c.text);
  // ("the Mateševo–Andrijevica section", "the Anjouan–Mohéli route": before a way, any two names are its two ends.)
  const way = WAY_AFTER.test(after);
  // ("Ouest-France" is a paper: a compass word, in any language, is no place of its own.)
  if (!m?.[1] || !m[2] || [m[1], m[2]].some((h) => /^(?:Ouest|Nord|Sud|Est|Norte|Sur|Oeste|Centre|Center|Midi)$/.test(h)) || KNOWN_PLACE(c.text) || townPopulation(c.text) > 0 || (!way && (!KNOWN_PLACE(m[1]) || !KNOWN_PLACE(m[2])))) return null;
  const second = c.start + m[1].length + 1;
  return [{ ...c, end: c.start + m[1].length, text: m[1], possessive: false, hyphenSuffix: undefined }, { ...c, start: second, text: m[2], initial: false }];
}

/** "Aventis Chief Executive Tom Hadley": the employer and the person are two candidates; the title is neither. */
function splitTitle(run: Word[], initial: boolean, titled: boolean): Array<{ words: Word[]; initial: boolean; titled: boolean }> {
  const t = run.length > 1 ? findTitle(run.map((w) => w.text)) : null;
  if (!t) return run.length ? [{ words: run, initial, titled }] : [];
  const employer = run.slice(0, t.before);
  const keepEmployer = employer.length > 1 || (employer.length === 1 && !isCommonWord(employer[0]?.text ?? ""));
  // ("Secretary General Madam Isatu Bangura-Kamara": an honorific between the title and the name is neither.)
  let from = t.nameFrom;
  while (run.length - from > 2 && NAME_HONORIFIC.test(run[from]?.text ?? "")) from++;
  const person = { words: run.slice(from), initial: false, titled: true };
  return keepEmployer ? [{ words: employer, initial, titled }, person] : [person];
}

// (French and Italian legal forms too: "Sinta Travaux Publics SARL".)
const LEGAL_FORM = /^(?:PLC|AG|SA|NV|SE|LLC|LLP|LP|ASA|AB|BV|KK|AS|OY|OYJ|SPA|BHD|TBK|PT|CO|INC|LTD|SARL|SARLU|SAS|SRL|SPRL)$/;
/** The words a listed company's or an index's name closes on, after which capitals are its ticker ("Kestrel Semiconductor Corp. KSTL"). */
export const TICKER_AFTER = /^(?:Corp\.?|Inc\.?|Ltd\.?|Co\.?|Index|Holdings|Group)$/;
/** ("Ciarán Hegarty TD": an Irish deputy's letters too.) */
const POST_NOMINAL = /^(?:SC|QC|KC|MP|MLA|MLC|MSP|MEP|MPP|MHA|MHK|TD|OBE|CBE|MBE|KBE|DBE|PhD)$/;

function trimRun(run: Word[], initial: boolean, titled: boolean, sentence: number): Candidate | null {
  let words = run;
  // Leading determiners and other ordinary words capitalised by position ("The", "In", "These").
  // Mid-sentence, a capitalised "An" is no English article: it is the Irish one inside the name ("An Bord Pleanála", "An Post").
  // ("But Cr Melissa Tran, who led the opposition": a title after the opening word is no part of the name either.)
  if (words.length >= 3 && /^(?:Cr|Cllr|Mr|Mrs|Ms|Dr|Hon)$/.test(words[1]?.text ?? "") && isLeadingNoise(words[0] as Word)) { words = words.slice(2); initial = false; titled = true; }
  // ("reached The Hague", "in The Gambia": a place whose own name opens with the article keeps it.)
  // ("Commuters Yle spoke to …": a plural noun opening the sentence before a known outlet's or company's name.)
  if (initial && words.length === 2 && /^\p{Lu}\p{Ll}+s$/u.test(words[0]?.text ?? "") && isDictionaryWord(words[0]?.text ?? "") && lexiconType(words[1]?.text ?? "") !== undefined) { words = words.slice(1); initial = false; }
  // (Likewise a capitalised "A" mid-sentence before a word English does not have: the Portuguese article of "A Gazeta".)
  while (words.length && isLeadingNoise(words[0] as Word) && !(words[0]?.text === "An" && !initial && words.length > 1) && !(words[0]?.text === "A" && !initial && words.length > 1 && !isCommonWord(words[1]?.text ?? "")) && !(words[0]?.text === "The" && words.length === 2 && isPlaceWord(`The ${words[1]?.text ?? ""}`))) { words = words.slice(1); initial = false; }
  // ("One London-based broker": a number word opening the sentence counts the people of the place that follows; "One
  // Honeybourne grower": a town the lists know, too; "One Red Cliffs grower", of more than a word.)
  if (initial && words.length >= 2 && words.length <= 4 && /^(?:One|Two|Three|Four|Five)$/.test(words[0]?.text ?? "") && ((words.length === 2 && words[1]?.hyphenSuffix !== undefined) || townPopulation(words.slice(1).map((w) => w.text).join(" ")) > 0)) { words = words.slice(1); initial = false; }
  // "Closing Lowell Elementary will save …": a gerund capitalised by position opens no name.
  // …unless "and" joins it to the rest of a name ("Mining and Energy Union").
  if (initial && words.length > 1 && words[1]?.text !== "and" && (ROLE_NOUN.test(words[0]?.text ?? "") || ROLE_SUFFIX.test(words[0]?.text ?? "") || /^\p{Lu}\p{Ll}+ing$/u.test(words[0]?.text ?? ""))) { words = words.slice(1); initial = false; }
  // "Pennsylvanians", "Texans": the people of a place are no name of their own.
  // ("about 160 Bahamians": the people of the Bahamas.)
  // ("Athens": a place ending in "-ns" is no people; only a stem the ending was cut from is asked.)
  // ("Stans, 22 April 2026": a town the lists know by the word itself is the town.)
  if (words.length === 1 && /^\p{Lu}\p{Ll}+(?:ns|ans)$/u.test(words[0]?.text ?? "") && peopleStems(words[0]?.text ?? "").some(isPlaceWord) && townPopulation(words[0]?.text ?? "") === 0) return null;
  // ("the Catalan government's ministry", "Flemish fisheries", "Sami herders": a region's or a people's adjective alone
  // names no one.)
  if (words.length === 1 && REGION_ADJECTIVE.test(words[0]?.text ?? "")) return null;
  while (words.length && /^(of|&)$/.test((words[words.length - 1] as Word).text)) words = words.slice(0, -1);
  // "American Kevin King": a nationality before a person's name describes the person.
  // …and so does a party label ("Republican Grant Whitaker", "Democrat Lucía Ferrante").
  // ("Democrat Lucía Ferrante": after a party label, two or three plain name words are a person even when the first name is unknown.)
  // ("the Green Tavush Initiative": a civic group's head closing it is no politician's surname.)
  const partyPerson = PARTY_LABEL.test(words[0]?.text ?? "") && words.length >= 3 && words.length <= 4 && words.slice(1).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w.text) && !MEMBERS_HEAD.test(w.text) && !AND_HEADS.test(w.text) && !CIVIC_HEAD.test(w.text)) && !hasGovHead(words.map((w) => w.text).join(" "));
  if (words.length >= 3 && (isDemonym(words[0]?.text ?? "") || PARTY_LABEL.test(words[0]?.text ?? "")) && (isFirstName(words[1]?.text ?? "") || partyPerson)) { words = words.slice(1); initial = false; titled = titled || partyPerson; }
  // ("the French Indian Ocean island of Réunion": a nationality before an ocean or a sea says whose part of it; the sea is the name.)
  if (words.length >= 3 && isDemonym(words[0]?.text ?? "") && /^(?:Ocean|Sea)$/.test(words[words.length - 1]?.text ?? "")) { words = words.slice(1); initial = false; }
  // "Fiona Rourke SC", "Jane Hale MP": letters after a name are an honour or an office; the person is named before them.
  if (words.length >= 3 && POST_NOMINAL.test(words[words.length - 1]?.text ?? "") && words.slice(0, -1).every((w) => /^\p{Lu}/u.test(w.text))) { words = words.slice(0, -1); titled = true; }
  // "a Pawtucket Democrat": a party label after a place describes a politician from there; the place is the name.
  // ("a Colorado Springs Democrat": the place may be two words.)
  const placeOf = words.slice(0, -1).map((w) => w.text).join(" ");
  if (words.length >= 2 && words.length <= 3 && /^(?:Democrat|Republican)$/.test(words[words.length - 1]?.text ?? "") && !/^(?:Liberal|Social|Christian|Free|Green|New|National|Democratic)$/.test(words[0]?.text ?? "") && (isPlaceWord(placeOf) || townPopulation(placeOf) > 0)) words = words.slice(0, -1);
  // "Labour MP", "Tory councillor": a party before a role is the party.
  if (words.length === 2 && /^(?:MP|MPs|MLA|MLC|MEP|MSP|TD|Senator|Councillor|Councilor)$/.test(words[1]?.text ?? "")) words = words.slice(0, 1);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  // ("the top Democrat on the committee", "a Democrat in her second year", "accused Democrats": a party member named by
  // the label is no party.)
  if (words.length === 1 && /^(?:Democrats?|Republicans?)$/.test(first.text)) return null;
  // ("Staff Correspondent", "Our Special Correspondent", "Consumer Affairs Reporter": a byline's role names no one.)
  const joined = words.map((w) => w.text).join(" ");
  if (/^(?:Our\s+)?(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Correspondent|Reporter|Writer)s?$/u.test(joined) && lexiconType(joined) === undefined) return null;
  // "Chapter 11", "Article 50": a numbered part of a law; "Cyclone Nerida", "Hurricane Milton": a storm is an event, not a party.
  if (words.length === 2 && /^(?:Chapter|Article|Section|Clause|Rule)$/.test(first.text) && /^\d+[A-Za-z]?$/.test(last.text)) return null;
  if (words.length >= 2 && /^(?:Cyclone|Hurricane|Typhoon|Storm|Tropical Storm|Tropical Cyclone)$/.test(words.slice(0, -1).map((w) => w.text).join(" "))) return null;
  // "Head of Corporate Communications": a post, not a body.
  if (first.text === "Head" && (words.length === 1 || words[1]?.text === "of")) return null;
  if (DEPARTMENT.test(joined)) return null;
  // ("Minister for Energy Hon. Kelvin Durand": an honorific written short, its full stop closing the run, names no one.)
  if (words.length === 1 && /^(?:Hon|Mr|Mrs|Ms|Dr|Prof|Cllr)$/.test(first.text)) return null;
  // ("My Lady", "Your Honour": how a court is addressed, no name.)
  if (/^(?:My Lady|My Lord|Your Honou?r|Your Worship|Your Excellency)$/.test(joined)) return null;
  // ("opened with great fanfare on Independence Day": a public holiday is a day on the calendar, not a party.)
  if (words.length === 2 && last.text === "Day" && /^(?:Independence|Labou?r|Memorial|Victory|Republic|Constitution|Unity|Martyrs['’]?|Workers['’]?|Armistice|Remembrance|Veterans['’]?|Anzac|Waitangi|Revolution|Liberation|Heroes['’]?|Neutrality|Boxing|Canada|Australia|Bastille)$/.test(first.text)) return null;
  // ("the April-June quarter": a span of months names no one.)
  if (words.length === 1 && /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(joined) && joined.split("-").every((m) => MONTHS_DAYS.has(m.toLowerCase()))) return null;
  // ("listed on the Main Market of Bursa Malaysia": an exchange's board is where shares trade, not a party.)
  if (/^(?:Main|ACE|LEAP|Growth|Junior|Venture|Alternative Investment) Market$/.test(joined)) return null;
  // ("Permanent Secretary of the Ministry of Health": a title held in a body names the body.)
  const held = words.findIndex((w, k) => ROLE_TITLE.test(w.text) && words[k + 1]?.text === "of" && words.slice(0, k).every((x) => RANK.test(x.text) || PORTFOLIO_WORD.test(x.text)));
  const inBody = held >= 0 ? words.slice(held + (words[held + 2]?.text === "the" ? 3 : 2)) : [];
  if (inBody.length >= 2 && /^(?:Ministry|Department|Office|Bureau|Agency|Authority|Commission)$/.test(inBody[0]?.text ?? "")) return trimRun(inBody, false, titled, sentence);
  // "Health Minister", "Federal Minister", "Director General", "Deputy Assistant": a title alone names no one.
  if (words.length <= 3 && ROLE_TITLE.test(last.text) && words.slice(0, -1).every((w) => RANK.test(w.text) || PORTFOLIO_WORD.test(w.text))) return null;
  // ("S. Kanagaratnam, the Trincomalee District Fisheries Director": a district's officer, named by the post; the run
  // names the district, as "the Batticaloa District Secretary" does.)
  const area = ROLE_TITLE.test(last.text) ? words.findIndex((w, k) => k >= 1 && /^(?:District|County|Province)$/.test(w.text) && words.slice(k + 1, -1).every((x) => RANK.test(x.text) || PORTFOLIO_WORD.test(x.text))) : -1;
  // ("The Moroto Resident District Commissioner, Mr Joseph Lomongin": Uganda's resident district commissioner is the
  // post; the district is the word before it.)
  if (area >= 2 && words[area - 1]?.text === "Resident") return trimRun(words.slice(0, area - 1), initial, titled, sentence);
  if (area >= 1) return trimRun(words.slice(0, area + 1), initial, titled, sentence);
  // ("Senate President", "House Speaker", "Assembly Majority Leader": a legislature's office without its holder.)
  if (words.length >= 2 && words.length <= 3 && /^(?:Senate|House|Assembly|Parliament)$/.test(first.text) && /^(?:President|Speaker|Leader|Whip|Chair|Chairman|Chairwoman|Clerk)$/.test(last.text)) return null;
  // "the Elections Act", "Australian Consumer Law": a statute is what the story cites, not a party to it.
  // ("Authority for Public Services Regulation": a body whose brief, after "for", ends in the word is a body.)
  // ("charged under the Angolan Penal Code": a code of law too, not "Claude Code".)
  // ("Célestin Ngaradoum, Secretary-General of the Ministry": a post, whoever holds it, is no body; the gold never lists one.)
  // ("the Director General of Health, Dr Tina Aumua,": nor is the rest of such a post after its first word.)
  if (/^(?:(?:Deputy|Assistant) )?(?:Secretary|Director)[- ]General$|^General of \p{Lu}\p{Ll}+$/u.test(words.map((w) => w.text).join(" "))) return null;
  if (words.length >= 2 && /^(?:Penal|Criminal|Civil|Labou?r|Tax|Commercial|Mining|Electoral|Family|Customs|Investment|Fisheries|Forest|Land|Water|Highway|Building|Health) Code$/.test(words.slice(-2).map((w) => w.text).join(" "))) return null;
  if (words.length >= 2 && /^(?:Act|Bill|Law|Regulation|Directive|Ordinance)$/.test(last.text) && !/^(?:Law|Bill)$/.test(first.text) && !words.some((w, k) => w.text === "of" || (w.text === "for" && FOR_HEADS.test(words[k - 1]?.text ?? "")))) return null;
  // "Seventh Street", "Jolinda Drive", "W County Road 600S": addresses are not entities a reader follows.
  // ("on Barton Street East": a Canadian street's half, named after the compass, is an address too.)
  const streetWord = words.length >= 3 && /^(?:East|West|North|South)$/.test(last.text) ? words[words.length - 2] : last;
  // ("a block off Grampians Road", "trucks on the Hume Highway": a road or a highway known by name is a place the story
  // happens on; one after a house number is an address, left out by namesNoOne.)
  const namedRoad = /^(?:Road|Highway)$/.test(last.text) && words.every((w) => /^\p{Lu}\p{Ll}/u.test(w.text));
  if (words.length >= 2 && STREET.test(streetWord?.text ?? "") && !/^(?:Wall|Downing|Fleet|Bay)$/.test(first.text) && !namedRoad) return null;
  // "the B sample", "Plan A": a lone capital letter names nothing a reader tracks.
  if (words.length === 1 && /^\p{Lu}\.?$/u.test(first.text)) return null;
  // ("LED lighting": a diode's initials, in capitals only, since "Intelligence Led Policing Unit" is a name.)
  if (words.length === 1 && /^LEDs?$/.test(first.text)) return null;
  // "South Korean battery maker X": a nationality is an attribute of the name that follows, not a name.
  // ("Indian and South-East Asian customers", "Southeast Asian carmakers": and so is a compass point's people.)
  if (words.every((w) => isDemonym(w.text) || COMPASS.test(w.text) || /^(?:South|North)-?(?:[Ee]ast|[Ww]est)$/.test(w.text)) && words.some((w) => isDemonym(w.text))) return null;
  // ("a largely Catholic and rural area": a faith as an adjective names no one; its church is named with the noun.)
  if (words.length === 1 && /^(?:Catholic|Protestant|Lutheran|Orthodox|Evangelical|Muslim|Jewish|Hindu|Buddhist|Sikh|Anglican|Methodist|Calvinist)$/.test(first.text)) return null;
  // ("the Sri Lankan authorities", "a Costa Rican firm": the people of a country named in two words.)
  if (words.length >= 2 && words.length <= 3 && isCountryPeopleOf(words.map((w) => w.text).join(" "))) return null;
  // ("the company's record on Namibianisation", "Indigenisation": a policy's abstract noun, capitalised, names no one.)
  if (words.length === 1 && /^\p{Lu}\p{Ll}+(?:isation|ization)$/u.test(first.text)) return null;
  // ("holding the Island to ransom", "so that Islanders could judge", "he told Members": an island paper's and a
  // parliament's house style capitalises the island, its people and the chamber's members, which name no one body.)
  if (words.length === 1 && /^(?:Island|Islanders|Members)$/.test(first.text)) return null;
  // ("A FERRY operator has been accused …": a British local paper sets the opening words in capitals; an ordinary
  // word there, with no comma or dash after it as a dateline has, names nothing.)
  if (words.length === 1 && first.start <= 12 && /^\p{Lu}{4,}$/u.test(first.text) && !first.breakAfter && isDictionaryWord(first.text)) return null;
  // ("the Czech-Polish consortium", "a Franco-German venture": nationalities joined by a hyphen name no one.)
  if (words.length === 1 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(first.text) && first.text.split("-").every((p) => isDemonym(p) || /^(?:Franco|Anglo|Sino|Indo|Russo|Austro|Italo|Germano|Hispano|Luso|Afro|Euro)$/.test(p))) return null;
  // "Band D", "Category B", "Phase II": a common noun with a letter grade is a class label, not a name.
  if (words.length === 2 && isCommonWord(first.text) && /^(?:\p{Lu}|[IVX]{1,4})$/u.test(last.text)) return null;
  // ("Hearing Room B of the Legislative Office Building": a room in a building is where, not who.)
  if (words.length <= 3 && /^Room$/.test(words[words.length - 2]?.text ?? "") && /^(?:\p{Lu}|\d{1,4}[A-Z]?)$/u.test(last.text)) return null;
  // ("New Yorkers", "New Zealanders": the people of a place of two words.)
  if (words.length === 2 && /(?:ers|ans)$/.test(last.text) && (isPlaceWord(joined.replace(/(?:ers|ans)$/, "")) || isPlaceWord(joined.replace(/ans$/, "a")))) return null;
  const body = withoutCountryPrefix(words);
  if (body !== words) {
    const named = trimRun(body, false, titled, sentence);
    return named && { ...named, prefix: { start: first.start, end: first.end } };
  }
  return {
    start: first.start, end: last.end, text: words.map((w) => w.text).join(" "), sentence, initial, titled,
    possessive: last.possessive, hyphenSuffix: last.hyphenSuffix,
  };
}

/** The places a people's name could be made from: "Texans" from "Texas" or "Tex", "Bahamians" from "Bahamas". */
const peopleStems = (w: string) => [w.replace(/ns$/, ""), w.replace(/ans$/, ""), w.replace(/ians$/, "as")].filter((stem) => stem !== w);

function withoutCountryPrefix(words: Word[]): Word[] {
  const rest = words.slice(1);
  const prefixed = COUNTRY_PREFIX.test(words[0]?.text ?? "") && rest.length >= 2;
  return prefixed && hasGovHead(rest.map((w) => w.text).join(" ")) ? rest : words;
}

function isLeadingNoise(w: Word): boolean {
  // ("THE Fiji Competition and Consumer Commission has ordered": a lede's opening article set in capitals.)
  if (w.text === "&" || w.text === "of" || w.text === "THE") return true;
  const common = isCommonWord(w.text);
  return common && /^(The|A|An|This|These|Those|That|In|On|At|For|From|By|With|After|Before|But|And|As|Its|Their|His|Her|Our|If|When|While|Some|Many|Most|Such|Under|Over|Despite|During|Since|Until|Amid|Among|Against|Without|Through|Outside|Inside|Beyond|Across|Throughout|Following|Unlike|Like|Although|Though|Because|Once|Whether|Meanwhile|Still|Yet|So|Then|Now|Also|Even|Only|However|Neither|Either|Both|Not|Rival|What|Why|How|Where|Whatever|Each|Every|Another)$/.test(w.text) || (w.text === "Opposition" && !w.breakAfter);
}
