import { describe, expect, it } from "vitest";
import { regroupIncoming, type StoredIncoming } from "./incoming-origins";
import { resolveThrough } from "./relation-origins";

const edge = (key: string, endId: string, more: Partial<StoredIncoming> = {}): StoredIncoming => ({
  key, type: "MENTIONS", startKey: "art1", endId, origins: null, mentionOf: null,
  surfaces: [endId], starts: [Number(key.slice(1)) * 10], ends: [Number(key.slice(1)) * 10 + 3], viaStack: null, viaEnds: null, ...more,
});

describe("regroupIncoming", () => {
  it("folds an article's mentions of a merged entity into the survivor's edge, in text order, recording whose each was", () => {
    const groups = regroupIncoming([edge("r2", "g"), edge("r1", "a")], resolveThrough(new Map([["a", "g"]])));
    expect(groups).toEqual([{
      type: "MENTIONS", startKey: "art1", toId: "g", keys: ["r2", "r1"],
      props: { origins: ["a", "g"], mentionOf: ["a", "g"], count: 2, surfaces: ["a", "g"], starts: [10, 20], ends: [13, 23] },
    }]);
  });

  it("splits a folded edge back by origin and drops the bookkeeping once an edge stands for its own entity only", () => {
    const folded = edge("r1", "g", { origins: ["a", "g"], mentionOf: ["a", "g"], surfaces: ["x", "y"], starts: [10, 20], ends: [13, 23] });
    const groups = regroupIncoming([folded], resolveThrough(new Map()));
    expect(groups.map((g) => [g.toId, g.props])).toEqual([
      ["a", { origins: null, mentionOf: null, count: 1, surfaces: ["x"], starts: [10], ends: [13] }],
      ["g", { origins: null, mentionOf: null, count: 1, surfaces: ["y"], starts: [20], ends: [23] }],
    ]);
  });

  it("reads the origin of an edge moved by an old merge from the bottom of its stack, and leaves an edge already in place alone", () => {
    const moved = edge("r1", "g", { type: "OBJECT", viaStack: ["a"], viaEnds: ["end"], surfaces: null, starts: null, ends: null });
    const own = edge("r2", "g", { type: "OBJECT", surfaces: null, starts: null, ends: null });
    expect(regroupIncoming([moved, own], resolveThrough(new Map())).map((g) => [g.toId, g.keys, g.props])).toEqual([["a", ["r1"], { origins: null }]]);
    expect(regroupIncoming([own], resolveThrough(new Map()))).toEqual([]);
  });
});
