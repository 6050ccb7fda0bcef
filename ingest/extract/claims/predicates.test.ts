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

describe("predicate rules that generalise", () => {
  it("'found that' introduces what was found: the content's verb is the predicate", () => {
    expect(predicatesOf("The jury found that Ralton Audio had copied the designs.")).toEqual(["infringes/positive"]);
  });

  it("a refusal or a lost client is no market move", () => {
    expect(predicatesOf("The bank declined to comment on the report.")).toEqual([]);
    expect(predicatesOf("Chief Executive Ivo Renn said no customer had lost money.")).toEqual(["states/positive"]);
  });

  it("an event reacted to or judged by its effect is not reported again", () => {
    expect(predicatesOf("Corvane Health said it welcomed the investment.")).toEqual(["states/positive"]);
    expect(predicatesOf("The mayor said the strike would hurt local shops.")).toEqual(["states/positive"]);
  });

  it("an adjective or a noun of investigation does not override an accusation", () => {
    expect(predicatesOf("Senator Ada Price accused the ministry of lying and demanded an investigation.")).toEqual(["accuses/positive"]);
    expect(predicatesOf("The government denied a report by the investigative site Kronos.")).toEqual(["denies/negative"]);
  });

  it("a verb in a clause of reason does not replace the main clause's predicate", () => {
    expect(predicatesOf("The penalty includes a 30% discount because Harlow Bank agreed to settle early, the regulator said.")).toEqual(["fines/positive"]);
  });

  it("a forecast 'up from a previous range' is a raised forecast", () => {
    expect(predicatesOf("Orvik Foods now expects earnings of $2.10 to $2.20 a share, up from a previous range of $1.90 to $2.00.")).toContain("raises_forecast/positive");
    expect(predicatesOf("Orvik Foods said sales were $4 billion, up from $3.6 billion a year earlier.")).not.toContain("raises_forecast/positive");
  });

  it("an action no figure measures keeps its own claim", () => {
    expect(predicatesOf("Tavira Steel cut its annual sales forecast, and its quarterly profit fell 12%.")).toEqual(expect.arrayContaining(["cuts_forecast/positive", "reports_revenue/positive"]));
  });

  it("a negated subject negates the action", () => {
    expect(predicatesOf("The minister said no state agency had recalled the vaccine.")).toEqual(["recalls/negative"]);
  });
});
