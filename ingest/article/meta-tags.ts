import { attr, collapseSpace, rawText, walk, type Document } from "./dom";

/** Everything the page declares about itself outside JSON-LD, collected in one pass over the tree. */
export type PageMeta = {
  /** meta name/property/itemprop (lower-cased) -> contents in document order. */
  meta: Map<string, string[]>;
  canonical?: string;
  htmlLang?: string;
  titleTag?: string;
  /** `<time datetime>` values in document order. */
  times: string[];
};

export function readMetaTags(doc: Document): PageMeta {
  const result: PageMeta = { meta: new Map(), times: [] };
  walk(doc, (el) => {
    if (el.name === "html") result.htmlLang ??= attr(el, "lang") ?? attr(el, "xml:lang");
    else if (el.name === "meta") addMeta(result.meta, el.attribs);
    else if (el.name === "link" && /(^|\s)canonical(\s|$)/i.test(attr(el, "rel") ?? "")) result.canonical ??= attr(el, "href");
    else if (el.name === "title") result.titleTag ??= collapseSpace(rawText(el));
    else if (el.name === "time") {
      const dt = attr(el, "datetime");
      if (dt) result.times.push(dt);
    } else if (el.name === "script" || el.name === "style") return false;
    return true;
  });
  return result;
}

function addMeta(meta: Map<string, string[]>, attribs: Record<string, string>): void {
  const key = attribs["property"] ?? attribs["name"] ?? attribs["itemprop"] ?? attribs["http-equiv"];
  const content = attribs["content"];
  if (!key || content === undefined || content.trim() === "") return;
  const k = key.trim().toLowerCase();
  const list = meta.get(k);
  if (list) list.push(content.trim());
  else meta.set(k, [content.trim()]);
}

export function metaValue(page: PageMeta, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const v = page.meta.get(key)?.[0];
    if (v) return v;
  }
  return undefined;
}

export function metaValues(page: PageMeta, ...keys: string[]): string[] {
  return keys.flatMap((k) => page.meta.get(k) ?? []);
}
