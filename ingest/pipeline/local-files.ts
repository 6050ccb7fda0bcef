import { readdir, stat } from "node:fs/promises";
import path from "node:path";

const INGESTIBLE = /\.(html?|xhtml|xml|rss|atom|rdf|json|opml)$/i;

/** Every ingestible file below dir (HTML pages, feeds, OPML lists), in a stable order. */
export async function listIngestibleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && INGESTIBLE.test(e.name) && !e.name.startsWith("."))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export type LocalKind = "file" | "dir" | "missing";

export async function localKind(p: string): Promise<LocalKind> {
  try {
    const s = await stat(p);
    return s.isDirectory() ? "dir" : "file";
  } catch {
    return "missing";
  }
}

/** Content type a local file would be served with, so it is classified like a fetched one. */
export function contentTypeOfFile(file: string): string {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".json") return "application/json";
  if (ext === ".opml") return "text/x-opml";
  if ([".xml", ".rss", ".atom", ".rdf"].includes(ext)) return "application/xml";
  return "text/html";
}
