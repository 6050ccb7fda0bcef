import { z } from "zod";
import { IsoDateTime } from "./common";

/** A page as it came off the wire, already decoded to a JS string from whatever charset it used. */
export const FetchedPage = z.object({
  requestedUrl: z.string(),
  finalUrl: z.string(),
  status: z.number().int(),
  contentType: z.string(),
  charset: z.string(),
  body: z.string(),
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  fetchedAt: IsoDateTime,
  /** True when a conditional GET answered 304: body is empty and nothing changed. */
  notModified: z.boolean().default(false),
});
export type FetchedPage = z.infer<typeof FetchedPage>;
