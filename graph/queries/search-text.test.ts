import { describe, expect, it } from "vitest";
import { makeSnippet, toLuceneQuery } from "./search-text";
import { boundMillis, decodeCursor, encodeCursor } from "./timeline-cursor";

describe("search text helpers", () => {
  it("escapes Lucene syntax so input cannot change the query", () => {
    expect(toLuceneQuery('alibaba AND (ban) "claude code" title:x*')).toBe('alibaba and \\(ban\\) "claude code" title\\:x\\*');
    expect(toLuceneQuery("NOT OR && || a&&b")).toBe("not or a\\&\\&b");
    expect(toLuceneQuery('"NOT"')).toBe("not");
  });
  it("marks every matched term inside the snippet, CJK included", () => {
    const s = makeSnippet("Alibaba said the ban on Claude Code starts July 10. 阿里巴巴禁止", ["ban", "阿里巴巴"]);
    expect(s.highlights.map((h) => s.snippet.slice(h.start, h.end))).toEqual(["ban", "阿里巴巴"]);
  });
});

describe("timeline cursor", () => {
  it("round-trips and rejects garbage with a usage error", () => {
    expect(decodeCursor(encodeCursor({ t: 1783600000000, id: "clm_1" }))).toEqual({ t: 1783600000000, id: "clm_1" });
    expect(() => decodeCursor("not-a-cursor")).toThrow(/cursor is not valid/);
  });
  it("reads a bare day as the end of that day for upper bounds", () => {
    expect(boundMillis("2026-07-04", "end")).toBe(Date.parse("2026-07-04T23:59:59.999Z"));
  });
});
