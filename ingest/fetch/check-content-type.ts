import { AppError } from "@/lib/errors";

export type Accept = "html" | "feed" | "any";

const HTML = /^(text\/html|application\/xhtml\+xml)$/;
const BINARY = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|octet-stream|x-[\w-]*compressed|vnd\.|msword)/;

/**
 * Refuses bodies the caller cannot use before they are decoded. A missing Content-Type is common on
 * small sites, so the first bytes decide then: markup passes as HTML.
 */
export function checkContentType(url: string, contentType: string, accept: Accept, head: string): void {
  const mime = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  if (mime === "") {
    if (accept === "html" && !/^\s*</.test(head)) throw notHtml(url, "no Content-Type and the body is not markup");
    return;
  }
  if (accept === "html" && !HTML.test(mime)) throw notHtml(url, mime);
  if (accept !== "html" && BINARY.test(mime)) {
    if (accept === "feed") throw new AppError("BAD_FEED", `${url} is ${mime}, not a feed; give the feed's own URL (RSS, Atom or JSON Feed).`);
    throw notHtml(url, mime);
  }
}

function notHtml(url: string, what: string): AppError {
  return new AppError("NOT_HTML", `${url} is not an HTML page (${what}); give an article page, a feed or an OPML list.`);
}
