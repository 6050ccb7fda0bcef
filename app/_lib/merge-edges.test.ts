import { describe, expect, it } from "vitest";
import { mergeEdges } from "./merge-edges";

const claim = (id: string) => ({ id, quote: `q${id}`, source: "S", articleId: "art_a", url: "https://s.test/a", reportedAt: null });

describe("mergeEdges", () => {
  it("joins copies of one relationship and keeps each claim once", () => {
    const merged = mergeEdges([
      { from: "a", to: "b", type: "BANS", claims: [claim("1")] },
      { from: "a", to: "b", type: "BANS", claims: [claim("2"), claim("1")] },
      { from: "b", to: "a", type: "BANS", claims: [claim("3")] },
    ]);
    expect(merged.map((e) => [e.from, e.to, e.claims.map((c) => c.id)])).toEqual([["a", "b", ["1", "2"]], ["b", "a", ["3"]]]);
  });
});
