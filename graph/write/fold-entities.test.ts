import { describe, expect, it } from "vitest";
import { foldEntities } from "./fold-entities";

const m = (start: number, text: string) => ({ start, end: start + text.length, text });

describe("foldEntities", () => {
  it("joins entities resolved to one id: names become aliases, mentions in text order", () => {
    const folded = foldEntities([
      { id: "ent_g", name: "Alibaba Group", type: "ORG", aliases: ["Alibaba Group Holding"], mentions: [m(10, "Alibaba Group"), m(60, "Alibaba Group")] },
      { id: "ent_x", name: "Claude", type: "PRODUCT", aliases: [], mentions: [m(0, "Claude")] },
      { id: "ent_g", name: "Alibaba", type: "ORG", aliases: [], mentions: [m(30, "Alibaba")] },
    ]);
    expect(folded.map((e) => e.id)).toEqual(["ent_g", "ent_x"]);
    expect(folded[0]?.name).toBe("Alibaba Group");
    expect(folded[0]?.aliases).toEqual(["Alibaba Group Holding", "Alibaba"]);
    expect(folded[0]?.mentions.map((x) => x.start)).toEqual([10, 30, 60]);
  });

  it("leaves distinct entities as they are", () => {
    const one = { id: "ent_a", name: "A", type: "ORG" as const, aliases: [], mentions: [m(0, "A")] };
    expect(foldEntities([one])).toEqual([one]);
  });
});
