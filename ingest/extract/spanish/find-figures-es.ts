import type { Figure } from "@/lib/schemas/extraction";
import { localPeso } from "../figures/local-currency";
import { qualifierRange } from "../figures/qualifiers";

type Span = { start: number; end: number };
type Qualifier = Figure["qualifier"];

/** Spanish qualifiers, longest first, and the English qualifier each one is. */
const QUALIFIERS_ES: Array<[string, Qualifier]> = [
  ["alrededor de", "about"], ["cerca de", "about"], ["en torno a", "about"], ["aproximadamente", "about"], ["unos", "about"], ["unas", "about"], ["casi", "about"], ["poco más de", "over"], ["algo más de", "over"],
  ["más de", "over"], ["superan? (?:los|las|el|la)", "over"], ["superaba (?:los|las)", "over"], ["superior(?:es)? a", "over"], ["por encima de", "over"],
  ["menos de", "under"], ["inferior(?:es)? a", "under"], ["por debajo de", "under"], ["al menos", "at_least"], ["por lo menos", "at_least"], ["como mínimo", "at_least"],
  ["hasta", "at_most"], ["un máximo de", "at_most"], ["como máximo", "at_most"],
];
const QUALIFIER = QUALIFIERS_ES.map(([w]) => w).join("|");
/** Currency words after an amount ("640 millones de pesos"), by ISO code; "pesos" is the peso of the country the copy names. */
const CURRENCY_WORDS: Record<string, string> = { dólares: "USD", euros: "EUR", reales: "BRL", soles: "PEN", bolivianos: "BOB", guaraníes: "PYG", colones: "CRC", quetzales: "GTQ", lempiras: "HNL", córdobas: "NIO", libras: "GBP", yuanes: "CNY" };
const SIGNS: Record<string, string> = { "US$": "USD", "U$S": "USD", "R$": "BRL", "€": "EUR", "£": "GBP" };
const SCALES: Record<string, number> = { mil: 1e3, millón: 1e6, millones: 1e6, "mil millones": 1e9, billón: 1e12, billones: 1e12 };
/**
 * One amount as Spanish copy writes it: a qualifier, a sign, digits grouped with points or commas (Argentina writes
 * "22.000" and "4,2%", Mexico "1,900" and "9.5%"), a scale word, then "%", a currency or the counted noun.
 */
const FIGURE_ES = new RegExp(
  String.raw`(?<![\p{L}\d.,$])(?:(?<qual>${QUALIFIER})\s+)?(?<sign>US\$|U\$S|R\$|\$|€|£)?\s?(?<num>\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\d:])(?:\s+(?<scale>mil millones|millones|millón|mil|billones|billón)\b)?(?:\s*(?<pct>%|por ciento\b))?(?<tail>\s+(?:de\s+)?(?<word>\p{Ll}+))?`,
  "giu",
);
/** Words after a number that name no counted thing: articles, prepositions, verbs of a clause. */
const NOT_A_NOUN = /^(?:de|del|la|el|los|las|en|por|y|o|a|al|que|para|con|sin|se|su|sus|un|una|es|son|fue|era|más|menos|entre|sobre|desde|hasta|como|ya|no|lo|le|les|mientras|según|tras|frente|contra|cada|este|esta|estos|estas|ese|esa|a\.?m|p\.?m|horas?)$/;
const YEAR = /^(?:19|20)\d\d$/;

/** "22.000" and "1,900" are thousands, "4,2" and "9.5" decimals: a separator before exactly three digits groups them. */
export function spanishNumber(raw: string): number {
  const seps = raw.match(/[.,]/g) ?? [];
  if (!seps.length) return Number(raw);
  const last = raw.search(/[.,]\d+$/);
  const tail = raw.slice(last + 1);
  const decimalAtEnd = tail.length !== 3 || (seps.length > 1 && seps.at(-1) !== seps[0]);
  const whole = (decimalAtEnd ? raw.slice(0, last) : raw).replace(/[.,]/g, "");
  return Number(decimalAtEnd ? `${whole}.${tail}` : whole);
}

/** Figures in Spanish copy (money, percentages, counts), the spans of days in `exclude` left out. */
export function findFiguresEs(text: string, exclude: Span[]): Figure[] {
  const figures: Figure[] = [];
  let peso: string | undefined;
  for (const m of text.matchAll(FIGURE_ES)) {
    const g = m.groups ?? {};
    const num = g.num ?? "";
    const numAt = m.index + m[0].indexOf(num, (g.qual?.length ?? 0) + (g.sign?.length ?? 0));
    if (exclude.some((x) => numAt >= x.start && numAt < x.end)) continue;
    // ("Ruta Nacional 14", "Artículo 5": a number after a capitalised word is part of a name.)
    if (!g.qual && !g.sign && /\p{Lu}[\p{L}.]*\s$/u.test(text.slice(Math.max(0, numAt - 20), numAt))) continue;
    // ("a las 10", "en 2025": an hour or a year counts nothing.)
    if (!g.sign && !g.scale && !g.pct && (YEAR.test(num) || /\b(?:las|la)\s+$/i.test(text.slice(Math.max(0, numAt - 5), numAt)))) continue;
    let unit: string | undefined;
    let end = m.index + m[0].length;
    const word = g.word?.toLowerCase();
    const currencyWord = word && (word === "pesos" ? (peso ??= localPeso(text)) : CURRENCY_WORDS[word]);
    if (g.pct) unit = "percent";
    else if (currencyWord) unit = currencyWord;
    else if (g.sign) unit = SIGNS[g.sign] ?? (peso ??= localPeso(text));
    else if (word && !NOT_A_NOUN.test(word)) unit = word;
    // (The counted word is shown only when it is the unit: "$310 por kilo" ends at the amount.)
    if (g.tail && !(unit === word || currencyWord)) end -= g.tail.length;
    if (!unit && !g.scale && !g.qual) continue;
    const value = spanishNumber(num) * (g.scale ? SCALES[g.scale.toLowerCase()] ?? 1 : 1);
    const qualifier = QUALIFIERS_ES.find(([w]) => new RegExp(`^(?:${w})$`, "i").test(g.qual ?? ""))?.[1] ?? "exact";
    figures.push({ start: m.index, end, text: text.slice(m.index, end), value, qualifier, ...qualifierRange(qualifier, value), ...(unit ? { unit } : {}) });
  }
  return figures;
}
