import { describe, expect, it } from "vitest";
import { remembered } from "./remembered";

describe("remembered", () => {
  it("answers as the function does, asking it once per name until the memory is full", () => {
    const asked: string[] = [];
    const isBody = remembered((name: string) => {
      asked.push(name);
      return /\b(?:Ministry|Council)\b/.test(name) ? name.length : undefined;
    }, 2);
    expect([isBody("Ministry of Health"), isBody("Acme"), isBody("Ministry of Health"), isBody("Acme")]).toEqual([18, undefined, 18, undefined]);
    expect(asked).toEqual(["Ministry of Health", "Acme"]);
    // (Full at two names: the third empties it, so the first is asked again.)
    expect([isBody("Veneto Council"), isBody("Ministry of Health")]).toEqual([14, 18]);
    expect(asked).toEqual(["Ministry of Health", "Acme", "Veneto Council", "Ministry of Health"]);
  });
});
