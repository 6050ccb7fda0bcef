import { describe, expect, it } from "vitest";
import { diffVersions } from "./diff-versions";

const v1 =
  "Anthropic claimed that Alibaba-affiliated organizations operated approximately 25,000 fraudulent accounts. " +
  "These accounts generated over 28 million interactions with Claude.\n\nThe ban takes effect on July 10.";

describe("diffVersions", () => {
  it("reports no change for identical text", () => {
    const d = diffVersions(v1, v1);
    expect(d.changed).toBe(false);
    expect(d.figuresChanged).toEqual([]);
    expect(d.summary).toBe("No change.");
  });

  it("surfaces a silent edit of figures", () => {
    const v2 = v1.replace("28 million", "28.8 million").replace("25,000", "24,000");
    const d = diffVersions(v1, v2);
    expect(d.changed).toBe(true);
    expect(d.figuresChanged).toEqual([
      { before: "25,000", after: "24,000" },
      { before: "28 million", after: "28.8 million" },
    ]);
    expect(d.summary).toContain("28 million -> 28.8 million");
  });

  it("gives word-level hunks that rebuild both versions", () => {
    const v2 = v1.replace("July 10", "July 9").concat("\n\nAlibaba did not comment.");
    const d = diffVersions(v1, v2);
    const rebuild = (skip: "added" | "removed") => d.hunks.filter((h) => h.kind !== skip).map((h) => h.text).join("");
    expect(rebuild("added")).toBe(v1);
    expect(rebuild("removed")).toBe(v2);
    expect(d.hunks.some((h) => h.kind === "added" && h.text.includes("comment"))).toBe(true);
    expect(d.figuresChanged).toEqual([{ before: "10", after: "9" }]);
  });

  it("does not report figures when only words changed", () => {
    const d = diffVersions(v1, v1.replace("approximately", "about"));
    expect(d.changed).toBe(true);
    expect(d.figuresChanged).toEqual([]);
    expect(d.summary).toMatch(/1 words added, 1 removed/);
  });
});
