import { data } from "currency-codes";

/**
 * ISO 4217 as the currency-codes package ships it (MIT; the ISO list itself), so that an amount in a currency no
 * hand-written rule names still gets its code: "AMD 85,000", "12,000 Armenian drams", "450 tala", "3,200 denars".
 * The hand-written tables in units.ts answer first: they hold the signs and the local words ISO does not.
 */
export const ISO_RECORDS = data.filter((c) => (!c.code.startsWith("X") || ["XOF", "XAF", "XCD", "XPF"].includes(c.code)) && !/\b(?:Fund|Unidad|Unit|Mvdol|WIR|Bond|Transactions)\b/i.test(c.currency));
/** ("25,000 KMF", "5 million EUR": a code in capitals after the amount; written so, even "ALL" or "TOP" is the currency.) */
export const ISO_CODES: ReadonlySet<string> = new Set(ISO_RECORDS.map((c) => c.code));

/**
 * The ISO codes that the English dictionary (entities/dictionary.ts) also holds: "TOP 10" and "ALL 3" are no money.
 * Written out, not read from the dictionary here, because every CLI command loads the figure rules and the
 * dictionary is a 274k-word file read on first use; iso-currencies.test.ts checks the list against it.
 */
export const DICTIONARY_CODES: ReadonlySet<string> = new Set(["ALL", "ARS", "BAM", "BOB", "CAD", "COP", "CUP", "DOP", "ERN", "GEL", "GIP", "MAD", "MOP", "PEN", "RUB", "SAR", "SOS", "TOP", "TRY"]);
/** Codes that are words but that copy writes before amounts all the same ("TRY 40", "CAD 1.2 million", "MAD 300", "MOP38,000", "SOS 500,000"). */
const WRITTEN_BEFORE_AMOUNTS = new Set(["TRY", "CAD", "SAR", "MAD", "COP", "PEN", "ARS", "GEL", "MOP", "SOS"]);

/** Codes written before an amount ("MKD 1.2 million"). */
export const ISO_PREFIX_CODES: readonly string[] = ISO_RECORDS.map((c) => c.code).filter((c) => !DICTIONARY_CODES.has(c) || WRITTEN_BEFORE_AMOUNTS.has(c));

const plain = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase().replace(/[’`]/g, "'");

/**
 * Currency names written after an amount, as ISO writes them, each with a plural in "s": "armenian dram", "liberian
 * dollar", "tala", "denar". (A bare last word of a longer name adds nothing: the ones no other currency shares and no
 * English word holds are fragments like "omani" or "bceao".) Names with a bracketed note ("US Dollar (Next day)") are
 * market instruments, not money in the news.
 */
export const ISO_CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(
  ISO_RECORDS.filter((c) => !c.currency.includes("(")).flatMap((c) => [[plain(c.currency), c.code], [`${plain(c.currency)}s`, c.code]] as Array<[string, string]>),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The same names as one alternation, longest first, for the figure patterns. */
export const ISO_CURRENCY_SUFFIX = [...ISO_CURRENCY_WORDS.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
/** The names of two words or more ("syrian pounds", "turkish lira"): the ones a redenominated currency's "new" may stand before. */
export const ISO_NATIONAL_SUFFIX = [...ISO_CURRENCY_WORDS.keys()].filter((n) => n.includes(" ")).sort((a, b) => b.length - a.length).map(escape).join("|");
