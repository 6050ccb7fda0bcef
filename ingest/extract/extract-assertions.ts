import { Extraction } from "@/lib/schemas/extraction";
import { buildClaims } from "./claims/build-claims";
import { findDates } from "./dates/find-dates";
import { findEntities } from "./entities/resolve";
import { buildEvents } from "./events/build-events";
import { ExtractInput, type Extractor } from "./extractor";
import { findFigures } from "./figures/find-figures";
import { buildRelations } from "./relations/build-relations";
import { buildClaimsEs } from "./spanish/build-claims-es";
import { spanishEntityCopy } from "./spanish/entity-copy";
import { findDatesEs } from "./spanish/find-dates-es";
import { findFiguresEs } from "./spanish/find-figures-es";
import { ruleLanguage } from "./text/language";
import { splitSentences } from "./text/sentences";
import { withDoubleQuotes } from "./text/quote-marks";

export { entityKey } from "./entities/entity-key";
export type { Extractor } from "./extractor";

/**
 * The rule-based extractor: sentences and tokens (compromise), dates (chrono-node + news rules), figures, then
 * entities (lexicon + capitalised runs + context cues; given the money amounts, whose currency letters name no one),
 * then claims, events and relations built on them. Spanish copy (its language tag, or franc's finding) has its own
 * dates, figures and claims (spanish/). Pure and deterministic: the same text and publication instant
 * give the same output.
 */
export const extractAssertions: Extractor = (raw) => {
  const input = ExtractInput.parse(raw);
  // The rules read a copy whose single quotation marks are double ones (same offsets, text/quote-marks.ts).
  const written = input.text;
  const text = withDoubleQuotes(written);
  const sentences = splitSentences(text);
  const spanish = ruleLanguage(text, input.lang) === "es";
  const { dates, spans } = (spanish ? findDatesEs : findDates)(text, input.publishedAt);
  const figures = (spanish ? findFiguresEs : findFigures)(text, spans);
  const amounts = figures.filter((f) => f.unit && /^[A-Z]{3}$/.test(f.unit));
  const index = spanish ? spanishEntities(text, amounts) : findEntities(text, sentences, amounts);
  const claims = (spanish ? buildClaimsEs : buildClaims)({ text, sentences, index, figures, dates });
  const extraction = { entities: index.entities, claims, figures, dates, events: buildEvents(claims), relations: buildRelations(text, index, claims) };
  return Extraction.parse(text === written ? extraction : asWritten(extraction, written));
};

/** Entities of Spanish copy, found in a copy whose sentence-opening function words are in lower case; mentions shown as written. */
function spanishEntities(text: string, amounts: Parameters<typeof findEntities>[2]): ReturnType<typeof findEntities> {
  const copy = spanishEntityCopy(text);
  const index = findEntities(copy, splitSentences(copy), amounts);
  return copy === text ? index : { ...index, entities: index.entities.map((e) => ({ ...e, mentions: e.mentions.map((m) => ({ ...m, text: text.slice(m.start, m.end) })) })) };
}

/** What the rules read from the requoted copy, shown as the article is written: every span's text sliced again. */
function asWritten<X extends Pick<Extraction, "entities" | "claims" | "figures" | "dates">>(x: X, written: string): X {
  const shown = <T extends { start: number; end: number; text: string }>(s: T): T => ({ ...s, text: written.slice(s.start, s.end) });
  return {
    ...x,
    entities: x.entities.map((e) => ({ ...e, mentions: e.mentions.map(shown) })),
    claims: x.claims.map((c) => ({ ...c, quote: written.slice(c.start, c.end), before: written.slice(c.start - c.before.length, c.start), after: written.slice(c.end, c.end + c.after.length), figure: c.figure && shown(c.figure), date: c.date && shown(c.date) })),
    figures: x.figures.map(shown),
    dates: x.dates.map(shown),
  };
}
