import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildAtom } from "./atom";

describe("buildAtom", () => {
  const xml = buildAtom({
    id: "http://127.0.0.1/feed.xml",
    title: "Alibaba & <Anthropic>",
    selfUrl: "http://127.0.0.1/feed.xml?kind=claim&entity=x",
    alternateUrl: "http://127.0.0.1/",
    entries: [
      { id: "urn:x:1", title: "<script>alert(1)</script>", link: "http://127.0.0.1/a?x=1&y=2", updated: "2026-07-04T10:21:00+09:00", summary: "a \u0001 \"quoted\" 阿里巴巴", author: "VibeTimes", categories: ["claim"] },
      { id: "urn:x:2", title: "older", link: "http://127.0.0.1/b", updated: "2026-07-01T00:00:00Z" },
    ],
  });

  it("is well-formed XML whose text comes back exactly as given, never as markup", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(doc.feed.title["#text"]).toBe("Alibaba & <Anthropic>");
    expect(doc.feed.entry[0].title["#text"]).toBe("<script>alert(1)</script>");
    expect(doc.feed.entry[0].summary["#text"]).toBe('a  "quoted" 阿里巴巴');
    expect(xml).not.toContain("<script>");
  });

  it("carries the required Atom elements with RFC 3339 times in UTC", () => {
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.feed.updated).toBe("2026-07-04T01:21:00.000Z");
    expect(doc.feed.entry[0].author.name).toBe("VibeTimes");
    expect(doc.feed.entry[1].author.name).toBe("Newsgraph");
    expect(doc.feed.link.map((l: Record<string, string>) => l["@_rel"])).toEqual(["self", "alternate"]);
  });
});
