import { Agent } from "undici";
import { AppError } from "@/lib/errors";
import type { FetchedPage } from "@/lib/schemas";
import { checkContentType, type Accept } from "./check-content-type";
import { decodeBody } from "./decode-body";
import { HostLimiter } from "./host-limiter";
import type { RawResponse } from "./http-get";
import { politeGet, type PoliteDeps } from "./polite-get";
import { RobotsCache } from "./robots";

export const DEFAULT_USER_AGENT = "Newsgraph/0.1 (+https://github.com/newsgraph; news research bot)";

export type FetcherOptions = {
  userAgent?: string;
  /** Requests in flight per host (default 2). */
  concurrencyPerHost?: number;
  /** Minimum spacing of request starts on one host, in ms (default 1000). */
  delayMs?: number;
  connectTimeoutMs?: number;
  /** Whole response, headers and body, in ms (default 20000). */
  timeoutMs?: number;
  maxBodyBytes?: number;
  maxRedirects?: number;
  /** Retries after the first attempt on network errors, 429 and 5xx (default 3). */
  retries?: number;
  retryBaseMs?: number;
  /** Longest single wait for Retry-After, backoff or Crawl-delay (default 60000). */
  maxRetryWaitMs?: number;
  respectRobots?: boolean;
};

export type FetchPageOptions = { etag?: string; lastModified?: string; accept?: Accept };

export type Fetcher = {
  fetchPage(url: string, opts?: FetchPageOptions): Promise<FetchedPage>;
  /** Closes pooled connections; call once when the run ends. */
  close(): Promise<void>;
};

export function createFetcher(options: FetcherOptions = {}): Fetcher {
  const o = withDefaults(options);
  const dispatcher = new Agent({ connect: { timeout: o.connectTimeoutMs }, headersTimeout: o.timeoutMs, bodyTimeout: o.timeoutMs });
  const limiter = new HostLimiter(o.concurrencyPerHost, o.delayMs);
  const deps: PoliteDeps = {
    limiter,
    dispatcher,
    limits: { timeoutMs: o.timeoutMs, maxBodyBytes: o.maxBodyBytes },
    retry: { retries: o.retries, retryBaseMs: o.retryBaseMs, maxRetryWaitMs: o.maxRetryWaitMs },
  };
  const base = { "user-agent": o.userAgent, "accept-encoding": "gzip, deflate, br" };
  const robots = new RobotsCache({
    userAgent: o.userAgent,
    get: (url) => followRedirects(url, 5, (u) => politeGet(u, { ...base, accept: "text/plain" }, deps)),
    onCrawlDelay: (host, ms) => limiter.setMinDelay(host, Math.min(ms, o.maxRetryWaitMs)),
  });
  return {
    async fetchPage(url, opts = {}) {
      const accept = opts.accept ?? "html";
      const headers = { ...base, accept: ACCEPT_HEADER[accept], ...conditional(opts) };
      const res = await followRedirects(url, o.maxRedirects, async (u) => {
        if (o.respectRobots) await robots.check(u);
        return politeGet(u, headers, deps);
      });
      return toFetchedPage(url, res, accept);
    },
    close: () => dispatcher.close(),
  };
}

const ACCEPT_HEADER: Record<Accept, string> = {
  html: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
  feed: "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
  any: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.5",
};

function withDefaults(o: FetcherOptions): Required<FetcherOptions> {
  return {
    userAgent: o.userAgent ?? DEFAULT_USER_AGENT,
    concurrencyPerHost: o.concurrencyPerHost ?? 2,
    delayMs: o.delayMs ?? 1000,
    connectTimeoutMs: o.connectTimeoutMs ?? 10_000,
    timeoutMs: o.timeoutMs ?? 20_000,
    maxBodyBytes: o.maxBodyBytes ?? 5_000_000,
    maxRedirects: o.maxRedirects ?? 5,
    retries: o.retries ?? 3,
    retryBaseMs: o.retryBaseMs ?? 500,
    maxRetryWaitMs: o.maxRetryWaitMs ?? 60_000,
    respectRobots: o.respectRobots ?? true,
  };
}

function conditional(opts: FetchPageOptions): Record<string, string> {
  const h: Record<string, string> = {};
  if (opts.etag) h["if-none-match"] = opts.etag;
  if (opts.lastModified) h["if-modified-since"] = opts.lastModified;
  return h;
}

/** Follows Location by hand so every hop passes robots.txt and politeness, with a loop check. */
async function followRedirects(start: string, max: number, get: (url: string) => Promise<RawResponse>): Promise<RawResponse> {
  const seen = [start];
  let url = start;
  for (;;) {
    const res = await get(url);
    const location = res.headers["location"];
    if (!isRedirect(res.status) || !location) return res;
    const next = new URL(location, url).href;
    if (seen.includes(next)) throw new AppError("FETCH_FAILED", `Redirect loop: ${[...seen, next].join(" -> ")}; the site is misconfigured.`);
    if (seen.length > max) throw new AppError("FETCH_FAILED", `${start} redirected more than ${max} times (last: ${next}); giving up.`);
    seen.push(next);
    url = next;
  }
}

const isRedirect = (status: number) => [301, 302, 303, 307, 308].includes(status);

function toFetchedPage(requestedUrl: string, res: RawResponse, accept: Accept): FetchedPage {
  const common = { requestedUrl, finalUrl: res.url, status: res.status, etag: res.headers["etag"], lastModified: res.headers["last-modified"], fetchedAt: new Date().toISOString() };
  const contentType = res.headers["content-type"] ?? "";
  if (res.status === 304) return { ...common, contentType, charset: "", body: "", notModified: true };
  if (res.status < 200 || res.status >= 300) throw statusError(res);
  checkContentType(res.url, contentType, accept, new TextDecoder("latin1").decode(res.body.subarray(0, 256)));
  const { text, charset } = decodeBody(res.body, contentType);
  return { ...common, contentType, charset, body: text, notModified: false };
}

function statusError(res: RawResponse): AppError {
  const hint = res.status === 429 || res.status >= 500 ? `still failing after retries${res.headers["retry-after"] ? ` (Retry-After: ${res.headers["retry-after"]})` : ""}; try again later` : "check the URL";
  return new AppError("FETCH_FAILED", `GET ${res.url} answered ${res.status}; ${hint}.`);
}
