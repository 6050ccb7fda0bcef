import { describe, expect, it } from "vitest";
import { extractAssertions } from "../extract-assertions";

const entitiesOf = (text: string) => extractAssertions({ text, publishedAt: "2026-03-12T12:00:00+00:00" }).entities.map((e) => `${e.type} ${e.name}`);

describe("entity rules of the fifth round", () => {
  it("places missing from the lexicon are found by their ending and by place context", () => {
    const found = entitiesOf("Tarnwick Foods shut a bakery near Fallowshire. It moved staff to its Corrabeg depot. Engineers at Holm Labs in Strelna said the test failed.");
    expect(found).toContain("PLACE Fallowshire");
    expect(found).toContain("PLACE Corrabeg");
    expect(found).toContain("PLACE Strelna");
  });

  it("a journal, a named instrument and a lower-case role before a name are typed by those cues", () => {
    const found = entitiesOf("The results appear in the journal Cell Reports. Data came from the Vera Rubin Telescope. Party leader Anjali Verhoeven said the vote was close.");
    expect(found).toContain("MEDIA Cell Reports");
    expect(found).toContain("PRODUCT Vera Rubin Telescope");
    expect(found).toContain("PERSON Anjali Verhoeven");
  });

  it("designations, grades, our planet and temperature scales are no names", () => {
    const found = entitiesOf("The comet C-2025 was seen from Earth at minus 40 degrees Celsius. Homes in Band C pay less.");
    expect(found.some((e) => /\bC\b|Earth|Celsius|Band/.test(e))).toBe(false);
  });

  it("a plural possessive before an institution's head stays in the name, and an opening role noun leaves it", () => {
    const found = entitiesOf("The Nurses' Association rejected the offer. Regulator Ofwatch Authority fined Brightwater Utilities. Lender Harlow Mutual said the offer was fair.");
    expect(found).toContain("ORG Nurses' Association");
    expect(found).toContain("ORG Harlow Mutual");
    expect(found.some((e) => /Regulator|Lender/.test(e))).toBe(false);
  });

  it("a portfolio word before 'Secretary' is no employer", () => {
    const found = entitiesOf("Treasury Secretary Dana Whitcombe said rates would hold.");
    expect(found).toEqual(["PERSON Dana Whitcombe"]);
  });
});
