import { Extraction } from "@/lib/schemas/extraction";
import { buildClaims } from "./claims/build-claims";
import { findDates } from "./dates/find-dates";
import { findEntities } from "./entities/resolve";
import { buildEvents } from "./events/build-events";
import { ExtractInput, type Extractor } from "./extractor";
import { findFigures } from "./figures/find-figures";
import { buildRelations } from "./relations/build-relations";
import { splitSentences } from "./text/sentences";

export { entityKey } from "./entities/entity-key";
export type { Extractor } from "./extractor";

/**
 * The rule-based extractor: sentences and tokens (compromise), entities (lexicon + capitalised runs +
 * context cues), figures, dates (chrono-node + news rules), then claims, events and relations built on them.
 * Pure and deterministic: the same text and publication instant give the same output.
 */
export const extractAssertions: Extractor = (raw) => {
  const input = ExtractInput.parse(raw);
  const { text } = input;
  const sentences = splitSentences(text);
  const { dates, spans } = findDates(text, input.publishedAt);
  const figures = findFigures(text, spans);
  const index = findEntities(text, sentences, figures.filter((f) => f.unit && /^[A-Z]{3}$/.test(f.unit)));
  const claims = buildClaims({ text, sentences, index, figures, dates });
  return Extraction.parse({
    entities: index.entities,
    claims,
    figures,
    dates,
    events: buildEvents(claims),
    relations: buildRelations(text, index, claims),
  });
};
