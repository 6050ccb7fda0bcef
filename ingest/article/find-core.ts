import { attr, type Element } from "./dom";
import type { Block } from "./collect-blocks";
import { parentElement, proseChars } from "./pick-container";

/**
 * The "paragraph parent" that holds the most prose directly (its own text or its child blocks'),
 * as readability's best candidate. The container found by prose mass may be wider (a body split
 * into chunks, a lead outside the main div); the core tells which parts of it are the story.
 */
export function findCore(blocks: Block[]): Element | undefined {
  const score = new Map<Element, number>();
  for (const b of blocks) {
    const prose = proseChars(b);
    if (prose === 0) continue;
    score.set(b.owner, (score.get(b.owner) ?? 0) + prose);
    const parent = parentElement(b.owner);
    if (parent) score.set(parent, (score.get(parent) ?? 0) + prose);
  }
  let best: Element | undefined;
  for (const [el, s] of score) if (!best || s > (score.get(best) ?? 0)) best = el;
  return best;
}

export function signature(el: Element): string {
  return `${el.name}.${attr(el, "class") ?? ""}`;
}

/** A block of the container belongs to the story when it is inside the core, sits in a parent built like
 * the core (a body split into chunks), or hangs directly off one of the core's ancestors (a lead). */
export function belongsToStory(b: Block, core: Element, coreAncestors: Set<Element>): boolean {
  for (let el: Element | null = b.owner; el; el = parentElement(el)) if (el === core) return true;
  const coreSig = signature(core);
  const parent = parentElement(b.owner);
  if (signature(b.owner) === coreSig || (parent && signature(parent) === coreSig)) return true;
  return parent !== null && coreAncestors.has(parent);
}
