import type { Figure } from "@/lib/schemas/extraction";
import { DIGITS, NUMBER_WORDS, parseNumeral, SCALE_WORDS, scaled, scaleOf, ungrouped } from "./numbers";
import { qualifierRange, QUALIFIERS, qualifierOf } from "./qualifiers";
import { ISO_CODES } from "./iso-currencies";
import { countedNoun, CURRENCY_PREFIX, CURRENCY_SUFFIX, currencyCode, DALASI_SIGN, KINA_SIGN, LEMPIRA_SIGN, KWACHA_SIGN, QUETZAL_SIGN, LILANGENI_SIGN, LOTI_SIGN, KYAT_SIGN, MALAWI_KWACHA_SIGN, NEW_BEFORE_CURRENCY, PULA_SIGN, writtenOutUnit } from "./units";
import { STREET_TYPES } from "../text/us-addresses";
import { lazy } from "../text/remembered";
import { countryWordCurrency, localCfa, localDollar, localIslandPound, localPeso, localRupee, localShilling } from "./local-currency";

type Span = { start: number; end: number };
const NUM = `(?:(?<cur>${CURRENCY_PREFIX})\\s?)?(?<num>${DIGITS}|${NUMBER_WORDS}(?=[ -](?:${SCALE_WORDS})))(?:[ -]?(?<scale>${SCALE_WORDS}))?`;
/** ("142p": pence written onto the number, as British copy quotes share prices; "9pc": percent as Pakistani and British papers write it;
 * "between 1.5 and 2 percentage points": the longer unit is tried first, or "percent" takes its first seven letters.) */
const TAIL = String.raw`(?:[\s-]?(?<pct>%|percentage points?|percent|per cent|per-cent)|(?<pct2>pc)(?![\p{L}]))?(?:\s${NEW_BEFORE_CURRENCY}(?<curw>${CURRENCY_SUFFIX})(?![\p{L}])|(?<pence>p)(?![\p{L}\p{N}]))?`;
/** "140km/h", "40km": an abbreviated unit may be written onto the number. */
/** ("produced 96,400t of copper": tonnes, as mining and commodity copy writes them.) */
const ATTACHED_UNIT = String.raw`(?=(?:km\/h|km|kg|mm|cm|mph|kph|mg|GW|MW|kW|GWh|MWh|ha|t)(?![\p{L}]))`;
// ("for at least the next 18 months": the stretch named between the bound and the number is under the bound too.)
// ("up to a further €1 billion": another amount on top of one already named keeps its bound.)
const PATTERN = new RegExp(String.raw`(?<![\p{L}\p{N}.,:/$€£¥₦-])(?:(?<qual>${QUALIFIERS})\s(?:the\s(?:next|first|last|past|coming)\s|a\sfurther\s|an\sadditional\s)?)?${NUM}${TAIL}(?:${ATTACHED_UNIT}|(?![\p{L}\p{N}]))`, "giu");
// ("between 2,900 FCFA and 3,300 FCFA": a currency written after the amount may close each end.)
// ("between 22km and 35km": so may a unit written onto each end.)
const LOW = String.raw`(?:${CURRENCY_PREFIX}\s?)?(?<a>${DIGITS})(?:[\s-]?(?<ascale>${SCALE_WORDS}))?(?:\s?(?:%|percent|per cent)|\s(?:${CURRENCY_SUFFIX})(?![\p{L}])|\s?(?:km|kg|mm|cm|MW|GW|kW|GWh|MWh|ha)(?![\p{L}]))?`;
/**
 * "seating 242 to 330 passengers": two bare numbers joined by "to" with one noun after them are a range, unless it is a
 * change ("from 30 to 126", "down by 30 to 126"); a delay "by 12 to 18 months" is a range of time, no change.
 * ("2 or 3 hectares", and "6 or 7 per cent" below: two numbers joined by "or", the second the larger, are a range too.)
 */
const BARE_RANGE = new RegExp(String.raw`(?<![\p{L}\p{N}.,$€£¥-])(?<!(?:from|rose|fell|up|down|cut|raised|increased|reduced|lowered)\s)(?:(?<!\bby\s)|(?=${DIGITS}\s(?:to|-|–)\s${DIGITS}\s(?:months?|years?|weeks?|days?)\b))(?<a>${DIGITS})\s(?:to|or|-|–)\s(?<num>${DIGITS})(?=\s\p{Ll})`, "giu");
/** "0.6% to 0.7%", "25%-30%": a percentage range, unless it is a change ("from 3% to 4%", "from a typical 1.2% to 3.9%"). */
/**
 * "15 to 20 per cent": a range in words; after a verb of movement ("went up by 15 to 20 per cent") only when its ends
 * are close, since "rose 0.2 to 4.5 percent" is a rise of 0.2 that ended at 4.5.
 */
const WORDED_PERCENT_RANGE = new RegExp(String.raw`(?<![\p{L}\p{N}.,$€£¥-])(?<!from\s)(?<a>${DIGITS})\s(?:to|or|-|–)\s(?<num>${DIGITS})(?<pct>\s(?:per\s?cent|percent))\b`, "giu");
const MOVED_BY = /\b(?:by|rose|fell|gained|lost|climbed|dropped|slipped|jumped|up|down|cut|raised|increased|reduced|lowered)\s$/i;
/** ("a premium of 20 percent to 35 percent": each end written out in words too.) */
const PERCENT_RANGE = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(?<!from\s(?:(?:a|an|the)\s)?(?:(?:typical|average|usual|normal)\s)?)(?<a>${DIGITS})(?:\s?%(?:\s(?:to|-|–)\s|[-–])|\s(?:percent|per cent)\s(?:to|–)\s)(?<num>${DIGITS})(?<pct>\s?%|\s(?:percent|per cent)(?![\p{L}]))`, "giu");
/** "Boeing 787-9", "S&P 500", "737 Max": a bare number inside a product's or index's name. */
/** ("The 720,000-square-foot tower": a capitalised article opening a sentence names nothing.) */
/** ('"If 170 megawatts disappear': a capitalised conjunction or preposition opening a quote names nothing.) */
const NAME_BEFORE = /(?<![.!?]\s*)\b(?!(?:The|A|An|This|That|These|Those|Its|Their|Our|His|Her|Some|About|Nearly|Only|Just|All|Another|If|When|While|Once|Unless|Until|With|And|But|Or|Of|For|By|In|On|At|To|From|Over|Under|Around|Almost|Roughly|Every|Each|Ltd|Inc|Corp|Co|Plc|PLC|LLC|AG|SA|NV|BV|GmbH|Bhd|Limited)\s)\p{Lu}[\p{L}&]*\s$/u;
const MODEL_AFTER = /^(?:-\d|\s(?:Max|MAX|Dreamliner|Pro|Plus|Ultra|Mini|neo|XL)\b)/;
/** "911 calls": an emergency number, not a count. */
const EMERGENCY_NUMBER = /^\s(?:call|calls|caller|callers|dispatcher|dispatchers|operator|operators|center|centre)\b/i;
const STREET_AFTER = new RegExp(String.raw`^\s(?:[NSEW]\.?\s)?(?:\p{Lu}[\p{L}]*\s){1,3}${STREET_TYPES}\b`, "u");
const MONTH_OR_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s$/i;
/** "an estimated 60 million to 80 million euros": both ends scaled, the unit after the second; not a change ("from 60 million to 80 million"). */
/** The words of a change before its first amount ("rose from 60 million to 80 million"). */
const CHANGE_WORDS = String.raw`from|by|rose|fell|gained|lost|added|climbed|dropped|slipped|jumped|up|down|cut|raised|increased|reduced|lowered`;
const SCALED_RANGE = new RegExp(String.raw`(?<![\p{L}\p{N}.,$€£¥-])(?<!(?:${CHANGE_WORDS})\s)(?:(?<qual>an estimated|estimated)\s)?(?<a>${DIGITS})\s(?<ascale>million|billion|trillion)\s(?:to|-|–)\s${NUM}${TAIL}`, "giu");
/** ("has risen from Ar 1.3 million to Ar 1.79 million": a sign the pattern's look-behinds do not know stands between the change's verb and its start, which is then no range's low end either.) */
const CHANGE_FROM_SIGN = new RegExp(String.raw`\b(?:${CHANGE_WORDS})\s(?:${CURRENCY_PREFIX})\s?\d$`, "iu");
/** ("fines ranging from 500,000 to 3 million rubles": after "ranging from" two amounts are a range's ends, not a change.) */
const RANGING_FROM = new RegExp(String.raw`(?<=\b(?:ranged|ranging|ranges|range|varied|varying)\sfrom\s)(?<a>${DIGITS})(?:\s(?<ascale>million|billion|trillion))?\sto\s${NUM}${TAIL}`, "giu");
const BETWEEN = new RegExp(String.raw`(?<![\p{L}])between\s${LOW}\s(?:and|to)\s${NUM}${TAIL}`, "giu");
/** "$4.35 to $4.50" (a forecast range): both ends carry the currency; "from $10 to $12" is a change, not a range ("ranged from ¥3 million to ¥62 million" is one). */
/**
 * Where a currency's sign or code opens an amount: one to six letters or signs, at most two spaces, a digit. Both range
 * patterns below open with it; findFigures tries them only at the places signOpenings finds for this shape, and the
 * look-ahead keeps each such try exact, failing before the look-behinds and the long list of signs are read.
 */
const SIGN_THEN_DIGIT = String.raw`(?=[^\s\d]{1,6}\s{0,2}\d)`;
/** "₹400-600 crore", "$2-3 billion": a hyphenated range whose one currency sign and one scale serve both ends. */
/** ("US$500mn-700mn", "$5bn-$7bn": each end may carry its scale, the second its sign; "Rs 600-800 per box": or neither.) */
const SHARED_SIGN_RANGE = new RegExp(String.raw`${SIGN_THEN_DIGIT}(?<![\p{L}\p{N}.,])(?<cur>${CURRENCY_PREFIX})\s?(?<a>${DIGITS})(?<ascale>${SCALE_WORDS})?[-–](?:${CURRENCY_PREFIX})?(?<num>${DIGITS})(?:\s?(?<scale>${SCALE_WORDS})(?![\p{L}])|(?![\p{L}\p{N}]|[.,]\d))`, "giu");
// ("climbed from about BND4.50 to BND5.80": a change, its start qualified, is no range either; "smaller by P18,000 to
// P35,000 each" is one, the size of a difference.)
const CURRENCY_RANGE = new RegExp(String.raw`${SIGN_THEN_DIGIT}(?<![\p{L}\p{N}.,])(?<!(?<!(?:ranged|ranging|range|ranges|varied|varying)\s)(?:from|rose|fell|gained|lost|added|climbed|dropped|slipped|jumped|up|down|(?<!(?:smaller|larger|lower|higher|bigger|less|more|shorter|cheaper)\s)by)\s(?:(?:about|around|roughly|nearly|almost|approximately|some)\s)?)(?<lowcur>${CURRENCY_PREFIX})\s?(?<a>${DIGITS})(?:\s?(?<ascale>${SCALE_WORDS}))?\s(?:to|-|–)\s${NUM}${TAIL}`, "giu");

/**
 * Letters some press writes before amounts of its own currency, replaced by a one-character sign (same length, so
 * offsets hold), only in copy from that country: Nigerian "N790 per litre" (elsewhere "N95" is a mask), Philippine
 * "P18.72 per kilowatt-hour", Zambian and Malawian "K4.2 billion" and Papua New Guinean "K250,000" (kwacha and kina have no sign of their own: units.ts lends them one).
 */
/** ("K6.8 billion" in a Blantyre paper is Malawi's kwacha: the country the copy names more than Zambia.) */
const MALAWI = /\b(?:Malawi(?:an)?|Lilongwe|Blantyre|Zomba|Mzuzu)\b/g;
const ZAMBIA = /\b(?:Zambian?|Lusaka|Ndola|Kitwe)\b/g;
const malawian = (copy: string) => (copy.match(MALAWI) ?? []).length > (copy.match(ZAMBIA) ?? []).length;
/** ("P38 million" in a Gaborone weekly is Botswana's pula.) */
const botswanan = (copy: string) => /\b(?:Botswana|Gaborone|Francistown|Batswana)\b/.test(copy) && !/Philippine/.test(copy);
/** Copy from Bosnia and Herzegovina, whose convertible mark is written "KM" after the amount. */
const BOSNIA = /\b(?:Bosnia|Bosnian|Sarajevo|Banja Luka|Republika Srpska|Mostar|Tuzla|Zenica)\b/;
/** Signs two currencies share, read as the local one's in copy from its country: the sign before the amount, the currency the tables give it, and the local currency. */
const SHARED_SIGNS: Array<{ copy: (c: string) => boolean; sign: RegExp; unit: string; local: string }> = [
  // ("about Le 310,000" in a Freetown story: Sierra Leone's leone, not the Egyptian pound's "LE".)
  { copy: (c) => /\bSierra Leone|\bFreetown\b/.test(c), sign: /^(?:[\p{L}\s-]*\s)?Le\s?\d/u, unit: "EGP", local: "SLE" },
  // ("SR4,000 a month" in a Seychelles story: the Seychellois rupee's "SR", not the Saudi riyal's.)
  { copy: (c) => /\bSeychell(?:es|ois)\b|\bMah[eé]\b|\bPraslin\b/.test(c) && !/\bSaudi\b/.test(c), sign: /^(?:[\p{L}\s-]*\s)?SR\s?\d/u, unit: "SAR", local: "SCR" },
  // ("more than C$210 million" in a Managua story: the córdoba's, not the Canadian dollar's "C$".)
  { copy: (c) => /\b(?:Nicaragua|Nicaraguan|Managua|c[oó]rdobas?)\b/.test(c) && !/\bCanad(?:a|ian)\b/.test(c), sign: /^(?:[\p{L}\s-]*\s)?C\$\s?\d/u, unit: "CAD", local: "NIO" },
];
/** A capital letter right before an amount, the sign some press writes for its currency. */
/** ("L 13.40 a litre" in an Olancho paper: the lempira's letter may stand a space before the amount, as the sign's pattern allows.) */
const letterBefore = (letter: string, spaced = false) => new RegExp(String.raw`(?<![\p{L}\p{N}])${letter}(?=${spaced ? " ?" : ""}\d)`, "gu");
const LETTER_SIGNS: Array<[(copy: string) => boolean, RegExp, string]> = [
  [(c) => /\bnaira\b|\bNigerian?\b/i.test(c), letterBefore("N"), "₦"],
  [botswanan, letterBefore("P"), PULA_SIGN],
  // ("only P4,500 per hectare" in a Cotabato story: a Mindanao or Visayas paper names its island or region, not the country.)
  [(c) => /\bpesos?\b|Philippine|\b(?:Mindanao|Visayas|Luzon|Bangsamoro|Cotabato|Davao|Cebu)\b/i.test(c), letterBefore("P"), "₱"],
  [malawian, letterBefore("K"), MALAWI_KWACHA_SIGN],
  // ("K95,000 per container" in a Yangon paper: the kyat.)
  [(c) => /\b(?:Myanmar|Burmese|Yangon|Mandalay|Naypyitaw|kyats?)\b/.test(c), letterBefore("K"), KYAT_SIGN],
  [(c) => /\bkwacha\b|Zambia/i.test(c), letterBefore("K"), KWACHA_SIGN],
  // ("more than K14.2 million" in a story from Lae: Papua New Guinea's towns name the country as well as its name does.)
  [(c) => /\bkina\b|Papua New Guinea/i.test(c) || /\b(?:PNG|Port Moresby|Lae|Morobe|Madang|Goroka|Mount Hagen|Mt Hagen|Wewak|Kokopo|Bougainville)\b/.test(c), letterBefore("K"), KINA_SIGN],
  // ("a minimum monthly wage of E1 980" in a Mbabane paper: Eswatini's lilangeni.)
  [(c) => /\b(?:Eswatini|Swaziland|Mbabane|Manzini|emalangeni|lilangeni)\b/.test(c), letterBefore("E"), LILANGENI_SIGN],
  // ("from M2,900 to about M3,220" in a Maseru paper: Lesotho's loti.)
  [(c) => /\b(?:Lesotho|Basotho|Maseru|maloti|loti)\b/.test(c), letterBefore("M"), LOTI_SIGN],
  // ("arrears of D412.6 million" in a Banjul paper: the Gambian dalasi.)
  [(c) => /\b(?:Gambia|Gambian|Banjul|dalasi)\b/.test(c), letterBefore("D"), DALASI_SIGN],
  // ("fines of up to L500,000" in a Tegucigalpa paper: the Honduran lempira.)
  [(c) => /\b(?:Honduras|Honduran|Hondurans|Tegucigalpa|San Pedro Sula|lempiras?)\b/.test(c), letterBefore("L", true), LEMPIRA_SIGN],
  // ("between Q250,000 and Q400,000" in a Guatemala City paper: the quetzal; "Q3" alone is still a quarter.)
  [(c) => /\b(?:Guatemala|Guatemalan|Guatemalans|quetzal(?:es|s)?)\b/.test(c), /(?<![\p{L}\p{N}])Q(?=\d)(?![1-4](?![\d.,]|\s\d{3}(?!\d)))/gu, QUETZAL_SIGN],
];

/**
 * "220$00", "4.400$00": the escudo's cifrão, written where a decimal point would stand, the way Cape Verdean copy
 * (and Portugal's before the euro) writes amounts; the escudo still issued is Cape Verde's.
 */
const CIFRAO = new RegExp(String.raw`(?<![\p{L}\p{N}.,])(?:(?<qual>${QUALIFIERS})\s)?(?<num>\d{1,3}(?:\.\d{3})*|\d+)\$(?<cents>\d{2})(?![\p{N}])`, "giu");

function pushCifrao(out: Figure[], text: string, m: RegExpMatchArray, exclude: Span[]): void {
  const start = m.index ?? 0;
  const end = start + m[0].length;
  if (exclude.some((x) => x.start < end && start < x.end)) return;
  const value = Number((m.groups?.num ?? "").replace(/\./g, "")) + Number(m.groups?.cents ?? "0") / 100;
  const qualifier = qualifierOf(m.groups?.qual);
  out.push({ start, end, text: text.slice(start, end), value, ...qualifierRange(qualifier, value), qualifier, unit: "CVE" });
}

/**
 * Every amount holds a digit, or a number word before a scale word ("two million"): where one of them stands, and how far
 * before it an amount may open. The longest opening is a qualifier (14 letters, "not fewer than"), "the coming ", a sign
 * (six) and a number in words ("three quarters of an", 20), with their spaces: 55 characters, so 64 is a safe bound.
 */
const AMOUNT_ANCHOR = new RegExp(String.raw`\d|[ -](?:${SCALE_WORDS})`, "giu");
const ANCHOR_REACH = 64;

/** The cifrão's shape, which every CIFRAO match holds: a digit, the sign, two digits. */
const CIFRAO_SIGN = /\d\$\d\d/;
/** What every SCALED_RANGE match holds between its ends (with the pattern's own flags, so it reads letters as it does). */
const SCALED_RANGE_MIDDLE = /\s(?:million|billion|trillion)\s(?:to|-|–)\s/iu;
/** Where BETWEEN opens: on the word itself, which its look-behind only checks. */
const BETWEEN_WORD = /between/giu;

/** A sticky copy of a global pattern, tried at one position at a time (made once: see matchesAt). */
const sticky = (pattern: RegExp) => new RegExp(pattern, `${pattern.flags}y`);
const BETWEEN_AT = sticky(BETWEEN);
const SHARED_SIGN_RANGE_AT = sticky(SHARED_SIGN_RANGE);
const CURRENCY_RANGE_AT = sticky(CURRENCY_RANGE);
const RANGING_FROM_AT = sticky(RANGING_FROM);
const WORDED_PERCENT_RANGE_AT = sticky(WORDED_PERCENT_RANGE);
const BARE_RANGE_AT = sticky(BARE_RANGE);
const PERCENT_RANGE_AT = sticky(PERCENT_RANGE);

/**
 * The matches `text.matchAll(pattern)` yields, for a pattern that can open only at one of `starts` (ascending): each
 * start at or after the end of the last match is tried in turn, and the first that matches is the leftmost match
 * matchAll would find from there. (The range patterns are rare; tried at every position of the text, as matchAll
 * does, a handful of them cost several per cent of all extraction time for nothing. Look-behinds still read the whole
 * text before the start.)
 */
function* matchesAt(stuck: RegExp, text: string, starts: number[]): Generator<RegExpExecArray> {
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    stuck.lastIndex = at;
    const m = stuck.exec(text);
    if (!m) continue;
    from = at + Math.max(1, m[0].length);
    yield m;
  }
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Where each run of ASCII digits (what `\d` matches, with or without the u and i flags) opens. RANGING_FROM,
 * WORDED_PERCENT_RANGE, BARE_RANGE and PERCENT_RANGE open on a digit (their look-arounds take no characters) that no
 * digit stands before (their look-behinds refuse \p{N}; RANGING_FROM's asks for a space).
 */
function digitRuns(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i)) && !isDigit(text.charCodeAt(i - 1))) out.push(i);
  return out;
}

/** Where a match of `word` (a global pattern) opens. */
const wordStarts = (text: string, word: RegExp) => Array.from(text.matchAll(word), (m) => m.index);

/**
 * Where the two sign ranges may open: SIGN_THEN_DIGIT asks for one to six code points that are neither spaces nor
 * digits (at most twelve code units, were they astral), at most two spaces, then a digit, which opens a run of digits;
 * so a start stands 1 to 14 code units before a run. It is no digit or ASCII space itself, and the look-behind
 * (?<![\p{L}\p{N}.,]) refuses an ASCII letter, digit, point or comma before it.
 */
function signOpenings(text: string, runs: number[]): number[] {
  const out: number[] = [];
  let last = -1;
  for (const run of runs) {
    for (let at = Math.max(last + 1, run - 14); at < run; at++) {
      last = at;
      const c = text.charCodeAt(at);
      const b = text.charCodeAt(at - 1);
      if (isDigit(c) || c === 32 || c === 10 || isDigit(b) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 46 || b === 44) continue;
      // (Nor the second half of a surrogate pair, where a pattern with the u flag, as matchAll runs it, never opens.)
      if (c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff) continue;
      out.push(at);
    }
  }
  return out;
}

/**
 * The matches of a global pattern that opens at most ANCHOR_REACH characters before an anchor: the same as `matchAll`,
 * but the scan jumps over the stretches no match can open in. (Written by hand because the figure pattern, tried at
 * every position of the text, was a tenth of all extraction time; most of a text is words far from any number.)
 */
function* matchesNear(pattern: RegExp, text: string, anchors: number[]): Generator<RegExpExecArray> {
  // (A copy of the pattern itself, not one made again from its source: V8 copies the compiled pattern, where a pattern
  // made from its source is looked up in a cache that garbage collection empties, and is then compiled again.)
  const re = new RegExp(pattern);
  let next = 0;
  for (;;) {
    while (next < anchors.length && (anchors[next] ?? 0) < re.lastIndex) next++;
    if (next >= anchors.length) return;
    re.lastIndex = Math.max(re.lastIndex, (anchors[next] ?? 0) - ANCHOR_REACH);
    const m = re.exec(text);
    if (!m) return;
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** Quantities written with digits, or in words with a scale ("two million"); dates and years are not figures. */
export function findFigures(source: string, exclude: Span[]): Figure[] {
  const out: Figure[] = [];
  // (The letter before a digit is looked for before the copy's country is asked: most copy writes none, and the
  // country's names, read over the whole text, are the slower question.)
  const text = LETTER_SIGNS.reduce((t, [copy, letter, sign]) => (t.search(letter) >= 0 && copy(source) ? t.replace(letter, sign) : t), source);
  const anchors = [...text.matchAll(AMOUNT_ANCHOR)].map((m) => m.index ?? 0);
  // (Each range pattern below can open only where a cheap scan finds a place for it, so it is tried there alone, with
  // a sticky copy of it, instead of at every position of the text: see matchesAt.)
  const runs = digitRuns(text);
  // ("220$00": the cifrão stands between digits; copy that writes none, nearly all of it, need not be scanned for it.)
  if (CIFRAO_SIGN.test(text)) for (const m of matchesNear(CIFRAO, text, anchors)) pushCifrao(out, text, m, exclude);
  for (const m of matchesAt(BETWEEN_AT, text, wordStarts(text, BETWEEN_WORD))) pushFigure(out, text, m, exclude, ungrouped(m.groups?.a ?? ""));
  const signed = signOpenings(text, runs);
  for (const m of matchesAt(SHARED_SIGN_RANGE_AT, text, signed)) pushRange(out, text, m, exclude);
  for (const m of matchesAt(CURRENCY_RANGE_AT, text, signed)) if (m.groups?.cur && currencyCode(m.groups.cur) === currencyCode(m.groups.lowcur ?? "")) pushRange(out, text, m, exclude);
  if (SCALED_RANGE_MIDDLE.test(text)) for (const m of text.matchAll(SCALED_RANGE)) if (m.groups?.scale && !CHANGE_FROM_SIGN.test(text.slice(Math.max(0, (m.index ?? 0) - 24), (m.index ?? 0) + 1))) pushRange(out, text, m, exclude);
  for (const m of matchesAt(RANGING_FROM_AT, text, runs)) pushRange(out, text, m, exclude);
  for (const m of matchesAt(WORDED_PERCENT_RANGE_AT, text, runs)) {
    const moved = MOVED_BY.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index));
    if (!moved || ungrouped(m.groups?.num ?? "") <= 2 * ungrouped(m.groups?.a ?? "")) pushRange(out, text, m, exclude);
  }
  for (const m of matchesAt(BARE_RANGE_AT, text, runs)) pushRange(out, text, m, exclude);
  for (const m of matchesAt(PERCENT_RANGE_AT, text, runs)) pushRange(out, text, m, exclude);
  for (const m of matchesNear(PATTERN, text, anchors)) pushFigure(out, text, m, exclude);
  const sorted = out.sort((a, b) => a.start - b.start).map((f) => ({ ...f, text: source.slice(f.start, f.end) }));
  // (Each country the copy names is counted only when a figure asks it, once per copy: most copy has no figure in the
  // units they settle, and each reads the whole text.)
  const dollar = lazy(() => localDollar(source));
  const rupee = lazy(() => localRupee(source));
  const peso = lazy(() => localPeso(source));
  const wordCurrency = countryWordCurrency(source);
  const shilling = lazy(() => localShilling(source));
  const cfa = lazy(() => localCfa(source));
  const islandPound = lazy(() => localIslandPound(source));
  const resigns = lazy(() => SHARED_SIGNS.filter((r) => r.copy(source)));
  const bosnian = lazy(() => BOSNIA.test(source));
  const uzbek = lazy(() => /\b(?:Uzbekistan|Uzbek|Tashkent|Samarkand|Bukhara|Kashkadarya|Fergana)\b/.test(source));
  const local = (f: Figure): Figure => {
    if (f.unit === "USD" && (/^(?:[\p{L}\s-]*\s)?\$/u.test(f.text) || /^(?:\s+cents?\b|¢)/i.test(source.slice(f.end, f.end + 7))) && dollar() !== "USD") return { ...f, unit: dollar() };
    // "Rs2.39tr", "rupees" in a Pakistani story.
    if (f.unit === "INR" && !/₹|INR/.test(f.text) && rupee() !== "INR") return { ...f, unit: rupee() };
    // "6,800 pesos" in a Philippine or Chilean story.
    if (f.unit === "MXN" && !/MXN/.test(f.text) && peso() !== "MXN") return { ...f, unit: peso() };
    // "7.4 billion kroner" in a Norwegian or Danish story, "6 million dinars per generator" in a Duhok one.
    const worded = wordCurrency(f.unit, f.text);
    if (worded) return { ...f, unit: worded };
    // "Shs4.8 billion" in a Ugandan story.
    // ("about 8,600 shillings" in a Hargeisa story: Somaliland's.)
    if (f.unit === "KES" && (/^(?:[\p{L}\s-]*\s)?Shs?\s?\d/u.test(f.text) || /\bshillings$/i.test(f.text)) && shilling() !== "KES") return { ...f, unit: shilling() };
    // "850 million CFA francs" in a Cameroonian story; "6,000 francs" in a Senegalese one.
    if ((f.unit === "XOF" || (f.unit === "CHF" && /francs?$/i.test(f.text) && !/swiss/i.test(f.text))) && cfa()) return { ...f, unit: cfa() };
    const resigned = SHARED_SIGNS.some((r) => r.unit === f.unit) ? resigns().find((r) => r.unit === f.unit && r.sign.test(f.text)) : undefined;
    if (resigned) return { ...f, unit: resigned.local };
    // ("£1.2 million" in a Jamestown or a Stanley paper: the island's pound, written with sterling's sign; "from 38p to
    // 43.3p per unit": its pence, hundredths of it.)
    if (f.unit === "GBP" && /^(?:[\p{L}\s-]*\s)?£/u.test(f.text) && islandPound()) return { ...f, unit: islandPound() };
    if (f.unit === "GBX" && islandPound()) return { ...f, unit: islandPound(), value: scaled(f.value, 0.01), ...(f.low === undefined ? {} : { low: scaled(f.low, 0.01) }), ...(f.high === undefined ? {} : { high: scaled(f.high, 0.01) }) };
    // ("1,650 KM a month" in a Sarajevo story: the convertible mark's "KM", which the copy writes in capitals.)
    const mark = f.unit !== "percent" && !/^[A-Z]{3}$/.test(f.unit ?? "") && bosnian() ? /^\s?KM\b/.exec(source.slice(f.end, f.end + 4)) : null;
    if (mark) return { ...f, end: f.end + mark[0].length, text: source.slice(f.start, f.end + mark[0].length), unit: "BAM" };
    // ("9,800 soums" in an Uzbek story: the som; in a Mongolian one a soum is a district.)
    if (/^so['’]?ums?$/i.test(f.unit ?? "") && uzbek()) return { ...f, unit: "UZS" };
    return f;
  };
  // ("…with about 9,200 and … with 6,750": a shared unit passes on down a list, so each figure looks at the one before as shared.)
  const shared: Figure[] = [];
  for (const f of sorted.map(local)) shared.push(withSharedUnit(text, ofHeadcount(text, namedBefore(text, f, shared)), shared.at(-1), shared));
  return shared;
}

/** "reduce headcount … from roughly 2,900 to under 2,450": the bare ends of a headcount's change count employees. */
const HEADCOUNT_CHANGE = /\bhead ?count\b[^.;!?]{0,80}?\bfrom\s+(?:\p{L}+\s+)?(?:[\d,.]+\s+to\s+(?:\p{L}+\s+)?)?$/u;
const ofHeadcount = (text: string, f: Figure): Figure => (f.unit || !HEADCOUNT_CHANGE.test(text.slice(Math.max(0, f.start - 160), f.start)) ? f : { ...f, unit: "employees" });

/**
 * "about 1,240 interns … Out of the 1,240, about 860 have been paid": a bare number that repeats a count given
 * before ("the 1,240", "860 of us") counts the same thing. (Not an amount: "$5 million … 5 million" may be anything.)
 */
function namedBefore(text: string, f: Figure, before: Figure[]): Figure {
  if (f.unit || f.value < 10 || /^[A-Z]{3}$/.test(before.find((b) => b.value === f.value)?.unit ?? "")) return f;
  const same = before.find((b) => b.value === f.value && b.unit && b.unit !== "percent");
  // ("The 2,600 is a ceiling, not a target": the article before it refers back too.)
  const back = /\bthe\s+$/i.test(text.slice(Math.max(0, f.start - 5), f.start));
  return same && (back || /^(?:\s+of\s+(?:us|them|those|these)\b|[,.;:])/.test(text.slice(f.end, f.end + 12))) ? { ...f, unit: same.unit } : f;
}

const ASIDE_OPENS = /,\s$/;
const moreEurosThanDollars = (text: string) => (text.match(/€/g) ?? []).length > (text.match(/\$/g) ?? []).length;
/** A euro amount and an opening bracket before a figure: what follows converts it ("€0.58 (about 68 cents)"). */
const EURO_THEN_BRACKET = /€\s?[\d.,]+(?:\s?(?:million|billion|m|bn))?\s*\((?:about|around|roughly|approximately|some|or)?\s*$/;

/**
 * "48 million users worldwide, including some 48 million in the EU": a figure with nothing counted after
 * it, in the same sentence as a figure of the same scale that counts something, counts the same thing.
 */
function withSharedUnit(text: string, f: Figure, prev: Figure | undefined, earlier: Figure[]): Figure {
  // ("a compensation fund of €12 million … “Twelve million sounds like a lot”": a bare amount equal to a sum of money
  // just named is that sum again.)
  const again = f.unit ? undefined : earlier.findLast((e) => e.value === f.value && f.start - e.end <= 400 && /^[A-Z]{3}$/.test(e.unit ?? ""));
  if (again) return { ...f, unit: again.unit };
  if (f.unit || !prev?.unit || prev.unit === "percent" || /^[A-Z]{3}$/.test(prev.unit)) return f;
  const between = text.slice(prev.end, f.start);
  const after = text.slice(f.end, f.end + 12);
  // "…2,400 licensed rentals. Officials estimate that 10,000 more operate without a permit": a number left bare before
  // "more", "of them" or a verb counts what the figure just before it counted, in the sentence before too.
  // ("… up to 620 of the roughly 1,450 jobs. Management puts the figure at 240": "the figure" is the count just given.)
  const elided = between.length <= 250 && !/\n\s*\n/.test(between) && (/^\s+(?:more|others?|of them|may|might|were|are|have|had|will|could|would|operate|remain)\b/.test(after) || /\b(?:puts?|putting|places?|placed|estimates?|estimated)\s+(?:the|that|this)\s+(?:figure|number|total|count)\s+at\s+$/i.test(text.slice(Math.max(0, f.start - 40), f.start)));
  // ('"This plant made 640,000 appliances. Next year it will make fewer than 250,000."': or a number of the same scale
  // that closes the next sentence bare.)
  const closing = between.length <= 150 && !/\n/.test(between) && (between.match(/[.!?]\s/g) ?? []).length === 1 && /^["”’]?[.!?]|^[.!?]["”’]?(?:\s|$)/.test(after) && f.value * 10 >= prev.value && f.value <= prev.value * 10;
  // ("… followed by Andalusia with about 9,200 and the Balearic Islands with 6,750." ends the list at the full stop.)
  // ("If 140 jobs go, the real loss is closer to 300," he said: a quotation's close ends it too.)
  if (!elided && !closing && (/[.!?;]\s/.test(between) || between.length > 80 || !/^[\s,]*(?:\p{Ll}|[.;](?:\s|$)|["”’](?:\s|$)|$)/u.test(after.slice(0, 3)))) return f;
  // ("headcount at the Crolles site, about 25 kilometers northeast of Grenoble, from roughly 2,900": a figure in an aside
  // the commas have closed counts nothing for the figures after it.)
  if (!elided && !closing && ASIDE_OPENS.test(text.slice(Math.max(0, prev.start - 3), prev.start)) && between.includes(",")) return f;
  return { ...f, unit: prev.unit };
}

/** "$4.35 to $4.50", "242 to 330 passengers": a range only when its low end is below its high end. */
function pushRange(out: Figure[], text: string, m: RegExpMatchArray, exclude: Span[]): void {
  // ("rose 64% in 2025 to 4,870 cases": a year, then where the count went, is no range.)
  if (/^(?:19|20)\d\d$/.test(m.groups?.a ?? "") && /\b(?:in|since|of|during)\s$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 8), m.index))) return;
  const low = ungrouped(m.groups?.a ?? "");
  // ("ranging from $150,000 to $2 million": the ends are compared at their scales, so a low end of more digits still opens it.)
  const high = ungrouped(m.groups?.num ?? "");
  const atScale = (n: number, word: string | undefined) => (word ? scaled(n, scaleOf(word)) : n);
  if (atScale(low, m.groups?.ascale) < atScale(high, m.groups?.scale)) pushFigure(out, text, m, exclude, low);
}

/** ("25,000 DA", "40,000 LL": the Algerian dinar's, the Lebanese pound's and the Libyan dinar's own letters, as their papers write them after the amount.) */
/** ("612 million FDJ", "25 000 Ar": the Djiboutian franc's French letters and the ariary's sign, written after the amount too.) */
const LETTERS_AFTER_AMOUNT = ["DA", "LL", "LD", "FDJ", "Ar"];
/** A currency's code in capitals right after the amount ("25,000 KMF"), or one of those letters. */
const CODE_AFTER = new RegExp(String.raw`^\s(\p{Lu}{3}|${LETTERS_AFTER_AMOUNT.join("|")})(?![\p{L}\p{N}])`, "u");

function pushFigure(out: Figure[], text: string, m: RegExpMatchArray, exclude: Span[], lowOfBetween?: number): void {
  const g = m.groups ?? {};
  const start = m.index ?? 0;
  const matchEnd = start + m[0].trimEnd().length;
  const isoAfter = !g.cur && !g.curw && !g.pct && !g.pct2 && !g.pence ? CODE_AFTER.exec(text.slice(matchEnd, matchEnd + 5)) : null;
  const code = isoAfter?.[1] && (ISO_CODES.has(isoAfter[1]) || LETTERS_AFTER_AMOUNT.includes(isoAfter[1])) ? currencyCode(isoAfter[1]) ?? isoAfter[1] : undefined;
  const end = matchEnd + (code ? isoAfter?.[0].length ?? 0 : 0);
  if (exclude.some((x) => x.start < end && start < x.end) || out.some((f) => f.start < end && start < f.end)) return;
  const n = parseNumeral(g.num ?? "");
  if (n === null || isYearOrOrdinal(text, g, start, end) || inName(text, g, start, end)) return;
  // ("turbines up to 220m tall", "a 40m-deep shaft": a bare "m" before a dimension is metres, not millions.)
  const metres = g.scale === "m" && !g.cur && /^(?:\s+|-)(?:tall|high|long|wide|deep|away|below|above|offshore|across|in (?:height|length|diameter|depth))\b/.test(text.slice(end, end + 20));
  if (metres) {
    const qualifier = qualifierOf(g.qual);
    out.push({ start, end, text: text.slice(start, end), value: n, ...qualifierRange(qualifier, n), qualifier, unit: "m" });
    return;
  }
  // ("capacity of 5,000tn of clinker a day": commodity copy's tonnes; thousands of trillions of anything are not news.)
  if (g.scale === "tn" && !g.cur && !g.curw && n >= 1000) {
    const qualifier = qualifierOf(g.qual);
    out.push({ start, end, text: text.slice(start, end), value: n, ...qualifierRange(qualifier, n), qualifier, unit: "tonnes" });
    return;
  }
  const value = scaled(n, scaleOf(g.scale));
  // "3 pounds of methamphetamine" weighs; "£3" or "3 pounds in fines" is money.
  // ("below 20 pounds per square inch": a pressure.)
  // ("finished an average of 38 pounds lighter": so does a weight compared.)
  const weight = /^pounds$/i.test(g.curw ?? "") && /^\s+(?:(?:of|per)\s|(?:lighter|heavier)\b)/.test(text.slice(end, end + 9));
  const currency = currencyCode(g.cur ?? "") ?? (weight ? undefined : currencyCode(g.curw ?? "")) ?? (g.pence ? "GBX" : undefined) ?? code;
  const before = text.slice(Math.max(0, start - 80), start);
  const after = text.slice(end, end + 60);
  // "12 or more people": what is counted stands after the bound.
  // ("the 70-odd people seen entering the site": a rough count, "-odd" after it, counts the noun after that.)
  const odd = /^-odd(?=\s)/.test(after);
  const bareBound = odd ? 4 : /^\s+or\s+(?:more|fewer|less)(?=\s)/i.exec(after)?.[0].length ?? 0;
  // ("30 metres per second": a speed is counted in its whole unit.)
  const speed = /^\s+((?:metres|meters|kilometres|kilometers|miles|feet|knots)\s+(?:per|an|a)\s+(?:second|hour|minute))\b/i.exec(after)?.[1]?.replace(/\s(?:an|a)\s/i, " per ");
  // ("handling "more than 20" active trade disputes": a figure quoted on its own still counts what follows the quote.)
  // ('the net loss was "well under 200" apartments': an adverb before the bound inside the quotation too.)
  const quoted = /["“](?:well|just|far|slightly)?\s?$/.test(before) && /^["”]\s/.test(after);
  // ("down from 171 five years earlier": when it was counted follows the number; what is counted went before it.)
  const whenAfter = /^\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|a|\d{1,2})\s+(?:years?|months?|weeks?|days?)\s+(?:earlier|ago|before|previously)\b/i.test(after);
  // ("only about 2,300 of the planned 7,800 panels": a part of a whole counts what the whole counts.)
  const partOf = /^\s+of\s+(?:the|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}\d[\d,.]*(?=\s\p{Ll})/u.exec(after)?.[0].length ?? 0;
  const counted = weight ? (/^\s+per\s+square\s+inch\b/.test(text.slice(end, end + 20)) ? "pounds per square inch" : "pounds") : speed ?? (odd ? undefined : hyphenatedUnit(after)) ?? (whenAfter ? undefined : countedNoun(quoted ? after.slice(1) : after.slice(partOf || bareBound), before)) ?? rangeStartUnit(before, after) ?? elidedUnit(text.slice(Math.max(0, start - 200), start)) ?? measuredSubject(before) ?? frontedPartitive(before);
  // "84 cents a share", "93 paisa per unit": a hundredth of the local dollar or rupee, recorded in that currency
  // ("between 4.5 and 5.5 US cents" is a range in dollars).
  const thousandth = !currency && !g.pct ? thousandthOf(after, text) : undefined;
  const hundredth = !currency && !g.pct && !thousandth ? hundredthOf(after, text, before) : undefined;
  // ("9.1 euro cents per kilowatt-hour": the currency's name, then its cents.)
  const namedCents = g.curw && !g.cur && currency && /^\s+cents?\b/i.test(after) && !/^\s+cents?\s+on\s+the\b/i.test(after) ? currency : undefined;
  const minor = thousandth ?? hundredth ?? namedCents;
  if (minor) {
    const part = thousandth ? 0.001 : 0.01;
    const amount = scaled(value, part);
    const qualifier = qualifierOf(g.qual);
    out.push(lowOfBetween !== undefined ? between(text, start, end, scaled(lowOfBetween, part), amount, minor) : { start, end, text: text.slice(start, end), value: amount, ...qualifierRange(qualifier, amount), qualifier, unit: minor });
    return;
  }
  // ("A yak sells for 60,000 to 80,000 afghanis": a bare range's noun may be a currency's name; not "pounds", a weight
  // as often, nor a single count's, "at least 40 leks" of grouse.)
  const rangeCurrency = counted && lowOfBetween !== undefined && !/^pounds?$/i.test(counted) ? currencyCode(counted) : undefined;
  const unit = g.pct ? (/point/i.test(g.pct) ? "percentage_points" : "percent") : g.pct2 ? "percent" : currency ?? rangeCurrency ?? (counted && writtenOutUnit(counted)) ?? exchangeRate(before, after);
  if (lowOfBetween !== undefined) {
    // ("between 900,000 and 1.7 million": a low end already past the high one's numeral keeps its own scale.)
    const lowScale = g.ascale ? scaleOf(g.ascale) : lowOfBetween <= n ? scaleOf(g.scale) : 1;
    out.push(between(text, start, end, scaled(lowOfBetween, lowScale), value, unit));
    return;
  }
  // "the rate ticked up to 4.5%": "up to" after a verb of movement is where it went, not a ceiling.
  // ("Inflation speeds up to 2.9%": a headline's present tense too.)
  const moved = /^up to$/i.test(g.qual ?? "") && /\b(?:ticked|ticks|edged|edges|inched|inches|moved|moves|went|goes|rose|rises|climbed|climbs|jumped|jumps|crept|creeps|shot|shoots|sped|speeds|accelerated|accelerates|picked|picks|surged|surges)\s+$/i.test(before);
  // "repayments of R18,000 or more", "30 days or less": a bound written after the number (or after what it counts);
  // "5000 or less than 6000" is two figures.
  // ("puts the figure at CHF94 million at most": or "at most", "at least" after the figure, when no number follows them.)
  const trailing = g.qual ? undefined : /^(?:\s+[\p{Ll}-]+)?\s+or\s+(?:(more|above|higher|greater|longer)|(less|fewer|below|lower|shorter))\b(?!\s+than\b)|^\s+at\s+(?:the\s+)?(?:(least)|(most))\b(?![\s,]+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|half|an?\s))/iu.exec(after);
  // ("turned over NZ$640 million": "over" of a phrasal verb is no bound.)
  const phrasal = /^over$/i.test(g.qual ?? "") && /\b(?:turned|turns|turn|turning|handed|hands|hand|handing|took|takes|take|taking|taken|signed|signs|sign|paid|pays|switched)\s+$/i.test(before);
  // ("a petition … filed by Shreeji Float Glass over ₹212 crore", "a row over $4 million": what a dispute is about, no floor.)
  // ("A dispute between the Nigerian Ports Authority (NPA) and Westgate Bulk Terminal Limited over $42.6 million": between whom, then over what.)
  const regarding = /^over$/i.test(g.qual ?? "") && (DISPUTE_OVER.test(before) || (DISPUTE.test(before) && /\p{Lu}[\p{L}.]*\s+$/u.test(before)) || DISPUTE_BETWEEN.test(text.slice(Math.max(0, start - 160), start)));
  // ("mining rights over 1,850 hectares", "control over 40% of the market": what a right or a hold covers, no floor.)
  const held = /^over$/i.test(g.qual ?? "") && /\b(?:rights|right|control|jurisdiction|sovereignty|ownership|authority|concessions?|title)\s+$/i.test(before);
  // ("They talk about 60 jobs": what people talk or worry about, no estimate.)
  const topic = /^about$/i.test(g.qual ?? "") && /\b(?:talk|talks|talking|talked|speak|speaks|spoke|speaking|worry|worries|worried|complain|complains|complained|care|cares|cared)\s+$/i.test(before);
  const qualifier = spanOfTime(g.qual, unit, before, after) || moved || phrasal || regarding || held || topic ? "exact" : trailing ? (trailing[1] || trailing[3] ? "at_least" : "at_most") : odd ? "about" : qualifierOf(g.qual);
  const last = trailing ? end + trailing[0].length : end;
  out.push({ start, end: last, text: text.slice(start, last), value, ...qualifierRange(qualifier, value), qualifier, unit });
}

/** "The peso closed at 1,452 per dollar": an exchange rate counts the currency the sentence is about. */
function exchangeRate(before: string, after: string): string | undefined {
  if (!/^\s+(?:per|a|to the|against the)\s+(?:U\.?S\.?\s+)?dollar\b/i.test(after)) return undefined;
  const named = /\b(pesos?|lira|liras|won|yen|rupees?|rand|naira|shillings?|ringgit|baht|rupiah|yuan|renminbi|dong|cedis?|kwacha|taka)\b(?:(?![.!?]\s)[\s\S]){0,80}$/i.exec(before)?.[1]?.toLowerCase();
  return named ? currencyCode(named) ?? currencyCode(`${named}s`) : undefined;
}

// ("is suing Bina Setia Jaya Sdn Bhd over 57 invoices": what a suit is about.)
const DISPUTE = /\b(?:petition|dispute|suit|lawsuit|claims?|row|case|complaint|fight|fought|fighting|battle|battling|standoff|wrangle|feud|clash|suing|sued|sues)\b/i;
const DISPUTE_OVER = new RegExp(`${DISPUTE.source}\\s+$`, "i");
const DISPUTE_BETWEEN = new RegExp(`${DISPUTE.source}\\s+between\\s+[^.;]{3,140}\\s+and\\s+[^.;]{2,80}?\\s+$`, "i");

/** A range written as its two ends, recorded at its midpoint. */
const between = (text: string, start: number, end: number, low: number, high: number, unit: string | undefined): Figure => ({ start, end, text: text.slice(start, end), value: scaled((low + high) / 2, 1), low, high, qualifier: "between", unit });

/**
 * The currency a figure counts hundredths of: "84 cents" of the local dollar (see localDollar), "18.4 HK cents" of the
 * one it names, "93 paisa" of the local rupee, "42 sen" of the ringgit, "48 agorot" of the shekel. ("68 cents on the euro", a bond's price per unit of face value, stays in cents.)
 */
/** Hundredths that bear a name of their own, and the currency each belongs to (ISO 4217's minor units). */
const NAMED_HUNDREDTHS: Record<string, string> = { seniti: "TOP", toea: "PGK", thebe: "BWP", tambala: "MWK", ngwee: "ZMW", lisente: "LSL", tetri: "GEL", luma: "AMD", laari: "MVR", satang: "THB" };
const NAMED_HUNDREDTH = new RegExp(`^\\s+(${Object.keys(NAMED_HUNDREDTHS).join("|")})\\b`, "i");

function hundredthOf(after: string, text: string, before: string): string | undefined {
  if (/^\s+(?:paisa|paise)\b/i.test(after)) return localRupee(text);
  // ("billing us at 48 agorot per kilowatt-hour": the shekel's hundredths.)
  if (/^\s+agorot\b/i.test(after)) return "ILS";
  // ("averaged 78 øre per kilowatt-hour": the Norwegian krone's hundredths, or the Danish one's in a Danish story; "öre", the Swedish krona's.)
  if (/^\s+øre(?![\p{L}])/iu.test(after)) return /\bDenmark|\bDanish|\bDKK\b/.test(text) && !/\bNorw|\bNOK\b/.test(text) ? "DKK" : "NOK";
  if (/^\s+öre(?![\p{L}])/iu.test(after)) return "SEK";
  // ("fell to 42 sen": a share price in hundredths of the ringgit, in a Malaysian story.)
  if (/^\s+sen\b/.test(after) && /\bRM\s?\d|\bringgit\b|\bMalaysia/.test(text)) return "MYR";
  // ("from 68 seniti to 56 seniti per kilowatt-hour": a hundredth with a name of its own names its currency.)
  const named = NAMED_HUNDREDTH.exec(after)?.[1]?.toLowerCase();
  if (named) return NAMED_HUNDREDTHS[named];
  // ("cut her price target to 48¢ from 70¢": the cent sign written onto the number, of the dollar the story's amounts are
  // written in, "A$0.41", else the local one.)
  if (/^¢/.test(after)) return /(?<![\p{L}])A\$\s?\d/u.test(text) ? "AUD" : /\bNZ\$\s?\d/.test(text) ? "NZD" : /(?<![\p{L}])C\$\s?\d/u.test(text) ? "CAD" : "USD";
  const cents = /^\s+(?:(HK|US|U\.S\.|NZ|A|S|C|NT|euro)\s+)?cents?\b/i.exec(after);
  if (!cents || /^\s+cents?\s+on\s+the\s+(?:dollar|euro|pound|krona|krone|franc|yen)\b/i.test(after)) return undefined;
  // ("38 cents per kilogram" in a Lithuanian story priced in euros: the euro's cents; "cut the price by 4 cents per liter"
  // in a story that says "46 euro cents" too, whatever dollars it converts to; "an offer of €0.85 per kilo (about $1.00)
  // … 'for 85 cents'": in copy that writes more euros than dollars, but not a conversion in brackets after a euro
  // amount, "€0.58 (about 68 cents)".)
  if (/^euro$/i.test(cents[1] ?? "") || (!cents[1] && ((/€|\bEUR\b|\beuros?\b/.test(text) && !/\$|\bdollars?\b/.test(text)) || /\beuro cents?\b/i.test(text) || (moreEurosThanDollars(text) && !EURO_THEN_BRACKET.test(before))))) return "EUR";
  if (cents[1] === "U.S.") return "USD";
  return cents[1] ? currencyCode(`${cents[1]}$`) ?? "USD" : "USD";
}

/**
 * The currency a figure counts thousandths of: "118 baisa" of the Omani rial, "250 fils" of the Bahraini, Kuwaiti or
 * Jordanian dinar (the Emirati dirham's fils are hundredths and stay with hundredthOf's cents).
 */
function thousandthOf(after: string, text: string): string | undefined {
  if (/^\s+baisa\b/i.test(after)) return "OMR";
  if (!/^\s+fils\b/i.test(after)) return undefined;
  return /\bBahrain/.test(text) ? "BHD" : /\bKuwait/.test(text) ? "KWD" : /\bJordan/.test(text) ? "JOD" : undefined;
}

/** "lost 13.8% over 68 weeks": "over" a length of time is the span measured, not "more than". */
/** ("had been waiting over 24 hours": after a verb of waiting or lasting it is "more than" again.) */
// ("not been paid for over 14 months": after "for", "over" is more than.)
// ("trams that are over 40 years old": nor is an age.)
const spanOfTime = (qual: string | undefined, unit: string | undefined, before: string, after: string) => /^over$/i.test(qual ?? "") && !/^(?:\s+[a-z]+)?\s+old\b/.test(after) && /^(?:hours?|days?|weeks?|months?|years?|seasons?)$/.test(unit ?? "") && !/\b(?:wait(?:ed|ing|s)?|last(?:ed|ing|s)?|took|taking|takes|spent|spending|stuck|stranded|delayed|for)\s+$/i.test(before);

const AREA_PLURAL: Record<string, string> = { foot: "feet", feet: "feet", metre: "metres", meter: "meters", mile: "miles", kilometre: "kilometres", kilometer: "kilometers", yard: "yards" };
/** "a 1.4-gigawatt farm", "a 48-hour strike": a number joined to its unit makes an adjective, and the unit is the joined word. */
function hyphenatedUnit(after: string): string | undefined {
  // "a 5-euro fee", "a 100-dollar bill": a currency word joined to the number is the currency.
  const money = /^-(\p{L}+)\b/u.exec(after)?.[1];
  if (money && currencyCode(money)) return currencyCode(money);
  // "a 720,000-square-foot tower": an area is counted in square units (written out in the plural, as annotators write them).
  // ("a 100-basis-point cut": counted in points.)
  if (/^-basis-points?\b/i.test(after)) return "points";
  // ("the 8-megawatt-hour battery system": an energy counted in a unit of two joined words.)
  const energy = /^-((?:kilo|mega|giga)?watt)-hours?\b/i.exec(after)?.[1];
  if (energy) return `${energy.toLowerCase()}-hours`;
  const area = /^-(square|cubic)-(foot|feet|metre|meter|mile|kilometre|kilometer|yard)\b/i.exec(after);
  if (area) return `${area[1]?.toLowerCase()} ${AREA_PLURAL[area[2]?.toLowerCase() ?? ""]}`;
  // "an 85-metre-tall chimney": the unit is the first joined word, an adjective may follow it.
  // ("a 5-foot wall": feet, the one unit whose plural is no added "s".)
  // ("a 60,000-tonne-a-year plant": or a rate, "a year", "per day".)
  const joined = /^-(\p{L}+)(?![\p{L}])(?:-(?:tall|high|long|wide|deep|old|thick|strong|a-(?:year|day|month)|per-(?:year|day|month))\b)?(?![\p{L}-])/u.exec(after)?.[1]?.toLowerCase();
  return joined === "foot" ? "feet" : joined;
}

/** "Passenger numbers fell sharply to about 9,000": a bare number that a count of something reached counts that thing. */
function measuredSubject(before: string): string | undefined {
  // ("Kutchan has a population of roughly 16,000": a population is counted in people.)
  if (/\bpopulation of\s+$/i.test(before)) return "people";
  // ("would cap daily hikers at roughly 1,100": a cap on a plural counts it.)
  const capped = /\b(?:cap|caps|capped|capping|limit|limits|limited|limiting)\s+(?:(?:the|daily|annual|weekly|total|its|their)\s+)?(?:[a-z-]+\s+)?([a-z]+s)\s+at\s+$/.exec(before)?.[1];
  if (capped && !MEASURED_IN_MONEY.test(capped)) return capped;
  // ("Members voted 312 to 41 against the plan": a vote's tally counts votes.)
  if (/\bvoted\s+(?:\d[\d,]*\s+(?:to|against)\s+)?$/.test(before)) return "votes";
  const m = /\b([a-z]+) (?:numbers|counts?|totals?)\b(?:[^.;!?]|\.\d)*\b(?:to|at|reached|hit)\s+$/i.exec(before);
  // ("the number of farms has dropped to fewer than 390,000, from more than 1 million" too.)
  // ("the number of people in the country can rise by more than 50,000": by how many, too.)
  // ("the number of microfinance organizations … has fallen from more than 100 … to 52": the noun after its modifiers.)
  // ("the number of roles affected would be no more than 95": or what the number would be.)
  const n = /\bnumber of (?:[a-z-]+\s+){0,2}?([a-z]+s|people)\b(?:[^.;!?]|\.\d)*\b(?:to|at|reached|hit|from|by|be|is|was|were)\s+$/i.exec(before);
  // ("emergency visits had risen by 14% in the first nine months, to about 31,500": a plural subject that moved to a
  // count is what is counted; prices, rates and sums are measured in money, not counted.)
  // ("arrivals rose 2.2 per cent in the first half of the year to about 92,000": a decimal point inside the rise too;
  // "visitor arrivals reaching more than 350,000": or the count the plural reached.)
  // ("Overnight stays in the Lavaux-Oron district rose 14 percent last year to about 310,000": the plural's place may
  // stand before the verb; "lorry movements would rise from about 38 a day to no more than 60": and a change still to come.)
  const moved = /\b(?!(?:has|was|is|does)\b)([a-z]+s)(?: (?:in|at|on|across|through) [^.;!?,\d]{1,40}?)? (?:(?:had|have|has|would|will|could|may|might|to) )?(?:risen|rose|rise|fallen|fell|fall|grown|grew|grow|climbed|climb|dropped|drop|increased|increase|decreased|declined)\b[^.;!?\d]*(?:\d(?:[^.;!?]|\.\d)*?)?,? (?:to|from)\s+$|\b(?!(?:has|was|is|does)\b)([a-z]+s) (?:reaching|reached|topping|topped|hitting)\s+$/i.exec(before);
  const plural = moved?.[1] ?? moved?.[2];
  const counted = plural && !MEASURED_IN_MONEY.test(plural) ? plural : undefined;
  return (m ?? n)?.[1]?.toLowerCase() ?? counted?.toLowerCase();
}

const MEASURED_IN_MONEY = /^(?:prices|shares|stocks|rates|yields|costs|sales|revenues|profits|earnings|tariffs|fares|wages|salaries|fees|bills|exports|imports|receipts|takings|rents|premiums|payments|charges|bonds|markets|indices|indexes|futures|values|levels|losses|deposits|savings|reserves|remittances|investments|assets|debts|arrears|taxes|duties)$/i;

/** "Of the affected vehicles, 204,600 were sold in Japan": the group named first is what is counted. */
function frontedPartitive(before: string): string | undefined {
  // ("Of the patients counted on trolleys, roughly 25": a participle's phrase may follow the noun.)
  return /\bOf\s+(?:the|its|their|these|those)\s+(?:[\p{Ll}-]+\s+)?(\p{Ll}+s)(?:\s+\p{Ll}+ed\b[^,.;]{0,40})?,\s+$/u.exec(before)?.[1];
}

/** "by 402 votes to 251": the second number shares the first one's counted noun. */
/** The qualifier words that may stand between "from"/"to" and a count in a change ("from about 18,000 to fewer than 11,500"). */
const APPROXIMATE = "about|around|roughly|nearly|almost|some|more than|fewer than|less than|over|under";
const NUMBER_OF_FROM = new RegExp(String.raw`\bnumber of (?:[a-z-]+\s+){0,2}?([a-z]+s)\b[^.;\d]{0,60}\bfrom\s+(?:(?:${APPROXIMATE})\s+)?$`);

function elidedUnit(before: string): string | undefined {
  // ("About 1,500 lawsuits are pending …, up from fewer than 200": a count compared with an earlier one counts its noun.)
  // ("the number of active growers has fallen from about 18,000": the count named before the change.)
  return /\d\s+([a-z]+)\s+(?:to|against)\s+$/.exec(before)?.[1] ?? /\d\s+([a-z]+s)\b[^.;\d]*\b(?:up|down)\s+from\s+$/.exec(before)?.[1] ?? NUMBER_OF_FROM.exec(before)?.[1];
}

/** "grow the team from 85 to roughly 200 people", "from 60 million to 80 million euros": the start of a change counts what its end counts. */
function rangeStartUnit(before: string, after: string): string | undefined {
  const end = /\bfrom\s+$/.test(before) ? RANGE_END_NOUN.exec(after) : null;
  const noun = end?.[1];
  // ("from 17 to 24 new Syrian pounds": a country's name opens only a currency's name, not "Chinese tourists".)
  if (end?.[2]) return currencyCode(end[2]);
  // ("raise the surcharge from 18 to 22 per cent".)
  if (noun && /^per\s?cent$/.test(noun)) return "percent";
  return noun && (currencyCode(noun) ?? noun);
}
// ("from 22,500 to 25,000 CFA francs": a currency's letters may open its name; "from 4,800 to 8,900 fattening pigs":
// a gerund may stand before the noun; "from 4,200 to 7,900 cubic metres a day": or a volume's or an area's word.)
const RANGE_END_NOUN = new RegExp(String.raw`^\s+to\s+(?:(?:${APPROXIMATE})\s+)?[\d,.]+(?:\s+(?:million|billion|thousand))?\s+(?:[a-z]+ing\s+(?=[a-z]+s\b)|(?:cubic|square)\s+)?(?:((?:CFA\s)?[a-z]+s|people|staff|children|per\s?cent)|(?:new\s)?(\p{Lu}\p{Ll}+\s[a-z]+s))(?![\p{L}])`, "u");

function inName(text: string, g: Record<string, string | undefined>, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  // ("Barcelona FC 3": a club's "FC" after its town is no Congolese franc.)
  if (/^FC/.test(g.cur ?? "") && /\p{Lu}[\p{L}.]*\s$/u.test(before)) return true;
  // ("children under 16 would be exempt", "anyone over 65": an age limit of a group of people.)
  if (/^(?:under|over|below|above)$/i.test(g.qual?.trim() ?? "") && !g.scale && /^\d{1,2}$/.test(g.num ?? "") && /\b(?:children|kids|minors|teenagers|teens|youngsters|pupils|anyone|those|people|passengers|visitors|residents|adults)\s+(?:aged\s+)?$/i.test(before) && !/^\s+(?:kg|kilo|pounds|lbs?|stone|cm|metres|meters|feet|inches|per\b)/.test(text.slice(end, end + 8))) return true;
  if (g.scale || g.cur || g.pct || g.curw || g.qual) return false;
  const after = text.slice(end, end + 40);
  // "Citizens Advice on 0808 223 1133": a phone number's groups are no quantities.
  if ((/^0\d{2,4}$/.test(g.num ?? "") && /^\s\d{3,4}\b/.test(after)) || (/\b0\d{2,4}(?:\s\d{3,4}){0,2}\s$/.test(before) && /^\d{3,4}$/.test(g.num ?? ""))) return true;
  // "Jonathan Baker, 32, of Columbus": an age between commas after a name.
  if (/\p{Lu}[\p{L}.'’-]*,\s$/u.test(before) && /^,/.test(after) && /^\d{1,3}$/.test(g.num ?? "")) return true;
  // "ages 19 and 22", "a 17-year-old": ages; "the 2300 block of": an address.
  if (/\b(?:ages?|aged)\s+(?:\d{1,3}(?:,\s*|\s+and\s+|\s+to\s+))*$/i.test(before) || /^-year-old/.test(after) || (/\bthe\s$/.test(before) && /^\s+block\s+of\b/.test(after))) return true;
  // "1119 Eighth St.", "3170 W. County Road 600S": a street number; "a 911 call" an emergency line.
  // ("told to call 911 for an ambulance": the number dialled.)
  const dialled = /\b(?:call|calling|called|dial|dialling|dialing|dialled|dialed|ring|phone)\s$/i.test(before);
  if (STREET_AFTER.test(after) || (/^(?:911|999|112|000|111)$/.test(g.num ?? "") && (EMERGENCY_NUMBER.test(after) || dialled))) return true;
  // ("Union No. 1 at Cerro Albo", "the No. 2 carrier": a number that names or ranks.)
  if (/\bNo\.\s?$/.test(before)) return true;
  // ("yesterday (16)", "on Tuesday (15)": the day of the month in brackets after a relative day.)
  if (/\b(?:yesterday|today|tomorrow|\p{L}+day)\s\($/iu.test(before) && /^\)/.test(after) && /^\d{1,2}$/.test(g.num ?? "")) return true;
  // ("gave Marianas Clinical 87.5 points overall": a score after a name is a count, no model's number.)
  if (/^\s+(?:points|votes|seats|marks)\b/.test(after)) return false;
  // ("\"Losing 85 jobs in a city of 22,000 …\"": a gerund opening a sentence, then a count of a plural noun, is no model's name.)
  const gerund = /(?:^|[.!?]\s+|["“]\s*)(?!Boeing\b)\p{Lu}\p{Ll}+ing\s$/u.test(before) && /^\s+\p{Ll}+s\b/u.test(after);
  return MODEL_AFTER.test(text.slice(end, end + 12)) || (NAME_BEFORE.test(before) && !MONTH_OR_DAY.test(before) && !gerund);
}

/** "in 2024", "since 1998", "10th": not quantities. A bare 4-digit number with no unit or scale is a year. */
function isYearOrOrdinal(text: string, g: Record<string, string | undefined>, start: number, end: number): boolean {
  if (/^(st|nd|rd|th)\b/i.test(text.slice(end))) return true;
  if (/^[:/]\d/.test(text.slice(end))) return true;
  // ("north of the 210 Freeway": a numbered road's number; "the U.S. Highway 281 corridor": after its kind too.)
  if (/^\s(?:Freeway|Highway|Motorway|Expressway|Parkway)\b/.test(text.slice(end, end + 12)) || /\b(?:Highway|Interstate|Freeway|Motorway)\s$/.test(text.slice(Math.max(0, start - 12), start))) return true;
  // ("which in 2023 won the G$28.6 billion contract": a year before the verb, no sum in the Korean won.)
  if (/^(?:19|20)\d\d$/.test(g.num ?? "") && /^won$/i.test(g.curw ?? "") && /^\s+(?:the|a|an|its|their|his|her|this|that|approval|re-?election)\b/i.test(text.slice(end, end + 16))) return true;
  // ("told to wait until at least 2031 for the connection", "investing €1.1 billion up to 2030 and": a year after a bound
  // and a word of time, when nothing counted follows it.)
  if (/^(?:19|20)\d\d$/.test(g.num ?? "") && !g.scale && !g.cur && !g.pct && !g.curw && (/^up to$/i.test(g.qual?.trim() ?? "") || (/^at least$/i.test(g.qual?.trim() ?? "") && /\b(?:until|till|wait|by|before|after|from|since)\s+$/i.test(text.slice(Math.max(0, start - 12), start)))) && !/^\s+(?:\p{Ll}+s|people|staff|children)\b/u.test(text.slice(end, end + 16))) return true;
  // ("before 7.30am": a clock time written with a point, as British copy does.)
  if (/^\.\d\d\s?(?:[ap]\.?m\b)/i.test(text.slice(end, end + 8))) return true;
  // "at 9 a.m. ET", "1010 GMT": a clock time.
  if (/^\s?(?:a\.m\.?|p\.m\.?|am\b|pm\b|GMT\b|UTC\b|ET\b|EST\b|EDT\b|BST\b|CET\b|CEST\b|JST\b|IST\b)/.test(text.slice(end, end + 6))) return true;
  // "until at least 2021": a qualified year is still a year when nothing is counted after it.
  const bare = !g.scale && !g.cur && !g.pct && !g.curw && (!g.qual || !/^\s+\p{Ll}/u.test(text.slice(end, end + 3)));
  // ("On a 2000-tonne crop": a unit joined by a hyphen measures; no year is a tonne.)
  const measured = /^-(?:tonnes?|tons?|hectares?|acres?|litres?|liters?|metres?|meters?|kilometres?|kilometers?|km|kg|head|megawatts?|MW)\b/.test(text.slice(end, end + 12));
  return bare && !measured && /^(1[89]|20)\d\d$/.test(g.num ?? "");
}
