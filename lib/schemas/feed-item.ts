import { z } from "zod";
import { HttpUrl, IsoDateTime } from "./common";

/** One entry of a subscribed feed, as the feed described it (before the page is fetched). */
export const FeedItem = z.object({
  feedUrl: z.string(),
  url: HttpUrl,
  guid: z.string().optional(),
  title: z.string().optional(),
  summary: z.string().optional(),
  author: z.string().optional(),
  publishedAt: IsoDateTime.optional(),
  sourceName: z.string().optional(),
});
export type FeedItem = z.infer<typeof FeedItem>;

/** A parsed feed: its own metadata plus the items that validated; broken items are reported, not thrown. */
export const ParsedFeed = z.object({
  feedUrl: z.string(),
  title: z.string().optional(),
  homepage: z.string().optional(),
  format: z.enum(["rss", "atom", "json", "rdf"]),
  items: z.array(FeedItem),
  skipped: z.array(z.object({ index: z.number().int(), reason: z.string() })),
});
export type ParsedFeed = z.infer<typeof ParsedFeed>;
