import { stableId } from "@/lib/hash";
import { writeRows } from "../driver";

const feedId = (url: string) => stableId("feed", url);

/** Adds a subscription; returns false when it already existed. */
export async function subscribeFeed(url: string, title?: string): Promise<boolean> {
  const [row] = await writeRows<{ created: boolean }>(
    `MERGE (f:Feed {id: $id})
     ON CREATE SET f.url = $url, f.title = $title, f.subscribedAt = toString(datetime()), f.created = true
     WITH f, coalesce(f.created, false) AS created
     REMOVE f.created
     RETURN created`,
    { id: feedId(url), url, title: title ?? null },
  );
  return row?.created ?? false;
}

/** Removes a subscription; returns false when there was none. Articles already stored stay. */
export async function unsubscribeFeed(url: string): Promise<boolean> {
  const rows = await writeRows<{ n: number }>("MATCH (f:Feed {id: $id}) DETACH DELETE f RETURN 1 AS n", { id: feedId(url) });
  return rows.length > 0;
}

export type FeedPollState = { url: string; title?: string; etag?: string; lastModified?: string; error?: string };

/** Remembers validators for the next conditional GET, and the last error for `newsgraph feeds`. */
export async function recordFeedPoll(state: FeedPollState): Promise<void> {
  await writeRows(
    `MATCH (f:Feed {id: $id})
     SET f.lastPolledAt = toString(datetime()), f.lastError = $error,
         f.etag = coalesce($etag, f.etag), f.lastModified = coalesce($lastModified, f.lastModified), f.title = coalesce(f.title, $title)`,
    { id: feedId(state.url), etag: state.etag ?? null, lastModified: state.lastModified ?? null, error: state.error ?? null, title: state.title ?? null },
  );
}
