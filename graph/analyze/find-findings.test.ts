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

  it("makes one competing-explanation dispute per matter, each party's statements from every outlet on its side", () => {
    const code = { subjectId: "claude_code", subjectName: "Claude Code" };
    const backdoor = [claim({ predicate: "calls", speakerId: "alibaba", speakerName: "Alibaba Group", ...code }), claim({ predicate: "cites", speakerId: "alibaba", speakerName: "Alibaba Group", ...code })];
    const experiment = claim({ predicate: "explains", articleId: "seed", sourceId: "vt", speakerId: "anthropic", ...code });
    // "Anthropic clarified it was a measure ...": "it" came out as Anthropic; it continues Anthropic's explanation in that article.
    const clarified = claim({ predicate: "explains", articleId: "seed", sourceId: "vt", speakerId: "anthropic", subjectId: "anthropic" });
    // "Alibaba considers such AI tools 'high-risk software'": about Anthropic's tools, another matter.
    const considers = claim({ predicate: "considers", articleId: "seed", speakerId: "alibaba", subjectId: "anthropic", objectIds: ["qoder"] });
    const { contradictions, corroborations } = analyseClaims([...backdoor, experiment, clarified, considers]);
    expect(contradictions).toHaveLength(1);
    const [found] = contradictions;
    expect(found?.kind).toBe("competing_explanation");
    expect(found?.sides.map((s) => [...s].sort())).toEqual([backdoor.map((c) => c.id).sort(), [experiment.id, clarified.id].sort()]);
    expect(found?.sides[1]?.[0]).toBe(experiment.id);
    expect(found?.sideLabels).toEqual(["Alibaba Group", "Anthropic"]);
    expect(corroborations).toEqual([[backdoor[0]?.id, backdoor[1]?.id]]);
  });

  it("sees no competing explanation from one speaker alone", () => {
    const a = claim({ predicate: "explains", subjectId: "claude_code" });
    const b = claim({ predicate: "cites", subjectId: "claude_code" });
    expect(analyseClaims([a, b]).contradictions).toEqual([]);
  });

  it("gives the same contradictions, with the same keys and sides, whatever order the claims come in", () => {
    const claims = [fig(25000), fig(25000), fig(24000), claim({ polarity: "negative", speakerId: "alibaba" }), fig(25000, { subjectId: "senators", objectIds: ["alibaba"] })];
    const one = analyseClaims(claims).contradictions;
    const two = analyseClaims([...claims].reverse()).contradictions;
    expect(two).toEqual(one);
    expect(one.map((c) => [c.kind, c.sides.map((s) => s.length)])).toEqual([["figure_mismatch", [3, 1]], ["denial", [4, 1]]]);
  });

  it("does not flag agreeing reports or unrelated figures", () => {
    const same = [fig(25000), fig(25000, { qualifier: "exact", figureText: "25,000" })];
    const otherStory = fig(300, { subjectId: "harbor", unit: "jobs", predicate: "cuts_jobs" });
    const percent = fig(2.1, { unit: "percent" });
    expect(analyseClaims([...same, otherStory, percent]).contradictions).toEqual([]);
  });
});
