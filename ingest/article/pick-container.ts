import type { Element } from "./dom";
import type { Block } from "./collect-blocks";

type Mass = { prose: number; other: number };

/** How much junk text one character of prose may drag into the container with it. */
const JUNK_COST = 0.6;

/**
 * Chooses the element that holds the story as the subtree with the most prose net of everything
 * else: each block counts as prose (long or sentence-like, few links) or as other text, and the
 * winner maximises prose - JUNK_COST * other. Unlike readability's "best paragraph parent", this
 * keeps a body that the page splits into several chunks (ads or images between them) in one piece,
 * while a sidebar or comment thread costs more than it brings. Junk that survives inside the
 * winner is filtered per block afterwards.
 */
export function pickContainer(blocks: Block[]): Element | undefined {
  const mass = new Map<Element, Mass>();
  for (const b of blocks) {
    const prose = proseChars(b);
    for (let el: Element | null = b.owner; el; el = parentElement(el)) {
      let m = mass.get(el);
      if (!m) {
        m = { prose: 0, other: 0 };
        mass.set(el, m);
      }
      m.prose += prose;
      m.other += b.chars - prose;
    }
  }
  let best: Element | undefined;
  let bestValue = 0;
  for (const [el, m] of mass) {
    const value = m.prose - JUNK_COST * m.other;
    if (value > bestValue) {
      best = el;
      bestValue = value;
    }
  }
  return best;
}

export function proseChars(b: Block): number {
  if (/^h[1-6]$/.test(b.owner.name)) return 0;
  const density = b.chars === 0 ? 1 : b.linkChars / b.chars;
  if (density > 0.35) return 0;
  const sentence = /[.!?。！？…"”'’)\]]$/.test(b.text) || b.commas > 0;
  if (b.chars < 40 && !sentence) return 0;
  if (b.chars < 15) return 0;
  return b.chars * (1 - density);
}

export function parentElement(el: Element): Element | null {
  const p = el.parent;
  return p && p.type === "tag" ? (p as Element) : null;
}
