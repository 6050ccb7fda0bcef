import type { Document, Element } from "./dom";

/** A run of inline text between block boundaries, with the element that owns it. */
export type Block = {
  owner: Element;
  text: string;
  chars: number;
  linkChars: number;
  commas: number;
};

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
  "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html",
  "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
  "tr", "ul", "caption", "figcaption", "nav", "menu", "dialog",
]);
const SKIP_TAGS = new Set(["script", "style", "noscript", "template", "head", "title"]);
/** Stands for <br> while whitespace is collapsed; a private-use character never found in text. */
const BR = "\uE000";

/**
 * One pass over the (pruned) tree that cuts the text into blocks the way a browser lays it out:
 * every block-level element starts a new block, inline elements and links continue the current one.
 */
export function collectBlocks(root: Document | Element): Block[] {
  const blocks: Block[] = [];
  let buf = "";
  let linkChars = 0;
  let owner: Element | undefined;

  const flush = () => {
    const text = buf.replace(/\s+/g, " ").replace(/ ?\uE000 ?/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
    if (text !== "" && owner) {
      const chars = text.replace(/\s/g, "").length;
      blocks.push({ owner, text, chars, linkChars: Math.min(linkChars, chars), commas: countCommas(text) });
    }
    buf = "";
    linkChars = 0;
  };

  const visit = (node: Document | Element, current: Element | undefined, inLink: boolean) => {
    for (const child of node.children) {
      if (child.type === "text") {
        const data = (child as { data: string }).data;
        buf += data;
        owner = current;
        if (inLink) linkChars += data.replace(/\s/g, "").length;
      } else if (child.type === "tag") {
        const el = child as Element;
        if (SKIP_TAGS.has(el.name)) continue;
        if (el.name === "br") buf += BR;
        else if (BLOCK_TAGS.has(el.name)) {
          flush();
          visit(el, el, inLink);
          flush();
        } else visit(el, current, inLink || el.name === "a");
      }
    }
  };
  visit(root, root.type === "root" ? undefined : root, false);
  flush();
  return blocks;
}

function countCommas(text: string): number {
  return text.match(/[,،、，]/g)?.length ?? 0;
}
