import { attr, type Element } from "./dom";
import type { Block } from "./collect-blocks";

type Stats = { chars: number; linkChars: number; score: number; scored: boolean };

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;

/**
 * Chooses the elements that hold the story, readability-style: every paragraph-like block adds a
 * score (length, commas) to its parent and, decaying, to further ancestors; the best ancestor wins,
 * weighted by its link density and class hints. Siblings that look like more of the same story
 * (a split body, a lead paragraph outside the main div) join it.
 */
export function pickContainer(blocks: Block[]): Element[] {
  const stats = new Map<Element, Stats>();
  const get = (el: Element) => {
    let s = stats.get(el);
    if (!s) {
      s = { chars: 0, linkChars: 0, score: initialScore(el), scored: false };
      stats.set(el, s);
    }
    return s;
  };
  for (const b of blocks) {
    for (let el: Element | null = b.owner; el; el = parentElement(el)) {
      const s = get(el);
      s.chars += b.chars;
      s.linkChars += b.linkChars;
    }
    if (b.chars < 25 || /^h[1-6]$/.test(b.owner.name)) continue;
    const points = 1 + b.commas + Math.min(3, Math.floor(b.chars / 100));
    let level = 0;
    for (let el = parentElement(b.owner); el && level < 5; el = parentElement(el), level++) {
      const s = get(el);
      s.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      s.scored = true;
    }
  }
  const final = (el: Element) => {
    const s = get(el);
    return s.score * (1 - (s.chars === 0 ? 0 : s.linkChars / s.chars));
  };
  let top: Element | undefined;
  for (const [el, s] of stats) if (s.scored && (!top || final(el) > final(top))) top = el;
  if (!top) return [];
  return withSiblings(top, final, get);
}

function withSiblings(top: Element, final: (el: Element) => number, get: (el: Element) => Stats): Element[] {
  const parent = parentElement(top);
  if (!parent) return [top];
  const threshold = Math.max(10, final(top) * 0.2);
  const topClass = attr(top, "class") ?? "";
  const picked: Element[] = [];
  for (const child of parent.children) {
    if (child.type !== "tag") continue;
    const el = child as Element;
    if (el === top) {
      picked.push(el);
      continue;
    }
    const bonus = topClass !== "" && attr(el, "class") === topClass ? final(top) * 0.2 : 0;
    if (final(el) + bonus >= threshold || looksLikeParagraph(el, get(el))) picked.push(el);
  }
  return picked;
}

function looksLikeParagraph(el: Element, s: Stats): boolean {
  if (el.name !== "p") return false;
  const density = s.chars === 0 ? 1 : s.linkChars / s.chars;
  return (s.chars > 80 && density < 0.25) || (s.chars > 0 && density === 0);
}

function initialScore(el: Element): number {
  let score = 0;
  if (el.name === "div" || el.name === "article" || el.name === "main" || el.name === "section") score += 5;
  else if (el.name === "pre" || el.name === "td" || el.name === "blockquote") score += 3;
  else if (/^(address|ol|ul|dl|dd|dt|li|form)$/.test(el.name)) score -= 3;
  else if (/^(h[1-6]|th)$/.test(el.name)) score -= 5;
  return score + classWeight(el);
}

function classWeight(el: Element): number {
  let w = 0;
  for (const hint of [attr(el, "class"), attr(el, "id")]) {
    if (!hint) continue;
    if (NEGATIVE.test(hint)) w -= 25;
    if (POSITIVE.test(hint)) w += 25;
  }
  return w;
}

export function parentElement(el: Element): Element | null {
  const p = el.parent;
  return p && p.type === "tag" ? (p as Element) : null;
}
