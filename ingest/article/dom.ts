import { load } from "cheerio/slim";
import type { AnyNode, Document, Element } from "domhandler";

/**
 * The parsed page as a plain htmlparser2 tree (via cheerio/slim, which never loads parse5). We walk
 * the raw nodes instead of going through a DOM API: the extractor touches every node a few times and
 * a DOM layer (linkedom, jsdom) costs more than the whole extraction.
 */
export type { AnyNode, Document, Element };

export function parseHtml(html: string): Document {
  const root = load(html).root()[0];
  if (!root || root.type !== "root") throw new Error("htmlparser2 did not return a document");
  return root as Document;
}

/** htmlparser2 gives <script> and <style> their own node types; all three are elements. */
export function isElement(node: AnyNode): node is Element {
  return node.type === "tag" || node.type === "script" || node.type === "style";
}

export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

/** Depth-first, document order; `visit` returning false skips the element's subtree. */
export function walk(node: Document | Element, visit: (el: Element) => boolean | void): void {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (visit(child) === false) continue;
    walk(child, visit);
  }
}

export function findAll(node: Document | Element, match: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  walk(node, (el) => {
    if (match(el)) found.push(el);
  });
  return found;
}

/** Raw text of a subtree (script/style included: callers that care prune them first). */
export function rawText(node: AnyNode): string {
  if (node.type === "text") return (node as { data: string }).data;
  if (!("children" in node)) return "";
  let out = "";
  for (const child of node.children) out += rawText(child);
  return out;
}

export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function detach(el: Element): void {
  const parent = el.parent;
  if (!parent || !("children" in parent)) return;
  const i = parent.children.indexOf(el);
  if (i >= 0) parent.children.splice(i, 1);
  el.parent = null;
}
