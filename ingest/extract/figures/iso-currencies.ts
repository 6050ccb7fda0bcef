import { data } from "currency-codes";
import { isDictionaryWord } from "../entities/dictionary";

/**
 * ISO 4217 as the currency-codes package ships it (MIT; the ISO list itself), so that an amount in a currency no
 * hand-written rule names still gets its code: "AMD 85,000", "12,000 Armenian drams", "450 tala", "3,200 denars".
 * The hand-written tables in units.ts answer first: they hold the signs and the local words ISO does not.
 */
const CURRENCIES = data.filter((c) => (!c.code.startsWith("X") || ["XOF", "XAF", "XCD", "XPF"].includes(c.code)) && !/\b(?:Fund|Unidad|Unit|Mvdol|WIR|Bond|Transactions)\b/i.test(c.currency));

/**
 * Codes written before an amount ("MKD 1.2 million"), all but those that are also English words: "TOP 10", "ALL 3"
 * and "CUP 4" are no Tongan, Albanian or Cuban money.
 */
export const ISO_PREFIX_CODES: readonly string[] = CURRENCIES.map((c) => c.code).filter((c) => !isDictionaryWord(c));

const plain = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase().replace(/[’`]/g, "'");
const lastWord = (name: string) => plain(name).split(" ").at(-1) ?? "";
const lastWordCount = new Map<string, number>();
for (const c of CURRENCIES) lastWordCount.set(lastWord(c.currency), (lastWordCount.get(lastWord(c.currency)) ?? 0) + 1);

/**
 * Currency names written after an amount, each with a plural in "s": the full ISO name ("armenian dram", "moldovan
 * leu"), and its last word alone when no other currency ends in it and it is no English word ("tala", "vatu", "denar",
 * "dalasi"; not "dram", "mark" or "kip", which the full name still covers, nor "manat" or "leu", which two countries share).
 */
export const ISO_CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(
  CURRENCIES.flatMap((c) => {
    const full = plain(c.currency);
    const last = lastWord(c.currency);
    const names = [full, ...(full !== last && lastWordCount.get(last) === 1 && !isDictionaryWord(last) ? [last] : [])];
    return names.filter((n) => n.length >= 3).flatMap((n) => [[n, c.code], [`${n}s`, c.code]] as Array<[string, string]>);
  }),
);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The same names as one alternation, longest first, for the figure patterns. */
export const ISO_CURRENCY_SUFFIX = [...ISO_CURRENCY_WORDS.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
