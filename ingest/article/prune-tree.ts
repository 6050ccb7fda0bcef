import { attr, detach, walk, type Document, type Element } from "./dom";

/** Never article text: scripts, media, widgets, form controls, captions, navigation. */
const DROP_TAGS = new Set([
  "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button",
  "input", "select", "textarea", "option", "nav", "figcaption", "head", "link", "meta", "dialog", "menu",
  "video", "audio", "picture", "img", "map", "math",
]);
/** Page furniture that sometimes (badly built sites) wraps the article itself; dropped only when small. */
const FURNITURE_TAGS = new Set(["header", "footer", "aside", "form"]);

const NEGATIVE =
  /(^|[\s_-])(share|sharing|social|socials|related|recommend\w*|newsletter|subscribe|subscription|signup|sign-up|cookie\w*|consent|gdpr|promo\w*|advert\w*|ad|ads|adslot|ad-slot|dfp|sponsor\w*|outbrain|taboola|comment\w*|disqus|sidebar|breadcrumbs?|tags?|taglist|author-?bio|byline|dateline|caption|credits?|footer|masthead|menu|navbar|nav|navigation|popup|modal|overlay|most-?popular|most-?read|trending|read-?more|more-?stories|widget|toolbar|print|pagination|pager|skip|visually-hidden|sr-only|jump|rail|banner|tools|utility|meta|timestamp|headline|kicker|topics|keywords|next-?up|next-?prev|prev-?next|post-?nav|video-?player|gallery|slideshow|subscribe-?box|inline-?ad|teaser|partner|affiliate|disclaimer|alert|toc)([\s_-]|$)/i;
const POSITIVE = /(^|[\s_-])(article|articlebody|article-?body|article-?content|body|content|entry|entry-?content|main|post|post-?body|post-?content|story|story-?body|text|blog|page-?content)([\s_-]|$)/i;

/**
 * Removes boilerplate subtrees in place. Class/id hints decide for divs and sections, but an element
 * that holds most of the page's paragraph text, or carries a positive hint and real paragraphs, is
 * kept: sites put "has-sidebar" or "share-enabled" on the very container that holds the story.
 */
export function pruneTree(doc: Document): void {
  const total = textLength(doc);
  const doomed: Element[] = [];
  walk(doc, (el) => {
    if (DROP_TAGS.has(el.name) || isHidden(el)) {
      doomed.push(el);
      return false;
    }
    if (el.name === "html" || el.name === "body" || el.name === "article" || el.name === "main") return true;
    if (!FURNITURE_TAGS.has(el.name) && !hasNegativeHint(el)) return true;
    const keep = textLength(el) > 0.5 * total || (hasPositiveHint(el) && textLength(el, true) >= 300);
    if (!keep) doomed.push(el);
    return keep;
  });
  for (const el of doomed) detach(el);
}

function hintOf(el: Element): string {
  return `${attr(el, "class") ?? ""} ${attr(el, "id") ?? ""} ${attr(el, "role") ?? ""} ${attr(el, "itemprop") ?? ""}`;
}

function hasNegativeHint(el: Element): boolean {
  const role = attr(el, "role");
  if (role === "navigation" || role === "complementary" || role === "banner" || role === "contentinfo") return true;
  return NEGATIVE.test(hintOf(el));
}

function hasPositiveHint(el: Element): boolean {
  return POSITIVE.test(hintOf(el)) || attr(el, "itemprop") === "articleBody";
}

function isHidden(el: Element): boolean {
  if (el.attribs["hidden"] !== undefined || attr(el, "aria-hidden") === "true") return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(el, "style") ?? "");
}

/** Text characters below `el`, optionally not counting link text. */
function textLength(el: Element | Document, skipLinks = false): number {
  let n = 0;
  const stack: Array<Element | Document> = [el];
  while (stack.length > 0) {
    const cur = stack.pop();
    if (!cur) break;
    for (const c of cur.children) {
      if (c.type === "text") n += (c as { data: string }).data.trim().length;
      else if (c.type === "tag" && !(skipLinks && (c as Element).name === "a")) stack.push(c as Element);
    }
  }
  return n;
}
