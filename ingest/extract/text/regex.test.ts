import { describe, expect, it } from "vitest";
import { fromEnd } from "./regex";

describe("fromEnd", () => {
  it("answers as a pattern anchored at the end does, look-arounds, flags and alternatives included", () => {
    const patterns = [
      /\b(?:coast|residents)\s+of\s+$|\b(?:near|based (?:in|on))\s+$/i,
      /\b((?<!market )leader|chief),?\s+(?:Hon\.\s+)?$/i,
      /\b(?:towns|ports)\s+(?:such as|like)\s+(?:\p{Lu}[\p{L}-]+(?:,\s+|,?\s+and\s+))+$/u,
      /(?:^|\n)\s*By\s+$/,
    ];
    const texts = ["the coast of ", "Residents Of\n", "xcoast of ", "farmers based in ", "near", "market leader ", "industry leader, Hon. ", "the chief ", "towns such as Kea, Syros and ", "towns like kea and ", "\nBy ", "Bypass By ", ""];
    for (const p of patterns) for (const t of texts) expect(fromEnd(p).test(t), `${p} on ${JSON.stringify(t)}`).toBe(p.test(t));
    expect(texts.filter((t) => fromEnd(patterns[0] as RegExp).test(t))).toEqual(["the coast of ", "Residents Of\n", "farmers based in "]);
  });
});
