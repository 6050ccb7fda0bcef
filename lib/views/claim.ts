import { z } from "zod";

export const EntityRef = z.object({ id: z.string(), name: z.string(), type: z.string() });
export type EntityRef = z.infer<typeof EntityRef>;

export const FigureView = z.object({
  value: z.number(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  unit: z.string().nullable(),
  qualifier: z.string().nullable(),
  text: z.string().nullable(),
});
export type FigureView = z.infer<typeof FigureView>;

/** One claim as a reader sees it: who said what, where, when, with its exact quote and offsets. */
export const ClaimView = z.object({
  id: z.string(),
  quote: z.string(),
  start: z.number(),
  end: z.number(),
  predicate: z.string(),
  polarity: z.string(),
  speechAct: z.string().nullable(),
  speaker: EntityRef.nullable(),
  speakerText: z.string().nullable(),
  subject: EntityRef.nullable(),
  objects: z.array(EntityRef),
  figure: FigureView.nullable(),
  /** When the claimed thing happened (a calendar day), as opposed to reportedAt. */
  date: z.string().nullable(),
  dateText: z.string().nullable(),
  /** When the article carrying the claim was published (or fetched). */
  reportedAt: z.string().nullable(),
  article: z.object({ id: z.string(), title: z.string(), url: z.string(), publishedAt: z.string().nullable() }),
  source: z.object({ id: z.string(), name: z.string() }),
});
export type ClaimView = z.infer<typeof ClaimView>;
