import { z } from "zod";
import { IsoDate, Span } from "./common";

export const EntityType = z.enum(["ORG", "PERSON", "PRODUCT", "GOV", "MEDIA", "PLACE"]);
export type EntityType = z.infer<typeof EntityType>;

export const Mention = Span.extend({ text: z.string() });
export type Mention = z.infer<typeof Mention>;

export const ExtractedEntity = z.object({
  /** Local id, stable for the same name and type: "ent_" + hash(type + normalised key). */
  id: z.string(),
  name: z.string().min(1),
  type: EntityType,
  aliases: z.array(z.string()),
  mentions: z.array(Mention),
});
export type ExtractedEntity = z.infer<typeof ExtractedEntity>;

export const Figure = Span.extend({
  text: z.string(),
  /** Best single value (e.g. 25000 for "approximately 25,000"). */
  value: z.number(),
  /** Range the wording allows: "over 28 million" -> low 28e6, high undefined. */
  low: z.number().optional(),
  high: z.number().optional(),
  qualifier: z.enum(["exact", "about", "over", "under", "at_least", "at_most", "between"]),
  /** What is counted: "accounts", "interactions", "percent", "USD", ... */
  unit: z.string().optional(),
});
export type Figure = z.infer<typeof Figure>;

export const DateRef = Span.extend({
  text: z.string(),
  /** Resolved calendar day in the article's time zone. */
  date: IsoDate,
  /** "absolute" when written out, "relative" when resolved from context ("the following day"). */
  kind: z.enum(["absolute", "relative"]),
});
export type DateRef = z.infer<typeof DateRef>;

export const Claim = Span.extend({
  id: z.string(),
  /** Exact sentence text: equals article.text.slice(start, end). */
  quote: z.string(),
  /** Up to ~40 characters of context either side, to find the quote again after edits. */
  before: z.string(),
  after: z.string(),
  speakerId: z.string().optional(),
  /** The speaker as written when it is not an entity ("an insider at Alibaba"). */
  speakerText: z.string().optional(),
  speechAct: z.string(),
  subjectId: z.string().optional(),
  objectIds: z.array(z.string()),
  /** Normalised predicate in snake_case: bans, operated_accounts, interactions, removes, blocks, restricts_sales, explains ... */
  predicate: z.string(),
  polarity: z.enum(["positive", "negative"]),
  figure: Figure.optional(),
  date: DateRef.optional(),
});
export type Claim = z.infer<typeof Claim>;

export const EventKind = z.enum(["ban", "block", "removal", "announcement", "restriction", "discovery", "confirmation", "accusation", "recall", "launch", "fine", "lawsuit", "acquisition", "layoff", "investigation", "other"]);
export const ExtractedEvent = z.object({
  id: z.string(),
  kind: EventKind,
  date: IsoDate.optional(),
  dateText: z.string().optional(),
  entityIds: z.array(z.string()),
  claimIds: z.array(z.string()),
});
export type ExtractedEvent = z.infer<typeof ExtractedEvent>;

export const RelationType = z.enum(["BANS", "BLOCKS", "ACCUSES", "AFFILIATED_WITH", "MAKES", "RESTRICTS", "REPORTS_ON", "DENIES"]);
export const ExtractedRelation = z.object({
  type: RelationType,
  fromId: z.string(),
  toId: z.string(),
  claimIds: z.array(z.string()),
});
export type ExtractedRelation = z.infer<typeof ExtractedRelation>;

/** Everything the rule-based (or any future) extractor asserts about one article's text. */
export const Extraction = z.object({
  entities: z.array(ExtractedEntity),
  claims: z.array(Claim),
  figures: z.array(Figure),
  dates: z.array(DateRef),
  events: z.array(ExtractedEvent),
  relations: z.array(ExtractedRelation),
});
export type Extraction = z.infer<typeof Extraction>;
