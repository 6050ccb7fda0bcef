/** Cookie holding the newest report time this browser has been shown (ISO), for "new since last visit". */
export const LAST_SEEN_COOKIE = "ng_last_seen";

export function isNewSince(reportedAt: string | null, lastSeen: string | undefined): boolean {
  if (!reportedAt || !lastSeen) return false;
  const seen = Date.parse(lastSeen);
  return !Number.isNaN(seen) && Date.parse(reportedAt) > seen;
}
