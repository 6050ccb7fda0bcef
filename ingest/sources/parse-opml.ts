import { XMLParser } from "fast-xml-parser";
import { AppError } from "@/lib/errors";

export type OpmlFeed = { title?: string; feedUrl: string; htmlUrl?: string };

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "outline", processEntities: true, htmlEntities: true });

type Outline = { outline?: Outline[] } & Record<string, unknown>;

/** Subscription lists: every outline with an xmlUrl, at any depth (folders nest), each feed once. */
export function parseOpml(xml: string): OpmlFeed[] {
  let doc: { opml?: { body?: { outline?: Outline[] } } };
  try {
    doc = parser.parse(xml) as typeof doc;
  } catch (e) {
    throw new AppError("BAD_FEED", `Not a readable OPML file: ${(e as Error).message.split("\n")[0]}.`, { cause: e });
  }
  if (!doc.opml) throw new AppError("BAD_FEED", "Not an OPML file: no <opml> root element; export the subscription list from your reader as OPML.");
  const out: OpmlFeed[] = [];
  const seen = new Set<string>();
  const walk = (outlines: Outline[] | undefined) => {
    for (const o of outlines ?? []) {
      const feedUrl = attr(o, "xmlUrl");
      if (feedUrl && !seen.has(feedUrl)) {
        seen.add(feedUrl);
        out.push({ feedUrl, title: attr(o, "title") ?? attr(o, "text"), htmlUrl: attr(o, "htmlUrl") });
      }
      walk(o.outline);
    }
  };
  walk(doc.opml.body?.outline);
  return out;
}

/** Attribute names vary in case between readers (xmlUrl, xmlurl, XMLURL). */
function attr(o: Outline, name: string): string | undefined {
  const key = Object.keys(o).find((k) => k.toLowerCase() === name.toLowerCase());
  const v = key === undefined ? undefined : o[key];
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}
