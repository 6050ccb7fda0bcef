import { z } from "zod";
import { IsoDateTime } from "./common";

export const SourceRef = z.object({
  id: z.string(),
  name: z.string().min(1),
  homepage: z.string(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** A cleaned article: metadata plus body text, ready for entity and claim extraction. */
export const ArticleDoc = z.object({
  /** Stable id: hash of the canonical URL. */
  id: z.string(),
  url: z.string(),
  canonicalUrl: z.string(),
  title: z.string().min(1),
  byline: z.string().optional(),
  description: z.string().optional(),
  publishedAt: IsoDateTime.optional(),
  modifiedAt: IsoDateTime.optional(),
  section: z.string().optional(),
  /** ISO 639-1 code, or "und" when undetermined. */
  lang: z.string(),
  /** Body text; paragraphs separated by a blank line ("\n\n"). Claim offsets index into this. */
  text: z.string(),
  /** sha256 of text, hex. */
  textHash: z.string(),
  source: SourceRef,
  fetchedAt: IsoDateTime,
});
export type ArticleDoc = z.infer<typeof ArticleDoc>;
