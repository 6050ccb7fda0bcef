import { z } from "zod";
import { IsoDateTime } from "@/lib/schemas/common";
import type { Extraction } from "@/lib/schemas/extraction";

/** What every extractor (rule-based today, model-based later) is given: one article's stored text. */
export const ExtractInput = z.object({
  text: z.string(),
  /** Publication instant with its offset; relative dates resolve against it and its time zone. */
  publishedAt: IsoDateTime.optional(),
  lang: z.string().optional(),
});
export type ExtractInput = z.infer<typeof ExtractInput>;

/** The one interface the pipeline depends on; a model-based extractor only has to match it. */
export type Extractor = (input: ExtractInput) => Extraction;
