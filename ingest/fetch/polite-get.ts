import type { Dispatcher } from "undici";
import { AppError } from "@/lib/errors";
import type { HostLimiter } from "./host-limiter";
import { httpGet, type GetLimits, type RawResponse } from "./http-get";
import { backoffMs, parseRetryAfter, sleep } from "./retry-after";

export type RetryPolicy = { retries: number; retryBaseMs: number; maxRetryWaitMs: number };
export type PoliteDeps = { limiter: HostLimiter; dispatcher: Dispatcher; limits: GetLimits; retry: RetryPolicy };

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);

/**
 * One hop with politeness and retries. Waits happen outside the host slot, so a host asking us to
 * come back later does not block other work. A 429/5xx that is still failing after the last retry
 * (or whose Retry-After exceeds the cap) is returned as is: the caller words the error.
 */
export async function politeGet(url: string, headers: Record<string, string>, deps: PoliteDeps): Promise<RawResponse> {
  const host = new URL(url).host;
  for (let attempt = 0; ; attempt++) {
    const last = attempt >= deps.retry.retries;
    let res: RawResponse;
    try {
      res = await deps.limiter.run(host, () => httpGet(url, headers, deps.limits, deps.dispatcher));
    } catch (e) {
      if (last || !isTransient(e)) throw e;
      await sleep(Math.min(backoffMs(attempt, deps.retry.retryBaseMs), deps.retry.maxRetryWaitMs));
      continue;
    }
    if (last || !RETRY_STATUS.has(res.status)) return res;
    const asked = parseRetryAfter(res.headers["retry-after"]);
    if (asked !== undefined && asked > deps.retry.maxRetryWaitMs) return res;
    await sleep(asked ?? Math.min(backoffMs(attempt, deps.retry.retryBaseMs), deps.retry.maxRetryWaitMs));
  }
}

/** Network failures and connect timeouts may pass; a drip-fed body or an oversized one will not. */
function isTransient(e: unknown): boolean {
  if (!(e instanceof AppError)) return true;
  const cause = (e.cause as { code?: string } | undefined)?.code;
  return e.code === "FETCH_FAILED" || (e.code === "TIMEOUT" && cause === "UND_ERR_CONNECT_TIMEOUT");
}
