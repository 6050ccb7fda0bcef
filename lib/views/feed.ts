import { z } from "zod";

export const FeedSubscription = z.object({
  id: z.string(),
  url: z.string(),
  title: z.string().nullable(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  lastPolledAt: z.string().nullable(),
  lastError: z.string().nullable(),
});
export type FeedSubscription = z.infer<typeof FeedSubscription>;
