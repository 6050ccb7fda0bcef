import { z } from "zod";

/** One hand-annotated article: the text file (or a corpus id read by the bench only) and what should be found in it. */
export const GoldArticle = z.object({
  id: z.string(),
  file: z.string().optional(),
  corpusId: z.string().optional(),
  publishedAt: z.string(),
  split: z.enum(["tune", "heldout"]),
  /** The round a held-out article was written in: none for 06-10, "2" for 11-16, "3" for 17-22, "4" for 23-28, "5" for 29-32, "6" for 33-40, "7" for 41-48, "8" for 49-56, "9" for 57-66, "10" for 67-76 (each reported as heldout-<batch>; corpus articles as wire-<batch>). */
  batch: z.string().optional(),
  entities: z.array(z.object({ name: z.string(), type: z.string() })),
  figures: z.array(z.object({ text: z.string(), value: z.number(), qualifier: z.string(), unit: z.string().optional() })),
  dates: z.array(z.object({ text: z.string(), date: z.string() })),
  /** `in`: a fragment of the sentence that carries the claim; speaker: entity name or descriptor, null for the outlet. */
  claims: z.array(z.object({ in: z.string(), predicate: z.string(), polarity: z.enum(["positive", "negative"]), speaker: z.string().nullable() })),
});
export type GoldArticle = z.infer<typeof GoldArticle>;
