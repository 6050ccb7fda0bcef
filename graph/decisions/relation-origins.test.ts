import { describe, expect, it } from "vitest";
import { decodeOrigin, encodeOrigin, originsOf, originsOfRelation, regroupRelations, resolveThrough, type StoredRelation } from "./relation-origins";

const edge = (over: Partial<StoredRelation>): StoredRelation => ({
  type: "BANS", startId: "a", endId: "y", claimIds: null, origins: null, viaStack: null, viaEnds: null, ...over,
});

describe("relation origins", () => {
  it("records one origin per claim, or one for the article when the relation has no claim", () => {
    expect(originsOfRelation("art1", { fromId: "a", toId: "y", claimIds: ["c1", "c1", "c2"] }).map(decodeOrigin)).toEqual([
      { articleId: "art1", claimId: "c1", fromId: "a", toId: "y" },
      { articleId: "art1", claimId: "c2", fromId: "a", toId: "y" },
    ]);
    expect(originsOfRelation("art1", { fromId: "a", toId: "y", claimIds: [] }).map(decodeOrigin)).toEqual([{ articleId: "art1", claimId: "", fromId: "a", toId: "y" }]);
  });

  it("reads edges written before origins from their claims and the bottom of their merge stack", () => {
    const moved = edge({ startId: "t", claimIds: ["c1"], viaStack: ["f", "g"], viaEnds: ["start", "start"] });
    expect(originsOf(moved)).toEqual([{ articleId: "", claimId: "c1", fromId: "f", toId: "y" }]);
    expect(originsOf(edge({}))).toEqual([{ articleId: "", claimId: "", fromId: "a", toId: "y" }]);
    const mixed = edge({ claimIds: ["c1", "c2"], origins: [encodeOrigin({ articleId: "art", claimId: "c2", fromId: "b", toId: "y" })] });
    expect(originsOf(mixed).map((o) => [o.claimId, o.fromId])).toEqual([["c2", "b"], ["c1", "a"]]);
  });

  it("groups origins whose ends resolve to one pair into one edge, each claim once", () => {
    const resolve = resolveThrough(new Map([["f", "t"]]));
    const groups = regroupRelations(
      [
        edge({ startId: "t", origins: originsOfRelation("art1", { fromId: "t", toId: "y", claimIds: ["c1"] }) }),
        edge({ startId: "f", origins: originsOfRelation("art2", { fromId: "f", toId: "y", claimIds: ["c2", "c1"] }) }),
        edge({ type: "ACCUSES", startId: "f", endId: "t", origins: originsOfRelation("art2", { fromId: "f", toId: "t", claimIds: ["c3"] }) }),
      ],
      resolve,
    );
    expect(groups.map(({ origins, ...g }) => ({ ...g, origins: origins.length }))).toEqual([
      { type: "BANS", fromId: "t", toId: "y", claimIds: ["c1", "c2"], origins: 3 },
      { type: "ACCUSES", fromId: "t", toId: "t", claimIds: ["c3"], origins: 1 },
    ]);
  });

  it("follows chains of merges and stops on a cycle", () => {
    expect(resolveThrough(new Map([["a", "b"], ["b", "c"]]))("a")).toBe("c");
    expect(resolveThrough(new Map([["a", "b"], ["b", "a"]]))("a")).toBe("b");
    expect(resolveThrough(new Map())("x")).toBe("x");
  });
});
