import { lexTags } from "../entities/words";
import { DICTIONARY_CODES, ISO_CURRENCY_SUFFIX, ISO_CURRENCY_WORDS, ISO_NATIONAL_SUFFIX, ISO_PREFIX_CODES } from "./iso-currencies";

/** Stands in for the kwacha's "K" once the copy is known to be Zambian (find-figures.ts): one character, so offsets hold. */
export const KWACHA_SIGN = "\uE000";
/** The same for Papua New Guinea's kina. */
export const KINA_SIGN = "\uE001";
/** The same for Malawi's kwacha. */
export const MALAWI_KWACHA_SIGN = "\uE002";
/** The same for Botswana's pula. */
export const PULA_SIGN = "\uE003";
/** The same for Eswatini's lilangeni ("E1 980" in a Mbabane paper). */
export const LILANGENI_SIGN = "\uE004";
/** The same for Lesotho's loti ("M2,900" in a Maseru paper). */
export const LOTI_SIGN = "\uE005";
/** The same for the Gambian dalasi ("D412.6 million" in a Banjul paper). */
export const DALASI_SIGN = "\uE006";
/** The same for the Honduran lempira ("L41.5 million" in a Tegucigalpa paper). */
export const LEMPIRA_SIGN = "\uE007";
/** The same for the Guatemalan quetzal ("Q250,000" in a Guatemala City paper). */
export const QUETZAL_SIGN = "\uE008";
/** The same for Myanmar's kyat ("K1.2 billion" in a Yangon paper). */
export const KYAT_SIGN = "\uE009";
const CURRENCY_SYMBOLS: Record<string, string> = {
  // ISO 4217 codes written before amounts ("CHF 8,000", "OMR 178 million"); currencyCode reads them, and the entity rules ask it.
  ...Object.fromEntries(ISO_PREFIX_CODES.map((c) => [c.toLowerCase(), c])),
  "us$": "USD", "vnđ": "VND", $: "USD", "rd$": "DOP", "₡": "CRC", "b/.": "PAB", "$u": "UYU", "$a": "AUD", gs: "PYG", "gs.": "PYG", "₲": "PYG", ar: "MGA", "r$": "BRL", "mx$": "MXN", "ch$": "CLP", "col$": "COP", "hk$": "HKD", "nz$": "NZD", r: "ZAR", "a$": "AUD", "c$": "CAD", "s$": "SGD", "f$": "FJD", "b$": "BND", "bz$": "BZD", "g$": "GYD", "si$": "SBD", "ci$": "KYD", "l$": "LRD", "t$": "TOP", "ws$": "WST", vt: "VUV", nle: "SLE", nu: "BTN", "nu.": "BTN", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR", "nt$": "TWD", "₦": "NGN", "₱": "PHP", rm: "MYR", rp: "IDR", "rp.": "IDR", sh: "KES", shs: "KES", ksh: "KES", ush: "UGX", tsh: "TZS", rs: "INR", "rs.": "INR", rmb: "CNY",
  nis: "ILS", le: "EGP", [KWACHA_SIGN]: "ZMW", [KINA_SIGN]: "PGK", [MALAWI_KWACHA_SIGN]: "MWK", [PULA_SIGN]: "BWP", [LILANGENI_SIGN]: "SZL", [LOTI_SIGN]: "LSL", [DALASI_SIGN]: "GMD", [LEMPIRA_SIGN]: "HNL", [QUETZAL_SIGN]: "GTQ", [KYAT_SIGN]: "MMK", slsh: "SLSH", kz: "AOA", fbu: "BIF", da: "DZD", ll: "LBP", ld: "LYD", db: "STN", yr: "YER", nfa: "ERN", fdj: "DJF", fcfa: "XOF", cfa: "XOF", tk: "BDT", br: "ETB", hr: "UAH", tl: "TRY", afs: "AFN", "s/": "PEN", "gh¢": "GHS", "gh₵": "GHS", "j$": "JMD", "tt$": "TTD", "n$": "NAD", "ec$": "XCD", rwf: "RWF", frw: "RWF", bs: "BOB", "bs.": "BOB", jd: "JOD",
  // Zimbabwe Gold, the currency since 2024 ("ZiG380 a bag").
  zig: "ZWG",
  // Aruba's florin and the Caribbean guilder of Curaçao and Sint Maarten (since 2025), as their papers write them: "Afl. 9.75", "Cg. 38.6 million".
  afl: "AWG", "afl.": "AWG", cg: "XCG", "cg.": "XCG",
  // The Congolese franc as Congolese papers write it before the amount ("FC 41 billion"), and a dollar sign after "US"
  // and a space ("about US $6.5 million").
  fc: "CDF", "us $": "USD",
  // Gulf papers' own abbreviations: "Dh4.6 billion", "SR1.2 billion", "QR500 million", "KD3 million", "BD40 million", "RO 12 million".
  dh: "AED", dhs: "AED", sr: "SAR", qr: "QAR", kd: "KWD", bd: "BHD", ro: "OMR" };
const CURRENCY_WORDS: Record<string, string> = {
  dollars: "USD", dollar: "USD", "us dollars": "USD", euros: "EUR", euro: "EUR", pounds: "GBP", yuan: "CNY", renminbi: "CNY",
  yen: "JPY", won: "KRW", rubles: "RUB", roubles: "RUB", ruble: "RUB", rouble: "RUB", rupees: "INR", naira: "NGN", peso: "MXN", lira: "TRY", liras: "TRY", "turkish lira": "TRY", "turkish liras": "TRY", taka: "BDT", kina: "PGK", soles: "PEN", reais: "BRL", pesos: "MXN", "bolívares": "VES", bolivares: "VES", rand: "ZAR", shillings: "KES", ringgit: "MYR", birr: "ETB", rupiah: "IDR", "đồng": "VND", dong: "VND", baht: "THB", riel: "KHR", riels: "KHR", dirhams: "AED", riyals: "SAR", "hong kong dollars": "HKD", francs: "CHF", "swiss francs": "CHF",
  // Subunits and crypto keep their own code: 285 pence is quoted in pence on the exchange, not as £2.85.
  pence: "GBX", bitcoin: "BTC", bitcoins: "BTC", ether: "ETH",
  // "crowns" alone could be any of several currencies (or teeth); only a nationality or the native name says which.
  "danish crowns": "DKK", "danish kroner": "DKK", "norwegian crowns": "NOK", "norwegian kroner": "NOK", "swedish crowns": "SEK",
  "swedish kronor": "SEK", kronor: "SEK", krona: "SEK", "icelandic crowns": "ISK", "czech crowns": "CZK", "czech korunas": "CZK",
  // Norwegian or Danish: find-figures.ts decides by the country the copy names (countryWordCurrency), else it stays "kroner".
  kroner: "kroner", krone: "kroner",
  // Iceland's own plural and singular ("fined 36 million krónur"), with or without the accent.
  "krónur": "ISK", kronur: "ISK", "króna": "ISK",
  // West Africa's CFA franc; find-figures.ts makes it Central Africa's (XAF) in copy from there.
  "cfa francs": "XOF", "cfa franc": "XOF",
  // The CFP franc of French Polynesia, New Caledonia and Wallis and Futuna, as their papers write it after the amount.
  fcfp: "XPF", "f cfp": "XPF", "cfp francs": "XPF", "cfp franc": "XPF", "francs cfp": "XPF",
  // Lesotho's loti in the plural (ISO's list names the singular).
  maloti: "LSL",
  // Mozambique's metical in its Portuguese plural, Costa Rica's colón in its plural (the singular is also a punctuation
  // mark and a body part), Laos's kip after an amount, Bosnia and Herzegovina's mark by its English name.
  meticais: "MZN", metical: "MZN", colones: "CRC", kip: "LAK", "convertible marks": "BAM", "convertible mark": "BAM",
  // Honduras' lempira, Paraguay's guaraní, Madagascar's ariary and Cape Verde's escudo (the only escudo still issued) by name.
  lempiras: "HNL", lempira: "HNL", "guaraníes": "PYG", guaranies: "PYG", "guaraní": "PYG", guarani: "PYG", ariary: "MGA", escudos: "CVE",
  // Iran's rial, the one most copy means by "rials"; find-figures.ts makes it Oman's or Yemen's in copy from there.
  rials: "IRR", rial: "IRR",
  tenge: "KZT", cedis: "GHS", zlotys: "PLN", zloty: "PLN", forints: "HUF", forint: "HUF", hryvnias: "UAH", hryvnia: "UAH", lari: "GEL", rufiyaa: "MVR", korunas: "CZK", koruna: "CZK", emalangeni: "SZL", lilangeni: "SZL", kyats: "MMK", kyat: "MMK", leva: "BGN", lei: "RON", drams: "AMD",
};
/** "R412 million", "R18.30": the rand's "R" only before an amount that cannot be a road or a model ("R1.1 billion", "R5,000", "R18.30"). */
/**
 * "24 new Syrian pounds": a redenominated currency's "new" before its country's name (not "10 new dollars", which
 * are dollars just printed).
 */
export const NEW_BEFORE_CURRENCY = String.raw`(?:new\s(?=(?:${ISO_NATIONAL_SUFFIX})(?![\p{L}])))?`;
// ("promised R68/kg", "R14 a litre", "between R35 and R40 a tonne": or a price per unit, which no road or model has.)
// ("R35 for 25 litres": or per so many units; "earning R28 an hour".)
const PER_UNIT = String.raw`(?:\/(?:kg|t|l|ha|kWh)\b|\s(?:a|an|per)\s(?:kilogram|kilo|kg|tonne|ton|litre|liter|hectare|month|hour|day|week)\b|\sfor\s[\d,]+\s(?:litres?|liters?|kg|kilograms?|tonnes?)\b)`;
// ("a once-off payment of R3 000", "a R1 500 monthly housing allowance": or thousands set apart by a space, as South
// African copy writes them.)
const RAND = String.raw`R(?=\d[\d,]*(?:\.\d+)?[\s-]?(?:trillion|billion|million|bn|m)\b|\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0]\d{3})+(?![\d])|\d+\.\d\d\b|\d+(?:\.\d+)?(?:\s(?:and|to)\sR\d+(?:\.\d+)?)?${PER_UNIT})`;
// ("Hr 42 million": the hryvnia's abbreviation, as Ukrainian copy in English writes it before the amount; "TL 6.8
// billion": the Turkish lira's, as Turkish copy writes it.)
// ("$A312 million": the Australian dollar as some Australian copy writes it, the sign first.)
// ("Afs 14 per kilogram": the afghani as Afghan copy in English writes it before the amount.)
export const CURRENCY_PREFIX = String.raw`(?:US\s?\$|RD\$|\$U(?=\s?\d)|\$A(?=\d)|B\/\.|₡|₲|R\$|MX\$|CH\$|Ch\$|COL\$|J\$|TT\$|N\$|EC\$|GH[¢₵]|HK\$|NZ\$|NT\$|A\$|C\$|S\$|F\$|BZ\$|B\$|G\$|SI\$|CI\$|L\$|T\$|WS\$|\$|€|£|¥|₩|₹|₦|₱|RM(?=\s?\d)|Rp\.?(?=\s?\d)|KSh\s?(?=\d)|USh\s?(?=\d)|TSh\s?(?=\d)|Shs?(?=\s?\d)|Rs\.?(?=\s?\d)|(?:Dhs?|SR|QR|KD|BD|JD|RO|NIS|LE|Tk|Br|VNĐ|S\/|ZiG|Rwf|Frw|Bs\.?|F?CFA|Nu\.?|VT|NLe|Gs\.?|Ar|SLSH|SlSh|Kz|FBu|FC|DA|LL|LD|Db|YR|Nfa|FDJ|Afl\.?|Afs|Cg\.?|Hr|TL)(?=\s?\d)|${KYAT_SIGN}|${LEMPIRA_SIGN}\s?|${QUETZAL_SIGN}|${KWACHA_SIGN}|${KINA_SIGN}|${MALAWI_KWACHA_SIGN}|${PULA_SIGN}|${LILANGENI_SIGN}|${LOTI_SIGN}|${DALASI_SIGN}|${RAND}|RMB\s?|(?:${ISO_PREFIX_CODES.join("|")})\$?\s?|(?:${[...DICTIONARY_CODES].join("|")})\$\s?)`;
export const CURRENCY_SUFFIX = String.raw`(?:(?:danish|norwegian|swedish|icelandic|czech) (?:crowns|kroner|kronor|korunas)|krónur|kronur|króna|kronor|krona|kroner|krone|hong kong dollars|swiss francs|us dollars|turkish liras?|dollars?|euros?|pounds|yuan|renminbi|yen|won|rupees|naira|liras?|taka|kina|soles|reais|pesos?|r(?:o)?ubles?|rand|shillings|ringgit|birr|rupiah|đồng|dong|riels?|baht|dirhams|riyals|rials?|cfa francs?|fcfa|fcfp|f cfp|cfp francs?|francs cfp|francs|tenge|cedis|zlotys?|forints?|hryvnias?|lari|rufiyaa|korunas?|emalangeni|lilangeni|kyats?|leva|lei|drams|maloti|meticais|metical|colones|bol[ií]vares|kip|convertible marks?|lempiras?|guaran[ií]es|guaran[ií]|ariary|escudos|pence|bitcoins?|ether|FBu|${ISO_CURRENCY_SUFFIX})`;

export function currencyCode(symbolOrWord: string): string | undefined {
  const k = symbolOrWord.trim().toLowerCase();
  // ("SBD$18 million", "FJD$250": a code written with the dollar sign after it is the code; "COL$" is a sign of its own.)
  // ("TOP$28 million": so is one that is an English word too, which the sign makes money.)
  const code = /^[a-z]{3}\$$/.test(k) ? k.slice(0, 3).toUpperCase() : undefined;
  return CURRENCY_SYMBOLS[k] ?? CURRENCY_WORDS[k] ?? ISO_CURRENCY_WORDS.get(k.replace(/[’`]/g, "'")) ?? (code && (DICTIONARY_CODES.has(code) ? code : currencyCode(code)));
}

const VERBISH = new Set(["PastTense", "Gerund", "Modal", "Copula", "Auxiliary", "Preposition", "Particle", "Adverb", "Conjunction", "Determiner", "Pronoun"]);
/** Verbs and function words end the counted noun phrase ("40 stores closed" -> "stores"). */
/** "14 companies currently in the program": an adverb by its ending ends the noun phrase too. */
// ("about 640 family farms": "family" ends like "easily" and is a noun.)
const notNounish = (w: string) => (/ed$|(?:ally|ently|antly|ously|ively|ately|ily|ably)$/.test(w) && !/^(?:family|homily|lily)$/.test(w)) || lexTags(w).some((t) => VERBISH.has(t));

/** "14 carved masks": a participle directly followed by a plural noun modifies it rather than ending the phrase. */
function participleBeforeNoun(w: string, rest: string, before: string[]): boolean {
  if (!/(?:ed|ing)$/.test(w) && !IRREGULAR_PARTICIPLES.has(w)) return false;
  // ("190,000 shares changed hands": after a plural noun a past form is the predicate.)
  const last = before.at(-1) ?? "";
  if (last && (isPlural(last) || /[^siu]s$/.test(last))) return false;
  // ("2,400 licensed short-term rentals": a hyphenated adjective may stand between them.)
  const next = /^ +(?:\p{L}+-\p{L}+(?:-\p{L}+)? +)?([\p{L}]+)/u.exec(rest)?.[1]?.toLowerCase() ?? "";
  // ("312 working days", "11 funded midwifery positions": a plural compromise files under another tag, one noun later at most.)
  const after = /^ +[\p{Ll}]+ +([\p{Ll}]+)/u.exec(rest)?.[1] ?? "";
  // ("more than 400 undergoing dialysis": a Greek singular in "-sis" is no plural.)
  const pluralish = (w: string) => (isPlural(w) || /[^s]s$/.test(w)) && !/sis$/.test(w) && !STOP.has(w) && !lexTags(w).some((t) => VERBISH.has(t));
  // ("19 funded nursing positions": a gerund between them modifies the noun too.)
  return pluralish(next) || (!isPlural(next) && !/s$/.test(next) && !lexTags(next).some((t) => VERBISH.has(t) && t !== "Gerund") && pluralish(after));
}

/** "84.2 million paid subscribers", "2,100 more properties", "610 daily services", "200 old buildings": words before a plural noun that modify it (adjectives of frequency end like adverbs). */
const IRREGULAR_PARTICIPLES = new Set(["paid", "sold", "built", "held", "made", "known", "grown", "more", "additional", "other", "new", "old", "unpaid", "unsold", "daily", "weekly", "monthly", "nightly", "hourly", "yearly", "quarterly"]);
/** ("41,000 farmed salmon": nouns whose plural is the singular count too; "200 National Guard troops": compromise files "troops" as uncountable.) */
const isPlural = (w: string) => /^(?:people|children|men|women|police|staff|personnel|troops|salmon|trout|fish|sheep|deer|cattle|livestock|swine|bison|moose|shrimp|aircraft|spacecraft|offspring)$/.test(w) || lexTags(w).includes("Plural") || (!lexTags(w).length && /[^s]s$/.test(w));

/** "8.69 GW", "a 1.4-GW farm": written out, so "8.69 GW" and "8.69 gigawatts" are one measure. */
const UNIT_ABBREVIATIONS: Record<string, string> = { ha: "hectares", mg: "milligrams", mm: "millimeters", cm: "centimeters", km: "kilometers", kg: "kilograms", gw: "gigawatts", mw: "megawatts", kw: "kilowatts", gwh: "gigawatt-hours", mwh: "megawatt-hours", twh: "terawatt-hours", kwh: "kilowatt-hours" };
export const writtenOutUnit = (unit: string) => UNIT_ABBREVIATIONS[unit] ?? unit;
const WORD = /^ +([\p{L}\p{N}][\p{L}\p{N}&-]*)/u;
/** After names or model codes ("Boeing 787-9 …"), a plural noun that is no verb: the names modify it. */
function nounAfterNames(rest: string): boolean {
  const next = /^(?: +(?:\p{Lu}|\p{N})[\p{L}\p{N}&-]*)* +(\p{Ll}[\p{L}-]*)/u.exec(rest)?.[1] ?? "";
  return isPlural(next) && !STOP.has(next) && !notNounish(next) && !lexTags(next).includes("Infinitive");
}
/** Verbs compromise's lexicon files under another tag ("live" as an adjective, "work" as a noun; "file" in "helped 38 workers file claims"). */
const PLAIN_VERBS = new Set(["live", "work", "die", "stay", "remain", "face", "need", "own", "wait", "earn", "pay", "file", "sue", "lodge"]);
const AREA_UNIT = /^ ?(k?m²)|^ +sq\.? ?(m|ft|km|mi)\b|^ (square (?:metre|meter|kilometre|kilometer|foot|feet|mile|yard)s?)\b/;
const TEMPERATURE_SCALES = new Set(["celsius", "fahrenheit", "kelvin", "centigrade"]);

const STOP = new Set(
  ("with to in on for of from by at that which who whose whom where and or but because after before as is are was were will would has have had than per a an the its " +
    "their this these since over under across into through during while when last each every ago earlier later more less so such " +
    "worldwide nationwide globally overseas abroad annually apiece altogether respectively inside outside overall together alone apart ahead behind " +
    "today yesterday tomorrow tonight now above below north south east west northeast northwest southeast southwest mostly mainly largely chiefly partly offshore onshore inland near nearby downstream upstream away apart long wide high deep tall old against versus vs still also already only just").split(" "),
);

/** ("two decades ago", "a year earlier"): a time counted back, which no noun after a number counts. */
const TIME_AGO = /^ (?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d{1,3}) (?:years?|decades?|months?|weeks?|days?|centuries|century) (?:ago|earlier|before|later)\b/;
/**
 * The counted thing after a number: the head (last word) of the noun phrase that follows, up to three
 * words ("approximately 25,000 fraudulent accounts, interacting" -> "accounts"). Hand-written: the
 * phrase boundary is what matters and compromise's chunker would need the costly full tagging.
 * Noun modifiers are dropped with the adjectives ("air fryers" -> "fryers"): telling a lexical
 * compound from a modifier ("state employees") needs a compound lexicon we do not have.
 */
export function countedNoun(after: string, before: string): string | undefined {
  // ("down from about 1,000 two decades ago": a time ago after the number says when, not what was counted.)
  if (TIME_AGO.test(after)) return undefined;
  // "about 74,000 of the units": a partitive counts the noun after "of the".
  // "38 of 52 economists", "14 of its A290 jets", "1,150 of the site's 1,600 employees" too.
  const partitive = /^ of (?:(?:the|its|their|these|those|all|our|your|his|her|my)\s+)?(?:\p{Ll}[\p{Ll}-]*['’]s\s+)?(?:(?:roughly|about|some|nearly|around|almost|approximately|more than|over)\s+)?(?:[\d,.]+ )?(?=\S)/iu.exec(after);
  // ("73 representations …, 49 of them objections": what the part of "them" is, written after it.)
  const ofThem = /^ of them (\p{Ll}+s)\b/u.exec(after)?.[1];
  if (ofThem && isPlural(ofThem)) return ofThem;
  if (partitive) return countedNoun(` ${after.slice(partitive[0].length)}`, before);
  // ("58 fish farming areas": a noun and a gerund before the plural modify it.)
  const gerundCompound = /^ (\p{Ll}+) \p{Ll}+ing (\p{Ll}+s)\b/u.exec(after);
  if (gerundCompound?.[1] && gerundCompound[2] && !/s$|^(?:people|staff|children|men|women|police|cattle|sheep)$/.test(gerundCompound[1]) && !STOP.has(gerundCompound[1]) && isPlural(gerundCompound[2])) return gerundCompound[2];
  // ("up to 71 heavy goods vehicle movements": the lorries' name, plural word and all, modifies what is counted.)
  const lorries = /^ heavy goods vehicles?(?: (\p{Ll}+s)\b)?/u.exec(after);
  if (lorries) return lorries[1] ?? "vehicles";
  // ("about 40 head of cattle": livestock counted by the head.)
  const livestock = /^ head of (\p{Ll}+)/u.exec(after)?.[1];
  if (livestock) return livestock;
  // ("a 1.8 billion dinar credit line", "a 20,000 rupee fine": a currency named in the singular before a noun is what
  // the amount is in, whatever the noun after it.)
  // (The code its plural names; the copy's own country then decides whose rupee or dinar it is, as for the plural.)
  const currencyBefore = /^ (dinar|rupee|dirham|riyal|rial|shilling|peso)(?= \p{Ll})/u.exec(after)?.[1];
  if (currencyBefore) return currencyCode(`${currencyBefore}s`) ?? `${currencyBefore}s`;
  // ('nearly 1,300 "irregular" files': a word in scare quotes modifies the noun after it.)
  const scare = /^ ["“][\p{Ll}-]+["”](?= \p{Ll})/u.exec(after);
  if (scare) return countedNoun(after.slice(scare[0].length), before);
  // "30 Boeing 787-9 jets": names and model codes between the number and its noun modify the noun; a name alone ("23 million Germans") is the noun.
  const proper: string[] = [];
  const words: string[] = [];
  // ("a concession of 48 km²", "the 38,500 sq m freehold site", "his family's 1,850 square metre portion": an area,
  // however it is written, is measured in its unit, whatever it measures.)
  const area = AREA_UNIT.exec(after);
  if (area) return area[1] ?? (area[2] ? `sq ${area[2]}` : area[3]);
  // ("about 260,000 m³ of logs": a volume written with its sign.)
  if (/^ ?m³(?![\p{L}\p{N}])/u.test(after)) return "m³";
  // ("up to 4°C warmer": a temperature written with its sign.)
  const degrees = /^ ?(°[CF])(?![\p{L}\p{N}])/u.exec(after)?.[1];
  if (degrees) return degrees;
  // "315 MW plant": an abbreviated unit right after the number is the unit.
  // ("a 13,000 teu ship": twenty-foot equivalent units, the size of a container ship, in any case.)
  // ("the 20 ppb ceiling": a concentration in parts per billion or million.)
  const abbreviated = /^ *(km\/h|mph|kph|GW|MW|kW|kVA|KVA|MVA|GWh|MWh|TWh|kWh|mm|cm|km|kg|mg|ml|ha|teu|TEU|ppm|ppb)s?\b|^(t)\b(?![’'])/.exec(after);
  // ("a specific weight of 76 kg/hl", "3,500 kg/ha": a unit per hectolitre or per hectare, as written.)
  const perUnit = /^ *(kg\/hl|kg\/ha|t\/ha)\b/.exec(after)?.[1];
  if (perUnit) return perUnit;
  if (abbreviated) return abbreviated[2] ? "tonnes" : (abbreviated[1] ?? "").toLowerCase();
  // ("a 2.4 megawatt solar and battery plant": a unit of power written out in the singular, before what it measures.)
  const power = /^ ((?:kilo|mega|giga)watt)(?= \p{Ll})(?! hours?\b)/u.exec(after)?.[1];
  if (power) return power;
  // ("46 trading and storage companies", "1,100 licensed dinghy and small-vessel fishermen": modifiers joined by "and"
  // before the plural noun; the words before "and" are no plural of their own.)
  // ("17 cancelled or diverted calls": or by "or"; "23 walking and climbing clubs": a plural the lexicon files as a verb too.)
  const andJoined = /^ ((?:[\p{Ll}-]+ ){1,2})(?:and|or) (?:[\p{Ll}-]+ ){1,2}?([\p{Ll}-]+(?:s|men))\b/u.exec(after);
  if (andJoined?.[1] && andJoined[2] && andJoined[1].trim().split(" ").every((w) => !/s$/.test(w) && !isPlural(w) && !STOP.has(w)) && (isPlural(andJoined[2]) || /men$|[^siu]s$/.test(andJoined[2]))) return andJoined[2];
  // "30 of Boeing's 787-9 jets": a possessive marker is part of the name that modifies the noun.
  let rest = after.replace(/\s?['’]s(?=\s)/g, "");
  // ("at least 11 other independent power producers": a fourth word when none of the first three is a plural.)
  for (let m = WORD.exec(rest); m && (words.length < 3 || (words.length === 3 && !words.some((w) => /s$/.test(w)))); m = WORD.exec(rest)) {
    const w = (m[1] ?? "").toLowerCase();
    const named = /^(?:\p{Lu}|\p{N})/u.test(m[1] ?? "");
    if (named && proper.length + words.length < 4 && nounAfterNames(rest.slice(m[0].length))) { proper.push(w); rest = rest.slice(m[0].length); continue; }
    // "30 Boeing jets Wednesday": a name after the noun is not part of it.
    if ((words.length && /^\p{Lu}\p{Ll}/u.test(m[1] ?? "")) || /\p{N}/u.test(w)) break;
    // ("roughly 18,400 fully built vehicles": an adverb before a participle that modifies the noun is skipped.)
    const following = WORD.exec(rest.slice(m[0].length))?.[1]?.toLowerCase() ?? "";
    if (!words.length && /ly$/.test(w) && following && participleBeforeNoun(following, rest.slice(m[0].length + 1 + following.length), words)) { rest = rest.slice(m[0].length); continue; }
    // ("about 9.2 million shares changing hands": after a plural noun, a gerund is the predicate.)
    if (words.length && /ing$/.test(w) && /(?:[^siu]s|people|staff)$/.test(words.at(-1) ?? "")) break;
    // ("14 new deep wells": a measure's adjective before a plural noun modifies it, unlike "40 metres deep".)
    const beforePlural = /^(?:deep|long|wide|high|tall|old)$/.test(w) && isPlural(WORD.exec(rest.slice(m[0].length))?.[1]?.toLowerCase() ?? "");
    if ((STOP.has(w) || notNounish(w)) && !beforePlural && !participleBeforeNoun(w, rest.slice(m[0].length), words)) break;
    // ("Twelve million sounds like a lot": a verb of seeming after the number is its predicate, no counted noun.)
    if (!words.length && /^(?:sounds|seems|looks|feels)$/.test(w) && /^\s+(?:like|as|to|a|an|good|bad|big|small|high|low|fair|generous|impressive)\b/.test(rest.slice(m[0].length))) break;
    // ("more than 140,000 tonnes five years earlier": a number word after the noun counts something else.)
    if (words.length && /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/.test(w)) break;
    // "8,400 hectares early Thursday": a time of day after the noun, not "380,000 early ballots".
    if (words.length && /^(?:early|late)$/.test(w) && /^\s+(?:\p{Lu}|morning|afternoon|evening|night)/u.test(rest.slice(m[0].length))) break;
    // "23 million Germans use …": a bare verb after a plural is the predicate, not part of the noun.
    // ("not crushed within 48 hours loses its value": a verb's third person after a plural is the sentence's predicate too.)
    if (words.length && (lexTags(w).some((t) => t === "Infinitive" || t === "PresentTense") || PLAIN_VERBS.has(w)) && (isPlural(words.at(-1) ?? "") || lexTags(words.at(-1) ?? "").includes("Duration"))) break;
    // ("in the last 30 years shows that …": a word in "-s" after a span of time in the plural is the predicate too; no
    // noun is counted in "years" of something written without "of".)
    if (words.length && /s$/.test(w) && /s$/.test(words.at(-1) ?? "") && lexTags(words.at(-1) ?? "").includes("Duration")) break;
    words.push(w);
    rest = rest.slice(m[0].length);
  }
  // "110 million shares outstanding", "3,850 tonnes worth roughly $21m": words after a plural noun stand after the counted thing.
  const plural = (w: string) => isPlural(w) || /[^siu]s$/.test(w);
  const lastPlural = words.findLastIndex((w, i) => i < words.length - 1 && plural(w));
  if (lastPlural >= 0 && !words.slice(lastPlural + 1).some(plural)) words.splice(lastPlural + 1);
  // "14 local and international banks": adjectives joined by "and" before the counted noun.
  const joined = words.length && !plural(words.at(-1) ?? "") ? /^ (?:and|or) (?:[\p{Ll}-]+ ){0,1}(\p{Ll}+s)\b/u.exec(rest)?.[1] : undefined;
  if (joined && plural(joined) && !STOP.has(joined)) return joined;
  const head = words[words.length - 1] ?? (proper.length && !/\p{N}/u.test(proper.at(-1) ?? "") ? proper.at(-1) : undefined);
  // ("more than 40 nurses and technicians", "683 machinists and packers who …": two plurals joined by "and" that close the
  // noun phrase are counted together, and the pair's head is the last; not across a modifier ("35 journalists and
  // opposition politicians" counts journalists), nor before a phrase that fits the second alone ("metres and gusts of
  // …", "households and businesses in …"), nor when the second is a verb ("640 people and pays nearly …").)
  const pair = head && plural(head) ? /^ and (\p{Ll}+)(?![\p{L}-])(?: ?[—–]|[.,;:)]|$| (?:who|that|which|had|have|has|were|are|was|since|for|by|on|and|with|across|over)\b)/u.exec(rest) : null;
  const second = pair?.[1] ?? "";
  if (pair && isPlural(second) && !STOP.has(second) && !notNounish(second)) return second;
  // "24 times forward earnings": a multiple is counted in times ("28 million times" interacting: in interactions).
  if (words[0] === "times" || head === "times") return /interact/i.test(before) ? "interactions" : "times";
  // "200 degrees Celsius": the scale names which degrees; the quantity counted is still degrees.
  if (head && TEMPERATURE_SCALES.has(head) && words.length > 1) return words[words.length - 2];
  return head;
}
