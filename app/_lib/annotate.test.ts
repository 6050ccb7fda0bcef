import { describe, expect, it } from "vitest";
import { annotateText } from "./annotate";

const text = "Alibaba banned Claude Code. Anthropic disagreed.\n\nAnthropic said 25,000 accounts.";
const claim = (id: string, start: number, end: number) => ({ id, start, end, predicate: "p", speaker: null, speechAct: null, contradictionIds: [] });
const mention = (name: string, start: number) => ({ entityId: `ent_${name}`, name, type: "ORG", start, end: start + name.length });

describe("annotateText", () => {
  const paragraphs = annotateText(text, [claim("c1", 0, 27), claim("c2", 50, 81), claim("bad", 70, 500)], [mention("Alibaba", 0), mention("Claude Code", 15), mention("Anthropic", 50)]);

  it("keeps paragraphs, claims and mentions at their offsets in the full text", () => {
    expect(paragraphs.map((p) => p.start)).toEqual([0, 50]);
    const [first, second] = paragraphs;
    expect(first?.runs.map((r) => [r.claim?.id ?? null, r.pieces.map((x) => x.text).join("")])).toEqual([["c1", "Alibaba banned Claude Code."], [null, " Anthropic disagreed."]]);
    expect(first?.runs[0]?.pieces.filter((x) => x.mention).map((x) => [x.text, x.start])).toEqual([["Alibaba", 0], ["Claude Code", 15]]);
    expect(second?.runs[0]?.claim?.id).toBe("c2");
    expect(second?.runs[0]?.pieces[0]?.mention?.name).toBe("Anthropic");
  });

  it("drops marks that do not fit the text and never loses text", () => {
    const all = paragraphs.flatMap((p) => p.runs.flatMap((r) => r.pieces.map((x) => x.text))).join("");
    expect(all).toBe(text.replace("\n\n", ""));
    expect(paragraphs.flatMap((p) => p.runs).some((r) => r.claim?.id === "bad")).toBe(false);
  });

  it("keeps an anchor for every claim when two claims share a sentence", () => {
    const [first] = annotateText(text, [claim("c1", 0, 27), claim("twin", 0, 27), claim("inner", 8, 27)], []);
    expect(first?.runs[0]?.claim?.id).toBe("c1");
    expect(first?.runs[0]?.also.map((c) => c.id)).toEqual(["twin", "inner"]);
    expect(first?.runs[1]?.also).toEqual([]);
  });
});
