import { describe, expect, it } from "vitest";
import type { ClaimView } from "@/lib/views/claim";
import { disputeDossier } from "./dispute-dossier";
import { dossierMarkdown, mdEscape } from "./dossier-markdown";

const claim = (id: string, outlet: string, quote: string, reportedAt: string): ClaimView => ({
  id, quote, start: 0, end: quote.length, predicate: "operated_accounts", polarity: "positive", speechAct: "said",
  speaker: { id: "ent_a", name: "Anthropic", type: "ORG" }, speakerText: null, subject: null, objects: [],
  figure: { value: 25000, low: null, high: null, unit: "accounts", qualifier: "about", text: "about 25,000" }, date: null, dateText: null,
  reportedAt, article: { id: `art_${id}`, title: `${outlet} story`, url: `https://${outlet.toLowerCase()}.test/a>b`, publishedAt: reportedAt },
  source: { id: `src_${outlet}`, name: outlet },
});

describe("dispute dossier as Markdown", () => {
  const sideA = claim("a", "Daily", "Alibaba ran *about* 25,000 [fake](http://x) accounts", "2026-07-04T09:00:00Z");
  const sideB = claim("b", "Wire", "Alibaba denied it", "2026-07-06T09:00:00Z");
  const backer = claim("c", "Ledger", "Alibaba ran approximately 25,000 accounts", "2026-07-05T09:00:00Z");
  const md = dossierMarkdown(disputeDossier({
    id: "ctr_1", kind: "denial", severity: "high", explanation: "Anthropic says X; Alibaba denies it.", entities: [{ id: "ent_a", name: "Anthropic", type: "ORG" }],
    sources: ["Daily", "Wire"], latestReportedAt: "2026-07-06T09:00:00Z", detectedAt: null,
    sides: [sideA, sideB], corroborations: [{ sideClaimId: "a", sourceCount: 2, claims: [backer] }, { sideClaimId: "b", sourceCount: 1, claims: [] }],
  }, "http://127.0.0.1:3000", new Date("2026-07-07T00:00:00Z")));

  it("has each side with its backers, a dated timeline and the sources", () => {
    expect(md).toContain("## Side A (2 outlets)");
    expect(md).toContain("## Side B (1 outlet)");
    expect(md.indexOf("Ledger, 2026-07-05")).toBeGreaterThan(md.indexOf("## Side A"));
    const timeline = md.slice(md.indexOf("## Timeline"), md.indexOf("## Sources"));
    expect(timeline.indexOf("Daily")).toBeLessThan(timeline.indexOf("Ledger"));
    expect(timeline.indexOf("Ledger")).toBeLessThan(timeline.indexOf("Wire"));
  });

  it("escapes Markdown in scraped quotes and keeps links intact", () => {
    expect(md).toContain("\\*about\\* 25,000 \\[fake\\](http://x)");
    expect(md).toContain("<https://daily.test/a%3Eb>");
    expect(mdEscape("a | b # c")).toBe("a \\| b \\# c");
  });
});
