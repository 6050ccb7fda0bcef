import { attr, collapseSpace, findAll, rawText, type Document, type Element } from "./dom";

const BYLINE_HINT = /(^|[\s_-])(byline|author|authors|writer|reporter|contributor)([\s_-]|$)/i;

/**
 * Author names printed on the page, for pages whose metadata has none: itemprop=author,
 * rel=author links, then elements whose class or id says byline/author. Run before pruning.
 */
export function readByline(doc: Document): string | undefined {
  const candidates = [
    ...findAll(doc, (el) => (attr(el, "itemprop") ?? "").split(/\s+/).includes("author")),
    ...findAll(doc, (el) => el.name === "a" && (attr(el, "rel") ?? "").split(/\s+/).includes("author")),
    ...findAll(doc, (el) => BYLINE_HINT.test(`${attr(el, "class") ?? ""} ${attr(el, "id") ?? ""}`)),
  ];
  for (const el of candidates) {
    const name = cleanByline(nameOf(el));
    if (name) return name;
  }
  return undefined;
}

function nameOf(el: Element): string {
  const named = findAll(el, (c) => attr(c, "itemprop") === "name")[0];
  if (named) return collapseSpace(attr(named, "content") ?? rawText(named));
  return collapseSpace(attr(el, "content") ?? rawText(el));
}

/** "By Jane Doe | July 4" -> "Jane Doe"; rejects blocks that are clearly not a name line. */
export function cleanByline(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let s = collapseSpace(text)
    .replace(/^(written\s+by|posted\s+by|by|von|par|por|from)\s*:?\s+/i, "")
    .split(/\s[|·•]\s|\s+—\s+|\n/)[0]
    ?.trim();
  s = s?.replace(/\s*(기자|특파원|記者)\s*$/, "").replace(/[,;:]\s*$/, "").trim();
  if (!s || s.length < 2 || s.length > 80 || /^https?:/.test(s)) return undefined;
  if (s.split(/\s+/).length > 10) return undefined;
  return s;
}
