import { z } from "zod";

/** One hand-annotated article: the text file (or a corpus id read by the bench only) and what should be found in it. */
export const GoldArticle = z.object({
  id: z.string(),
  file: z.string().optional(),
  corpusId: z.string().optional(),
  publishedAt: z.string(),
  split: z.enum(["tune", "heldout"]),
  /** The round a held-out article was written in (none is round 1); reported as heldout-<batch>, or wire-<batch> for corpus pages. The rounds and their articles are listed in ../README.md. */
  batch: z.string().optional(),
  entities: z.array(z.object({ name: z.string(), type: z.string() })),
  figures: z.array(z.object({ text: z.string(), value: z.number(), qualifier: z.string(), unit: z.string().optional() })),
  dates: z.array(z.object({ text: z.string(), date: z.string() })),
  /** `in`: a fragment of the sentence that carries the claim; speaker: entity name or descriptor, null for the outlet. */
  claims: z.array(z.object({ in: z.string(), predicate: z.string(), polarity: z.enum(["positive", "negative"]), speaker: z.string().nullable() })),
});
export type GoldArticle = z.infer<typeof GoldArticle>;
