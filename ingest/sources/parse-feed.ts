import { parseFeed as parseXmlFeed } from "@rowanmanning/feed-parser";
import { XMLValidator } from "fast-xml-parser";
import { AppError } from "@/lib/errors";
import type { ParsedFeed } from "@/lib/schemas";
import { plainText, resolveUrl, toFeedItems, type RawItem } from "./feed-items";
import { parseJsonFeed } from "./parse-json-feed";

type XmlFeed = ReturnType<typeof parseXmlFeed>;
type XmlItem = XmlFeed["items"][number];

/**
 * RSS 0.9x/1.0/2.0, Atom 0.3/1.0 (via @rowanmanning/feed-parser, which is lenient with the
 * not-quite-XML real publishers serve) and JSON Feed 1.x. Items are validated one by one.
 */
export function parseFeed(xmlOrJson: string, feedUrl: string): ParsedFeed {
  const text = xmlOrJson.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("{")) {
    const json = parseJsonFeed(text, feedUrl);
    const jsonTitle = plainText(json.title);
    return { feedUrl, title: jsonTitle, homepage: resolveUrl(json.homepage, feedUrl), format: "json", ...toFeedItems(json.items, feedUrl, jsonTitle) };
  }
  const feed = readXml(text, feedUrl);
  // A feed's title is third-party HTML as often as text: store only its text.
  const title = plainText(feed.title);
  const raw = feed.items.map(rawItem);
  return { feedUrl, title, homepage: resolveUrl(feed.url, feedUrl), format: xmlFormat(feed, text), ...toFeedItems(raw, feedUrl, title) };
}

/**
 * Real feeds are often not well-formed (a bare "&", a stray tag) yet readable, so the lenient
 * parser decides; the strict check only tells a malformed feed that yields nothing (BAD_FEED)
 * from a valid feed that is merely empty.
 */
function readXml(text: string, feedUrl: string): XmlFeed {
  if (text === "") throw new AppError("BAD_FEED", `${feedUrl} is empty; expected an RSS, Atom or JSON feed.`);
  let feed: XmlFeed;
  try {
    feed = parseXmlFeed(withoutDoctype(text));
  } catch (e) {
    throw new AppError("BAD_FEED", `${feedUrl} is not an RSS, Atom or JSON feed (${xmlProblem(text) ?? "no feed element found"}).`, { cause: e });
  }
  if (feed.items.length === 0) {
    const problem = xmlProblem(text);
    if (problem) throw new AppError("BAD_FEED", `${feedUrl} has broken XML and no readable items (${problem}).`);
  }
  return feed;
}

/**
 * A DOCTYPE's internal subset (entity declarations) defeats the XML reader and is the classic
 * entity-expansion attack; feeds never need it. Undeclared entities like &nbsp; then stay as text
 * and are decoded with the rest of the HTML in titles and summaries.
 */
function withoutDoctype(text: string): string {
  return text.replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\]\s*)?>/i, "");
}

function xmlProblem(text: string): string | undefined {
  const result = XMLValidator.validate(text, { allowBooleanAttributes: true });
  return result === true ? undefined : `line ${result.err.line}: ${result.err.msg}`;
}

// The elements the feed library reads dates from, in its order of preference.
const DATE_ELEMENTS = ["pubdate", "published", "issued", "date", "updated", "modified"];

function rawItem(item: XmlItem): RawItem {
  return {
    url: item.url ?? permalinkGuid(item),
    guid: item.id,
    title: item.title,
    summary: item.description ?? item.content,
    author: item.authors.map((a) => a.name?.trim()).filter(Boolean).join(", ") || null,
    published: item.published ?? item.updated,
    publishedText: DATE_ELEMENTS.map((n) => item.element.findElementWithName(n)?.textContentNormalized).find(Boolean),
  };
}

/** RSS 2.0: a <guid> is the item's permalink unless it says isPermaLink="false". */
function permalinkGuid(item: XmlItem): string | null {
  const guid = item.element.findElementWithName("guid");
  const flag = guid?.getAttribute("isPermaLink") ?? guid?.getAttribute("ispermalink");
  const value = guid?.textContentNormalized ?? "";
  return flag?.trim().toLowerCase() !== "false" && /^https?:\/\//i.test(value) ? value : null;
}

function xmlFormat(feed: XmlFeed, text: string): ParsedFeed["format"] {
  if (feed.meta.type === "atom") return "atom";
  // The first element name (processing instructions and comments start with "<?" / "<!").
  const root = text.match(/<(?:[A-Za-z][\w.-]*:)?([A-Za-z][\w.-]*)/)?.[1];
  return root?.toLowerCase() === "rdf" ? "rdf" : "rss";
}
