import { AppError } from "@/lib/errors";

export type Accept = "html" | "feed" | "any";

const HTML = /^(text\/html|application\/xhtml\+xml)$/;
const BINARY = /^(image|audio|video|font)\/|^application\/(pdf|zip|gzip|x-[\w-]*compressed|vnd\.|msword)/;

/**
 * Refuses bodies the caller cannot use before they are decoded. A missing Content-Type is common on
 * small sites (and "application/octet-stream" on misconfigured ones), so the first bytes decide
 * then: markup passes.
 */
export function checkContentType(url: string, contentType: string, accept: Accept, head: string): void {
  const mime = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  if (mime === "" || mime === "application/octet-stream" || mime === "binary/octet-stream") {
    if (/^(\uFEFF|\xEF\xBB\xBF)?\s*[<{]/.test(head)) return;
    throw accept === "feed" ? notFeed(url, mime || "no Content-Type") : notHtml(url, `${mime || "no Content-Type"} and the body is not markup`);
  }
  if (accept === "html" && !HTML.test(mime)) throw notHtml(url, mime);
  if (accept !== "html" && BINARY.test(mime)) {
    if (accept === "feed") throw notFeed(url, mime);
    throw notHtml(url, mime);
  }
}

function notFeed(url: string, what: string): AppError {
  return new AppError("BAD_FEED", `${url} is not a feed (${what}); give the feed's own URL (RSS, Atom or JSON Feed).`);
}

function notHtml(url: string, what: string): AppError {
  return new AppError("NOT_HTML", `${url} is not an HTML page (${what}); give an article page, a feed or an OPML list.`);
}
