import nlp from "compromise";

const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, tr: 1e12, trn: 1e12,
  // Malaysian papers' "RM380mil", "RM1.2bil".
  mil: 1e6, bil: 1e9,
  dozen: 12, hundred: 100,
  // ("more than a hundred billion kip", "two hundred thousand people": a hundred of a scale is one scale.)
  "hundred thousand": 1e5, "hundred million": 1e8, "hundred billion": 1e11,
  // Indian English: a lakh is 100,000 and a crore ten million ("1.4 crore people").
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
  // ("Rs 2 lakh crore": a lakh of crores, a trillion.)
  "lakh crore": 1e12,
};

export const SCALE_WORDS = "hundred thousand|hundred million|hundred billion|trillion|billion|million|thousand|hundred|dozen|crores?|lakh crore|lakhs?|mln|bn|mn|trn(?![\\p{L}])|tn|tr(?![\\p{L}])|mil(?![\\p{L}])|bil(?![\\p{L}])|[mbk](?![\\p{L}$])";
export const NUMBER_WORDS =
  "(?:a quarter of an?|three[- ]quarters of an?|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|half a)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))";
/** ("450 000 cubic metres": Southern African and SI style groups thousands with a space; "400 737 MAX jets" are two numbers.) */
/** ("US$18,6 million", "a 12,7% rise": Zimbabwean and Southern African papers write a decimal comma; one or two digits after it, before a scale word or a percentage.) */
export const DIGITS = "(?:\\d{1,3},\\d{1,2}(?=\\s?(?:million|billion|trillion|mn|bn|m|b)\\b|\\s?%|\\s(?:per\\s?cent|percent)\\b)|\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d]|[,.]\\d|\\s(?:max|neo|dreamliner)\\b)|\\d+)(?:\\.\\d+)?";

/** "25,000" -> 25000, "450 000" -> 450000: digits with their thousands separators (commas or spaces) taken out. */
export const ungrouped = (digits: string) => Number(digits.replace(/[, \u00a0\u202f]/g, ""));

/** "25,000" -> 25000, "28.8" -> 28.8; written numbers go through compromise's number parser ("twenty-five" -> 25). */
export function parseNumeral(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  if (/^\d{1,3},\d{1,2}$/.test(s)) return Number(s.replace(",", "."));
  if (/^\d[\d,. \u00a0\u202f]*$/.test(s)) {
    const n = ungrouped(s);
    return Number.isFinite(n) ? n : null;
  }
  if (s === "a" || s === "an") return 1;
  if (s === "half a") return 0.5;
  if (/^a quarter of an?$/.test(s)) return 0.25;
  if (/^three[- ]quarters of an?$/.test(s)) return 0.75;
  const got = nlp(s).numbers().get() as unknown[];
  return typeof got[0] === "number" ? got[0] : null;
}

export function scaleOf(word: string | undefined): number {
  return word ? SCALES[word.toLowerCase()] ?? 1 : 1;
}

/** Floating-point safe product: 28.8 * 1e6 is 28799999.999999996 otherwise. */
export function scaled(n: number, scale: number): number {
  return Number((n * scale).toPrecision(12));
}
