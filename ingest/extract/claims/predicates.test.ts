import { describe, expect, it } from "vitest";
import { extractAssertions } from "../extract-assertions";

const predicatesOf = (text: string) => extractAssertions({ text, publishedAt: "2026-03-12T12:00:00+00:00" }).claims.map((c) => `${c.predicate}/${c.polarity}`);

describe("normalised predicates for common news verbs", () => {
  it.each([
    ["Corvane Health agreed to acquire Pellis Diagnostics for $1.2 billion.", "acquires/positive"],
    ["The agency fined Marlow Energy $30 million.", "fines/positive"],
    ["Dunmore Foods sued its former supplier in Ohio.", "sues/positive"],
    ["Kivo Motors is recalling 12,000 scooters.", "recalls/positive"],
    ["Trevia Retail raised its full-year sales forecast.", "raises_forecast/positive"],
    ["Trevia Retail cut its annual profit outlook.", "cuts_forecast/positive"],
    ["Hollin Bank said quarterly revenue rose 8% to $2.1 billion.", "reports_revenue/positive"],
    ["Grenfeld Media plans to cut 450 jobs.", "cuts_jobs/positive"],
    ["Ostra Labs launched a new battery on Monday.", "launches/positive"],
    ["Ostra Labs will invest $500 million in a new plant.", "invests/positive"],
    ["Senator Ada Price accused the company of misleading investors.", "accuses/positive"],
    ["The central bank warned that inflation could persist.", "warns/positive"],
    ["Ostra Labs plans to open an office in Lisbon.", "plans/positive"],
  ])("%s -> %s", (text, expected) => {
    expect(predicatesOf(text)).toContain(expected);
  });

  it("a denial keeps the asserted predicate with negative polarity, and a denied noun stays a denial", () => {
    expect(predicatesOf("Dunmore Foods denied that it had infringed the patents.")).toEqual(["infringes/negative"]);
    expect(predicatesOf("Dunmore Foods rejected the lawsuit as baseless.")).toEqual(["denies/negative"]);
    expect(predicatesOf("“These claims are false,” the minister said.")).toEqual(["denies/negative"]);
    expect(predicatesOf("The company did not deny that it had held talks.")).not.toContain("denies/negative");
  });
});
