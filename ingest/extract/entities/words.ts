import nlp from "compromise";
import { givenNameSex } from "./given-names";
import { countryNames, isRegion, townPopulation } from "./gazetteer";

/** compromise's lexicon (24k words with tags): tells common words from names without full tagging. */
const LEX = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

export function lexTags(word: string): string[] {
  const t = LEX[word.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const NAME_TAGS = new Set(["MaleName", "FemaleName", "FirstName", "LastName", "Organization", "Country", "City", "Region", "Place", "ProperNoun", "Person"]);
export const isNameWord = (w: string) => lexTags(w).some((t) => NAME_TAGS.has(t));
/** A word compromise knows as ordinary English (determiner, verb, adverb, plural noun...). */
export const isCommonWord = (w: string) => {
  const tags = lexTags(w);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
};
const lexFirstName = (w: string) => lexTags(w).some((t) => t === "MaleName" || t === "FemaleName" || t === "FirstName");
/** ("Ane-Sofie Heilmann", "Marie-Claire": a hyphenated given name whose halves are both given names.) */
export const isFirstName = (w: string) => (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(w) ? w.split("-").every(lexFirstName) : lexFirstName(w));
/** "m" or "f" from a person's first name as compromise's lexicon knows it ("Marie-Claire" by "Marie"), else undefined. */
/** ("Kazi Mahbub Hasan", "Syed Arif Chowdhury": South Asian and Arabic name openings borne by men; faker files "Kazi" as a woman's name.) */
const MALE_OPENING = /^(?:Kazi|Syed|Sayed|Sheikh|Shaikh|Mohammad|Mohammed|Muhammad|Mohamed|Md|Mohd|Abdul|Abdur|Abu)$/;

/**
 * ("Michele Russo", "Nicola Bianchi": Italian men's names that English gives to women, before a surname ending in "-i"
 * or "-o", as Italian ones do; "Nicola Sturgeon" stays a woman.)
 */
const ITALIAN_MALE = /^(?:Michele|Daniele|Simone|Nicola|Gabriele|Raffaele|Samuele)$/;

export function nameGender(name: string): "m" | "f" | undefined {
  const first = (name.split(" ")[0] ?? "").split("-")[0] ?? "";
  if (MALE_OPENING.test(first)) return "m";
  if (ITALIAN_MALE.test(first) && /^\p{Lu}\p{Ll}*[io]$/u.test(name.split(" ").at(-1) ?? "") && name.includes(" ")) return "m";
  const tags = lexTags(first);
  if (tags.includes("FemaleName") && !tags.includes("MaleName")) return "f";
  if (tags.includes("MaleName") && !tags.includes("FemaleName")) return "m";
  return givenNameSex(first);
}
export const isLastName = (w: string) => lexTags(w).includes("LastName");
/** Ways between two places ("the Anjouan–Mohéli route", "the section between Smokovac and Mateševo"): their ends are places. */
export const WAY_NOUN = String.raw`(?:route|road|highway|motorway|section|stretch|corridor|crossing|ferry|railway|rail line|pipeline|grid|interconnector|transmission line|power line)`;
export const isPlaceWord = (phrase: string) => lexTags(phrase).some((t) => t === "Country" || t === "City" || t === "Region" || t === "Place");
/** A place the lists know by that name: a country or region, or a town of at least `minPeople`. */
export const isKnownPlace = (name: string, minPeople: number) => isPlaceWord(name) || isRegion(name) || townPopulation(name) >= minPeople;
const DEMONYMS = new Set("arab timorese faroese icelandic danish swedish norwegian finnish dutch irish polish portuguese spanish italian greek turkish swiss austrian belgian czech hungarian romanian ukrainian russian chinese japanese korean vietnamese thai indonesian malaysian singaporean indian pakistani israeli iranian saudi emirati egyptian nigerian kenyan brazilian mexican argentine canadian australian american british briton britons english french german scottish welsh taiwanese european asian african burkinabe burkinabè malagasy basotho batswana motswana comorian kuwaiti qatari bahraini iraqi somali i-kiribati yemeni congolese marshallese monegasque sammarinese micronesian kyrgyz tajik uzbek turkmen afghan lao khmer miskito mapuche friulian piedmontese tuscan sicilian apulian sardinian calabrian ligurian abruzzese umbrian".split(" "));
// ("Laos" is the country; compromise files it as the people, a plural demonym.)
// ("Sumbanese customary law", "Balinese": an island's or a region's people, its name and "-nese".)
const regionPeople = (w: string) => /^\p{Lu}\p{Ll}+[aeiu]nese$/u.test(w) && isRegion(w.slice(0, -4));
// ("The Siberian interregional department of Rosprirodnadzor": a region's adjective, its name and "-n"; not "Adrian", a
// given name on a town's.)
const regionAdjective = (w: string) => /^\p{Lu}\p{Ll}{3,}ian$/u.test(w) && (isPlaceWord(w.slice(0, -1)) || isRegion(w.slice(0, -1))) && !isFirstName(w);
export const isDemonym = (w: string) => DEMONYMS.has(w.toLowerCase()) || (lexTags(w).includes("Demonym") && !isRegion(w)) || countryPeople(w) || regionPeople(w) || regionAdjective(w);

/**
 * "Bahamians", "Maldivians", "Barbadian", "Tongans", "Omanis": a country's people named from its name (the stem before
 * the ending opens the country's name, a few letters short of it). compromise knows the demonyms of the larger
 * countries only; a list for every country does not ship with the libraries we use, and the pattern is regular.
 */
const peopleOf = new Map<string, boolean>();
function countryPeople(w: string): boolean {
  if (!/^\p{Lu}\p{Ll}{3,}(?:ians?|ans?|ns|is|ese)$/u.test(w)) return false;
  let known = peopleOf.get(w);
  if (known === undefined) {
    const stems = [/ians?$/, /ans?$/, /ns$/, /is$/, /ese$/].map((end) => w.replace(end, "")).filter((stem) => stem.length >= 4 && stem !== w);
    // ("Salvadorans": a country's name is matched without its article, "El Salvador".)
    known = !isRegion(w) && countryNames().some((c) => { const bare = c.replace(/^(?:El|La|Le|The)\s+/, ""); return stems.some((stem) => bare.startsWith(stem) && bare.length - stem.length <= 3 && c !== w); });
    peopleOf.set(w, known);
  }
  return known;
}

/** Countries named in several words, by their leading words ("Sri" -> ["Lanka"], "New" -> ["Zealand"]), built on first use. */
let multiWordCountries: Map<string, string[]> | undefined;
/**
 * "Sri Lankan", "Costa Rican", "New Zealanders": a country's people named after a name of as many words, the leading
 * words as written and the last one grown from the country's last word.
 */
export function isCountryPeopleOf(phrase: string): boolean {
  const words = phrase.split(" ");
  const last = words.at(-1) ?? "";
  if (!/^\p{Lu}\p{Ll}+(?:n|ns|er|ers|ese)$/u.test(last)) return false;
  if (!multiWordCountries) {
    multiWordCountries = new Map();
    for (const c of countryNames().filter((n) => n.includes(" "))) {
      const lead = c.slice(0, c.lastIndexOf(" "));
      multiWordCountries.set(lead, [...(multiWordCountries.get(lead) ?? []), c.slice(c.lastIndexOf(" ") + 1)]);
    }
  }
  return (multiWordCountries.get(words.slice(0, -1).join(" ")) ?? []).some((end) => last.startsWith(end.replace(/[aey]$/, "")) && last !== end);
}

export const MONTHS_DAYS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  // Holidays are days on the calendar, not entities.
  "thanksgiving", "christmas", "easter", "ramadan", "diwali", "eid", "hanukkah", "passover",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);
/** Capitalised tokens that are never entities on their own. */
export const NOT_NAMES = new Set([
  // ("24 CCTV cameras", "an ATM"): a device's initials.
  "cctv", "atm", "atms",
  // ("pay more for a T-shirt"): a garment's letter.
  "t-shirt", "t-shirts",
  // ("VAT refunds", "an FAQ"): a tax's and a page's initials.
  "vat", "faq", "faqs",
  // ("an RNA vaccine", "a PCR test"): a laboratory's molecules and methods ("DNA" is also Alsace's daily; see resolve.ts).
  "rna", "pcr",
  // ("since Brexit"): an event, no party; ("CSR spending"): a company's social programme.
  "brexit", "csr",
  // ("struck as a Category 5 storm"): a storm's rank.
  "category",
  "ai", "3g", "4g", "5g", "lte", "gp", "gps", "hgv", "hgvs", "ceo", "cfo", "cto", "coo", "ipo", "gdp", "ev", "evs", "llm", "llms", "api", "pdf", "it", "hr", "am", "pm", "ok", "i",
  "q1", "q2", "q3", "q4", "tv", "mr", "ms", "mrs", "dr", "inc", "ltd", "corp", "co", "internet", "web", "rs", "dh", "dhs", "nis", "suv", "suvs", "tet", "songkran", "diwali", "eid", "ramadan", "hanukkah", "thanksgiving", "navratri", "sterling", "ebitda", "mw", "gw", "kw", "mwh", "gwh", "egp", "pln", "czk", "huf", "idr", "rp", "x-ray", "gmt", "utc", "bst", "cet", "cest", "edt", "pdt", "pst", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundreds", "thousands", "dozens", "gpu", "gpus", "cpu", "atm", "atms", "zip", "pc", "ngo", "ngos", "omr", "pkr", "lkr", "twd", "usd", "eur", "gbp", "chf", "jpy", "cny", "inr", "aud", "cad", "nzd", "hkd", "sgd", "krw", "zar", "aed", "sar", "qar", "kwd", "try",
  // Our own planet and temperature scales are capitalised but name nothing a reader would track.
  "earth", "celsius", "fahrenheit",
  // Festivals written with their hyphens, and the taka's "Tk" ("Tk 150 crore").
  "eid-ul-azha", "eid-ul-adha", "eid-ul-fitr", "eid-al-adha", "eid-al-fitr", "eid-e-milad", "azha", "adha", "fitr", "tk", "taka",
  // Radio frequencies ("700 MHz band").
  "mhz", "ghz", "khz",
  // Gas priced per million British thermal units ("US$4.10 per MMBtu").
  "mmbtu",
  // Zimbabwe Gold, the currency ("paid in ZiG").
  "zig",
  // "I'll", "I'm" (capitalised wherever they stand), "We've had clinicians …": a pronoun's contraction, opening a quotation.
  ...["i", "we", "you", "they", "let", "it", "that", "there", "what", "he", "she"].flatMap((p) => ["'ve", "'re", "'ll", "'d", "'s", "'m", "’ve", "’re", "’ll", "’d", "’s", "’m"].map((c) => p + c)),
  // Technical acronyms of everyday copy ("GPS coordinates", "the company's SDK").
  "gps", "sdk", "usb", "sms", "vpn", "url", "nric", "cgmp", "gmp",
  // Hospital wards' and scans' initials ("another weekend without an ER", "MRI scans repeated").
  "er", "icu", "icus", "nicu", "mri", "ivf",
  // ("a regular MLA who raised the dispute": a seat's initials, standing alone, name no body.)
  "mla", "mlas",
  // ("its Inuit founders", "Nunavummiut would get cleaner power": a people, as "Danes" or "Basques" would be.)
  "inuit", "inuk", "nunavummiut", "zapotec", "zapotecs", "mixtec", "mixtecs", "breton", "bretons",
  // ("before the Puja bonus falls due": the autumn festival, as "Diwali" or "Eid".)
  "puja",
  // ("3 million TEU": twenty-foot equivalent units, the container trade's measure; "arhtiyas", Punjab's grain commission
  // agents.)
  "teu", "teus", "arhtiyas", "arhtiya",
  // ("a spokesman for the ship's P&I club": protection and indemnity, a kind of marine insurance.)
  "p&i",
  // ("PET-CT scans", "a CT scanner", "PET bottles": a scanner's kind, a plastic's.)
  "pet-ct", "pet", "ct",
  // ("Grundbuch", the land register. Not "EMI", an equated monthly instalment: "Emi" is a Japanese given name.)
  "grundbuch",
]);
/** Last words of a body of members ("… Cabin Crew Union", "… Supporters' Trust", "Labour Party"): never a company. */
export const MEMBERS_BODY_HEAD = /^(?:Union|Trust|Association|Federation|Guild|Forum|Society|Council|Club|Party|Coalition|Alliance|League|Syndicate)$/;
export const TITLES = new Set([
  "mr", "ms", "mrs", "dr", "prof", "professor", "president", "senator", "sen", "minister", "chairman", "chairwoman",
  "ceo", "judge", "governor", "mayor", "rep", "secretary", "chancellor", "premier", "king", "queen", "prince", "sir", "mla", "mlc", "mca", "mp", "mep", "msp", "alderman", "alderwoman", "councillor", "cllr", "undersecretary", "legislator", "supervisor", "commissioner", "superintendent", "inspector", "sheriff", "detective", "sergeant", "constable", "councilman", "councilwoman", "reeve", "honourable", "honorable", "hon", "ambassador", "intendant", "intendente", "captain", "colonel", "lieutenant", "commander", "admiral", "bishop", "archbishop", "rabbi", "imam", "associate", "datuk", "datin", "dato", "tun",
  "congressman", "congresswoman", "congressmember", "councilmember", "assemblyman", "assemblywoman", "assemblymember", "barrister", "advocate", "adv", "mec", "comrade", "cr", "madam", "madame", "mdm", "tem", "tempore",
  // ("Delegate Harlan Begaye, who represents several chapters": a member of a tribal or state house of delegates.)
  "delegate",
  // ("MK Eyal Naveh, who chairs the Knesset Economic Affairs Committee": a member of the Knesset.)
  "mk",
]);
export const SPEECH_OR_AUX = /^(said|says|say|told|tells|added|replied|replies|responded|dismissed|disputed|reaffirmed|reiterated|questioned|estimated|estimates|forecast|predicted|argued|noted|stated|claimed|claims|confirmed|confirms|denied|denies|announced|announces|explained|clarified|insisted|warned|acknowledged|asserted|alleged|is|was|has|had|will|would|could|did|does|plans|called|calls|cited|reported|reports|expects|expected|welcomed|rejected|accused|declined|refused|countered|retorted|pointed|agreed|wrote|raised|cut|fined|sued|recalled|launched|acquired|invested|filed|opened|hired|shares)$/i;
