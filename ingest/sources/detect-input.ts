import { stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { AppError } from "@/lib/errors";

export type DetectedInput = { kind: "url"; url: string } | { kind: "file"; path: string } | { kind: "dir"; path: string };
export type ContentKind = "feed" | "opml" | "html" | "unknown";

/** What a CLI argument names: a web address, a local file or a folder. */
export async function detectInput(arg: string): Promise<DetectedInput> {
  const trimmed = arg.trim();
  if (/^https?:\/\//i.test(trimmed)) {
    try {
      return { kind: "url", url: new URL(trimmed).href };
    } catch {
      throw new AppError("USAGE", `"${arg}" is not a valid URL; check for typos or quote it in the shell.`);
    }
  }
  const local = trimmed.startsWith("file:") ? fileURLToPath(trimmed) : trimmed;
  const info = await stat(local).catch(() => undefined);
  if (info?.isDirectory()) return { kind: "dir", path: path.resolve(local) };
  if (info?.isFile()) return { kind: "file", path: path.resolve(local) };
  const hint = /^[\w-]+(\.[\w-]+)+(\/|$)/.test(trimmed) ? ` If you meant a web address, write https://${trimmed}` : "";
  throw new AppError("NOT_FOUND", `No such file or folder: ${arg}; give a URL (https://...), a file or a folder.${hint}`);
}

const FEED_TYPES = /^application\/(rss\+xml|atom\+xml|rdf\+xml|feed\+json)$/;
const OPML_TYPES = /^(text|application)\/(x-)?opml(\+xml)?$/;
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/;

/**
 * Feed, OPML list or HTML page? The body decides when it is clear, because servers label feeds
 * text/html or text/plain often enough; the Content-Type decides otherwise.
 */
export function classifyContent(contentType: string, body: string): ContentKind {
  const sniffed = sniffBody(body);
  if (sniffed !== "unknown") return sniffed;
  const mime = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  if (FEED_TYPES.test(mime)) return "feed";
  if (OPML_TYPES.test(mime)) return "opml";
  if (HTML_TYPES.test(mime)) return "html";
  return "unknown";
}

function sniffBody(body: string): ContentKind {
  const head = body.slice(0, 4096).replace(/^\uFEFF/, "").trimStart();
  if (head.startsWith("{")) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head) ? "feed" : "unknown";
  if (/^<!doctype\s+html/i.test(head)) return "html";
  // The first element, skipping the XML declaration, processing instructions, comments and doctypes.
  const root = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/g, "").trimStart().match(/^<(?:[A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)/)?.[1]?.toLowerCase();
  if (root === "rss" || root === "rdf" || root === "feed") return "feed";
  if (root === "opml") return "opml";
  if (root === "html" || root === "head" || root === "body") return "html";
  return "unknown";
}
