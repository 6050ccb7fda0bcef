import { attr, type Element } from "./dom";
import type { Block } from "./collect-blocks";
import { parentElement } from "./pick-container";

const MIN_ITEMS = 3;
const MAX_ITEM_CHARS = 1000;

/**
 * Lists of story teasers ("more stories", rails, next/previous cards): an element with at least
 * three children built alike (same tag and class) that each carry a headline link and little
 * else, making up most of the element's text. Their descriptions read like prose, which is why
 * container scoring alone lets them in. The body itself never looks like this: its repeated
 * children are paragraphs whose links are a minority of their text.
 */
export function findTeaserLists(blocks: Block[]): Set<Element> {
  const chars = new Map<Element, number>();
  const withHeadline = new Map<Element, Set<Element>>();
  for (const b of blocks) {
    const headline = b.chars >= 15 && b.linkChars / b.chars > 0.6;
    let child: Element | null = b.owner;
    for (let el = parentElement(b.owner); el && child; child = el, el = parentElement(el)) {
      chars.set(child, (chars.get(child) ?? 0) + b.chars);
      if (!headline) continue;
      const set = withHeadline.get(el) ?? new Set<Element>();
      set.add(child);
      withHeadline.set(el, set);
    }
  }
  const lists = new Set<Element>();
  for (const [parent, items] of withHeadline) {
    if (items.size < MIN_ITEMS) continue;
    const groups = new Map<string, Element[]>();
    for (const item of items) {
      if ((chars.get(item) ?? 0) > MAX_ITEM_CHARS) continue;
      const key = `${item.name}.${attr(item, "class") ?? ""}`;
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    const total = sumChars(parent, chars);
    for (const group of groups.values()) {
      const groupChars = group.reduce((n, el) => n + (chars.get(el) ?? 0), 0);
      if (group.length >= MIN_ITEMS && groupChars >= 0.6 * total) lists.add(parent);
    }
  }
  return lists;
}

function sumChars(parent: Element, chars: Map<Element, number>): number {
  let n = 0;
  for (const c of parent.children) if (c.type === "tag") n += chars.get(c as Element) ?? 0;
  return n;
}
