import { describe, expect, it } from "vitest";
import type { AnalysisClaim } from "./analysis-claim";
import { analyseClaims } from "./find-findings";

let n = 0;
function claim(p: Partial<AnalysisClaim>): AnalysisClaim {
  n++;
  return {
    id: `c${n}`, articleId: `a${n}`, sourceId: `s${n}`, sourceName: `Outlet ${n}`, reportedAt: `2026-07-0${(n % 9) + 1}T10:00:00Z`,
    predicate: "operated_accounts", polarity: "positive", quote: `quote ${n}`, speakerId: "anthropic", speakerName: "Anthropic",
    subjectId: "alibaba", subjectName: "Alibaba Group", objectIds: [], value: null, low: null, high: null, unit: null,
    qualifier: null, figureText: null, date: null, dateText: null, eventKind: null, ...p,
  };
}
const fig = (value: number, p: Partial<AnalysisClaim> = {}) => claim({ value, unit: "accounts", qualifier: "about", figureText: `about ${value}`, ...p });

describe("analyseClaims", () => {
  it("flags 24,000 vs 25,000 accounts as a figure mismatch, once, with three agreeing outlets as corroboration", () => {
    const agreeing = [fig(25000), fig(25000), fig(25000)];
    const odd = fig(24000);
    const { contradictions, corroborations } = analyseClaims([...agreeing, odd]);
    expect(contradictions).toHaveLength(1);
    expect(contradictions[0]).toMatchObject({ kind: "figure_mismatch", severity: "medium" });
    expect(contradictions[0]?.claimIds).toContain(odd.id);
    expect(corroborations).toHaveLength(3);
  });

  it("treats 'over 28 million' vs 'over 28.8 million' in one article as a low-severity discrepancy", () => {
    const a = claim({ articleId: "seed", sourceId: "vt", predicate: "interactions", subjectId: null, value: 28e6, low: 28e6, unit: "times", qualifier: "over" });
    const b = claim({ articleId: "seed", sourceId: "vt", predicate: "interactions", subjectId: null, value: 28.8e6, low: 28.8e6, unit: "interactions", qualifier: "over" });
    const { contradictions, corroborations } = analyseClaims([a, b]);
    expect(contradictions.map((c) => [c.kind, c.severity])).toEqual([["figure_discrepancy", "low"]]);
    expect(corroborations).toEqual([]);
  });

  it("finds different dates for the same ban, and a denial by the accused", () => {
    const ban = (date: string) => claim({ predicate: "bans", speakerId: "alibaba", subjectId: "alibaba", objectIds: ["claude"], date, eventKind: "ban" });
    const assertion = claim({ predicate: "operated_accounts", speakerId: "anthropic", subjectId: "alibaba" });
    const denied = claim({ predicate: "operated_accounts", speakerId: "alibaba", speakerName: "Alibaba Group", subjectId: "alibaba", polarity: "negative" });
    const kinds = analyseClaims([ban("2026-07-09"), ban("2026-07-10"), assertion, denied]).contradictions.map((c) => [c.kind, c.severity]);
    expect(kinds).toEqual(expect.arrayContaining([["date_mismatch", "medium"], ["denial", "high"]]));
  });

  it("sees competing explanations only between different speakers", () => {
    const alibaba = claim({ predicate: "cites", speakerId: "alibaba", subjectId: "alibaba", objectIds: ["claude"] });
    const anthropic = claim({ predicate: "explains", speakerId: "anthropic", subjectId: "anthropic", objectIds: ["claude"] });
    const again = claim({ predicate: "explains", speakerId: "anthropic", subjectId: "anthropic", objectIds: ["claude"] });
    const found = analyseClaims([alibaba, anthropic, again]).contradictions;
    expect(found.map((c) => c.kind)).toEqual(["competing_explanation"]);
  });

  it("does not flag agreeing reports or unrelated figures", () => {
    const same = [fig(25000), fig(25000, { qualifier: "exact", figureText: "25,000" })];
    const otherStory = fig(300, { subjectId: "harbor", unit: "jobs", predicate: "cuts_jobs" });
    const percent = fig(2.1, { unit: "percent" });
    expect(analyseClaims([...same, otherStory, percent]).contradictions).toEqual([]);
  });
});
