import { describe, expect, it } from "vitest";
import { coreName, proposeAliasMerges, type Candidate } from "./alias-match";

const e = (id: string, name: string, type = "ORG", mentionCount = 1, aliases: string[] = []): Candidate => ({ id, name, type, aliases, mentionCount });

describe("proposeAliasMerges", () => {
  it("brings Alibaba, Alibaba Group and Alibaba Group Holding onto the most mentioned one, saying why", () => {
    const merges = proposeAliasMerges([e("a", "Alibaba"), e("b", "Alibaba Group", "ORG", 5), e("c", "Alibaba Group Holding")], () => false);
    expect(merges.map((m) => [m.fromId, m.intoId])).toEqual([["c", "b"], ["a", "b"]]);
    expect(merges[0]?.reason).toContain("corporate suffixes");
  });

  it("never merges two people on a shared surname, nor different types, nor a kept-apart pair", () => {
    expect(proposeAliasMerges([e("p1", "Wang", "PERSON"), e("p2", "Wang Jian", "PERSON"), e("p3", "Wang Lei", "PERSON")], () => false)).toEqual([]);
    expect(proposeAliasMerges([e("o", "Claude", "PRODUCT"), e("p", "Claude Code", "PRODUCT")], () => false)).toEqual([]);
    expect(proposeAliasMerges([e("x", "Anthropic", "ORG"), e("y", "Anthropic PBC", "ORG")], () => true)).toEqual([]);
  });

  it("uses recorded aliases and strips suffixes only at the end", () => {
    expect(coreName("Group Holding Alibaba Ltd.")).toBe("group holding alibaba");
    const merges = proposeAliasMerges([e("n", "TechNode", "MEDIA", 3, ["Tech Node"]), e("m", "Tech Node", "MEDIA")], () => false);
    expect(merges).toEqual([{ fromId: "m", intoId: "n", reason: '"Tech Node" is recorded as an alias of "TechNode"' }]);
  });
});
