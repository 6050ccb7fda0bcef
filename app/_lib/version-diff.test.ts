import { describe, expect, it } from "vitest";
import { versionDiff } from "./version-diff";

describe("versionDiff", () => {
  it("surfaces a changed figure and keeps only context around the edit", () => {
    const filler = "Background sentence that did not change at all. ".repeat(10);
    const d = versionDiff(`${filler}Claude was used over 28 million times. ${filler}`, `${filler}Claude was used over 28.8 million times. ${filler}`);
    expect(d.figuresChanged).toEqual([{ before: "28 million", after: "28.8 million" }]);
    expect(d.hunks.filter((h) => h.kind === "added").map((h) => h.text).join("")).toContain(".8");
    expect(d.hunks[0]?.text.startsWith(" … ")).toBe(true);
    expect(d.hunks.map((h) => h.text).join("").length).toBeLessThan(filler.length * 2);
  });
});
