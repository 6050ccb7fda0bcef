import { Extraction } from "@/lib/schemas/extraction";
import { buildClaims } from "./claims/build-claims";
import { findDates } from "./dates/find-dates";
import { findEntities } from "./entities/resolve";
import { buildEvents } from "./events/build-events";
import { ExtractInput, type Extractor } from "./extractor";
import { findFigures } from "./figures/find-figures";
import { buildRelations } from "./relations/build-relations";
import { splitSentences } from "./text/sentences";
import { withDoubleQuotes } from "./text/quote-marks";

export { entityKey } from "./entities/entity-key";
export type { Extractor } from "./extractor";

/**
 * The rule-based extractor: sentences and tokens (compromise), entities (lexicon + capitalised runs +
 * context cues), figures, dates (chrono-node + news rules), then claims, events and relations built on them.
 * Pure and deterministic: the same text and publication instant give the same output.
 */
export const extractAssertions: Extractor = (raw) => {
  const input = ExtractInput.parse(raw);
  // The rules read a copy whose single quotation marks are double ones (same offsets); what is shown is sliced
  // from the article as written.
  const written = input.text;
  const text = withDoubleQuotes(written);
  // (Only where marks were read differently: a mention's text is otherwise the name as the rules wrote it.)
  const shown = <T extends { start: number; end: number; text: string }>(x: T): T => (text === written ? x : { ...x, text: written.slice(x.start, x.end) });
  const sentences = splitSentences(text);
  const { dates, spans } = findDates(text, input.publishedAt);
  const figures = findFigures(text, spans);
  const index = findEntities(text, sentences, figures.filter((f) => f.unit && /^[A-Z]{3}$/.test(f.unit)));
  const claims = buildClaims({ text, sentences, index, figures, dates });
  return Extraction.parse({
    entities: index.entities.map((e) => ({ ...e, mentions: e.mentions.map(shown) })),
    claims: claims.map((c) => ({ ...c, quote: written.slice(c.start, c.end), before: written.slice(c.start - c.before.length, c.start), after: written.slice(c.end, c.end + c.after.length), figure: c.figure && shown(c.figure), date: c.date && shown(c.date) })),
    figures: figures.map(shown),
    dates: dates.map(shown),
    events: buildEvents(claims),
    relations: buildRelations(text, index, claims),
  });
};
