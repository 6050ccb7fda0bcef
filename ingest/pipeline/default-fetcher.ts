import { getConfig } from "@/lib/config";
import { createFetcher, type Fetcher } from "../fetch/fetch-page";

/** The fetcher with the manners configured in the environment (see README, Configuration). */
export function defaultFetcher(): Fetcher {
  const c = getConfig();
  return createFetcher({
    userAgent: c.NEWSGRAPH_USER_AGENT,
    concurrencyPerHost: c.NEWSGRAPH_FETCH_CONCURRENCY,
    delayMs: c.NEWSGRAPH_FETCH_DELAY_MS,
    timeoutMs: c.NEWSGRAPH_FETCH_TIMEOUT_MS,
    maxBodyBytes: c.NEWSGRAPH_MAX_BODY_BYTES,
  });
}
