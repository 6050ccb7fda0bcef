import type { Extraction } from "@/lib/schemas/extraction";
import { entityKey } from "../entities/entity-key";
import type { Sentence } from "../text/sentences";
import type { GoldArticle } from "./gold-schema";

export type Counts = { tp: number; fp: number; fn: number };
/** Counts plus the unmatched keys themselves, for `--errors`. */
export type Detail = Counts & { missed: string[]; spurious: string[] };
export const FIELDS = ["entities", "speakers", "figures", "dates", "claims"] as const;
export type Field = (typeof FIELDS)[number];

/** Multiset overlap: each gold key can be matched once. */
function compare(gold: string[], got: string[]): Detail {
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  const spurious: string[] = [];
  for (const k of got) {
    const n = left.get(k) ?? 0;
    if (n > 0) left.set(k, n - 1);
    else spurious.push(k);
  }
  const missed = [...left].flatMap(([k, n]) => Array<string>(n).fill(k));
  const tp = got.length - spurious.length;
  return { tp, fp: spurious.length, fn: gold.length - tp, missed, spurious };
}

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
/**
 * A date is right when the day and the expression are: whether a span keeps "on"/"from"/"before"/"for", a possessive
 * "'s", "late on", "later" or "as of" before a weekday, "night" or the year named after the day ("March 3 last year": the gold writes it both ways) is a convention,
 * not an error; the day itself must still be the right year's.
 */
const dateText = (t: string) => norm(t).replace(/^(?:late|early|later)\s+(?=on\s|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/, "").replace(/^(?:on|from|until|by|before|for|since|starting|as of)\s+/, "").replace(/['’]s$/, "").replace(/\s+(?:morning|afternoon|evening|night)$/, "").replace(/,?\s+(?:last|next) year$/, "");
/** The counted thing is the head noun ("crew members" -> member), as the extractor records it; compounds are a convention. */
/** (A rate counts what stands before "per", or before "a" or "an": "micrograms per cubic meter" -> microgram, "litres a second" -> litre.) */
const unit = (u?: string) => {
  // "inches" and "inch", "boxes" and "box", "stories" and "story": the plural's "es" goes too.
  const head = ((u ?? "").toLowerCase().split(/\s+(?:per|an?)\s+/)[0] ?? "").split(/[\s_]+/).at(-1)?.replace(/(?<=(?:ch|sh|x|ss))es$/, "").replace(/(?<=\p{L}{2})ies$/u, "y").replace(/s$/, "") ?? "";
  return ABBREVIATED[head] ?? head;
};
/** "mm" and "millimetres", "°C" and "degrees" are one unit: annotators write either, so both sides are compared written out (US spelling). */
const ABBREVIATED: Record<string, string> = { mw: "megawatt", gw: "gigawatt", kw: "kilowatt", kwh: "kilowatt-hour", mwh: "megawatt-hour", gwh: "gigawatt-hour", twh: "terawatt-hour", celsiu: "degree", fahrenheit: "degree", mm: "millimeter", millimetre: "millimeter", cm: "centimeter", centimetre: "centimeter", km: "kilometer", kilometre: "kilometer", kg: "kilogram", mg: "milligram", "km/h": "kph", metre: "meter", ha: "hectare" };

/** Per-field counts for one article. Claims and speakers are keyed by the sentence that holds them. */
export function scoreArticle(gold: GoldArticle, text: string, sentences: Sentence[], x: Extraction): Record<Field, Detail> {
  const sentenceOf = (at: number) => sentences.findIndex((s) => at >= s.start && at < s.end);
  // (A fragment opening with the quotation mark is found by its first word: where a sentence starts, before or after
  // the mark, is the splitter's convention, not an error.)
  const goldSentence = (frag: string) => sentenceOf(text.indexOf(frag) + (/^[\s"“”'‘’(]*/.exec(frag)?.[0].length ?? 0));
  // An entity named after its canonical form ("United Kingdom") matches the gold's surface form ("Britain") when that is one of its aliases.
  const goldKeys = new Set(gold.entities.map((e) => `${entityKey(e.name)}|${e.type}`));
  const keyOf = (e: Extraction["entities"][number]) => [e.name, ...e.aliases].map((n) => entityKey(n)).find((k) => goldKeys.has(`${k}|${e.type}`)) ?? entityKey(e.name);
  // (A speaker is compared by who it is: an alias the gold names counts whatever type either side gave the entity.)
  const goldNames = new Set(gold.entities.map((e) => entityKey(e.name)));
  const speakerName = (e: Extraction["entities"][number]) => {
    const typed = keyOf(e);
    return goldKeys.has(`${typed}|${e.type}`) ? typed : [e.name, ...e.aliases].map((n) => entityKey(n)).find((k) => goldNames.has(k)) ?? typed;
  };
  const names = new Map(x.entities.map((e) => [e.id, speakerName(e)]));
  // (A described speaker's leading "the" is a span convention: "the Faroese government" and "Faroese government" are one.)
  const described = (s: string) => norm(s).replace(/^the\s+/, "");
  const goldSpeaker = (s: string) => (gold.entities.some((e) => e.name === s) ? entityKey(s) : described(s));
  const goldSpeakers = dedupe(gold.claims.filter((c) => c.speaker).map((c) => `${goldSentence(c.in)}|${goldSpeaker(c.speaker ?? "")}`));
  // A described speaker carries both the words ("a company spokesperson") and the body they speak for (the company);
  // annotators write one or the other, so the one the gold uses is the one compared.
  const speakerKey = (at: number, id?: string, txt?: string) => {
    const byId = `${sentenceOf(at)}|${id ? names.get(id) ?? "" : txt ? described(txt) : ""}`;
    const byText = txt ? `${sentenceOf(at)}|${described(txt)}` : byId;
    return goldSpeakers.includes(byId) || !goldSpeakers.includes(byText) ? byId : byText;
  };
  return {
    entities: compare(gold.entities.map((e) => `${entityKey(e.name)}|${e.type}`), x.entities.map((e) => `${keyOf(e)}|${e.type}`)),
    figures: compare(gold.figures.filter(inScope).map((f) => `${f.value}|${f.qualifier}|${unit(f.unit)}`), x.figures.map((f) => `${f.value}|${f.qualifier}|${unit(f.unit)}`)),
    // Each day-expression counts once: annotators list a repeated "on Tuesday" once or twice, as they please.
    dates: compare(dedupe(gold.dates.map((d) => `${d.date}|${dateText(d.text)}`)), dedupe(x.dates.map((d) => `${d.date}|${dateText(d.text)}`))),
    speakers: compare(goldSpeakers, dedupe(x.claims.filter((c) => c.speakerId || c.speakerText).map((c) => speakerKey(c.start, c.speakerId, c.speakerText)))),
    claims: compare(
      dedupe(gold.claims.map((c) => `${goldSentence(c.in)}|${c.predicate}|${c.polarity}`)),
      dedupe(x.claims.map((c) => `${sentenceOf(c.start)}|${c.predicate}|${c.polarity}`)),
    ),
  };
}

/**
 * Figures are numbers written with digits or with a scale word (ingest/extract/README.md: "five injuries" is not a
 * figure). One annotators' guide left that out, and its batch lists "two weeks" and "three states"; those are out of
 * the extractor's scope, so they are not scored, whoever wrote them.
 */
const inScope = (f: GoldArticle["figures"][number]) => /\d|\b(?:thousand|million|billion|trillion|lakh|crore)\b/i.test(f.text);

const dedupe = (xs: string[]) => [...new Set(xs)];

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}
