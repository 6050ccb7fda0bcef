import { FeedSubscription } from "@/lib/views/feed";
import { readRows } from "../driver";

export async function listFeeds(): Promise<FeedSubscription[]> {
  const rows = await readRows<{ feed: unknown }>(
    "MATCH (f:Feed) RETURN f {.id, .url, .title, .etag, .lastModified, .lastPolledAt, .lastError} AS feed ORDER BY f.url",
  );
  return rows.map((r) => FeedSubscription.parse(r.feed));
}
