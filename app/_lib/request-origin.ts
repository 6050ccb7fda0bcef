import type { NextRequest } from "next/server";

const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The origin the reader used, for absolute links in feeds and dossiers. `nextUrl.origin` is the
 * server's own address under `next start` (http://localhost:PORT), so a feed read from another
 * machine or through a proxy would link to localhost. A Host header that is not a plain host name
 * is ignored rather than echoed into the feed.
 */
export function requestOrigin(req: NextRequest): string {
  const first = (name: string) => req.headers.get(name)?.split(",")[0]?.trim() ?? "";
  const host = first("x-forwarded-host") || first("host");
  if (!HOST.test(host)) return req.nextUrl.origin;
  const proto = first("x-forwarded-proto");
  const scheme = proto === "https" || proto === "http" ? proto : req.nextUrl.protocol.replace(/:$/, "");
  return `${scheme}://${host}`;
}

/** The requested URL (path and query) on the reader's origin: a feed's rel="self". */
export function requestUrl(req: NextRequest): string {
  return `${requestOrigin(req)}${req.nextUrl.pathname}${req.nextUrl.search}`;
}
