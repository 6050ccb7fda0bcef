import { isDisclaimer, isFurnitureLine } from "./boilerplate-text";
import { collectBlocks, type Block } from "./collect-blocks";
import type { Document, Element } from "./dom";
import { findTeaserLists } from "./find-teaser-lists";
import { belongsToStory, findCore } from "./find-core";
import { parentElement, pickContainer } from "./pick-container";
import { pruneTree } from "./prune-tree";

export type BodyHints = { title?: string; byline?: string; articleBody?: string };

/**
 * Body paragraphs of an article page. Mutates `doc` (prunes boilerplate): read metadata first.
 * Returns [] when nothing that looks like a body is found.
 */
export function extractBody(doc: Document, hints: BodyHints = {}): string[] {
  const fromDom = extractFromDom(doc, hints);
  return preferArticleBody(fromDom, hints.articleBody) ?? fromDom;
}

/**
 * JSON-LD articleBody is the publisher's own statement of the body, but often truncated (paywalls)
 * or stripped of paragraphs, so the DOM result wins unless it found much less than the markup claims.
 */
function preferArticleBody(fromDom: string[], articleBody: string | undefined): string[] | undefined {
  const declared = articleBody?.replace(/<[^>]+>/g, " ").trim();
  if (!declared || declared.length < 200 || /^\s*</.test(articleBody ?? "")) return undefined;
  const domChars = fromDom.reduce((n, p) => n + p.length, 0);
  if (domChars >= 0.5 * declared.length) return undefined;
  return declared.split(/\n\s*\n|\r?\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean);
}

function extractFromDom(doc: Document, hints: BodyHints): string[] {
  pruneTree(doc);
  const all = collectBlocks(doc);
  const teasers = findTeaserLists(all);
  const blocks = teasers.size === 0 ? all : all.filter((b) => !isInside(b.owner, teasers));
  const picked = pickContainer(blocks);
  if (!picked) return [];
  const container = new Set([picked]);
  const core = findCore(blocks) ?? picked;
  const coreAncestors = new Set<Element>();
  for (let el = parentElement(core); el; el = parentElement(el)) coreAncestors.add(el);
  const inside = blocks.filter((b) => isInside(b.owner, container) && belongsToStory(b, core, coreAncestors));
  return inside.filter((b) => keepBlock(b, hints)).flatMap((b) => b.text.split(/\n{2,}/)).map((t) => t.trim()).filter(Boolean);
}

function isInside(el: Element, container: Set<Element>): boolean {
  for (let cur: Element | null = el; cur; cur = parentElement(cur)) if (container.has(cur)) return true;
  return false;
}

function keepBlock(b: Block, hints: BodyHints): boolean {
  const text = b.text;
  if (b.owner.name === "h1") return false;
  if (hints.title && normalise(text) === normalise(hints.title)) return false;
  if (isFurnitureLine(text)) return false;
  if (text.length < 500 && isDisclaimer(text)) return false;
  const density = b.chars === 0 ? 1 : b.linkChars / b.chars;
  if (density > 0.5) return false;
  if (isBylineLike(text, hints.byline)) return false;
  return true;
}

function isBylineLike(text: string, byline: string | undefined): boolean {
  if (text.length > 100) return false;
  if (/^(by|written by|posted by|von|par|por)\s+\S/i.test(text)) return true;
  return byline !== undefined && byline.length > 2 && text.includes(byline) && text.length < byline.length + 60;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}
