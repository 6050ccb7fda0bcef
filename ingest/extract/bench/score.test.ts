import { describe, expect, it } from "vitest";
import { extractAssertions } from "../extract-assertions";
import { splitSentences } from "../text/sentences";
import type { GoldArticle } from "./gold-schema";
import { scoreArticle } from "./score";

const text = "The strike lasted two weeks and cost Kestrel Mining $4.2 million, the union said. About a quarter of a million litres leaked.";
const publishedAt = "2026-03-11T10:00:00+00:00";
const gold = (figures: GoldArticle["figures"]): GoldArticle => ({ id: "t", publishedAt, split: "heldout", entities: [], figures, dates: [], claims: [] });

describe("bench scoring of figures", () => {
  const x = extractAssertions({ text, publishedAt });
  const score = (figures: GoldArticle["figures"]) => scoreArticle(gold(figures), text, splitSentences(text), x).figures;

  it("leaves a number written only in words out of the gold, as the extractor's scope says", () => {
    const s = score([
      { text: "two weeks", value: 2, qualifier: "exact", unit: "weeks" },
      { text: "$4.2 million", value: 4_200_000, qualifier: "exact", unit: "USD" },
    ]);
    expect(s.missed).toEqual([]);
    expect(s.tp).toBe(1);
  });

  it("counts a rate in what stands before 'per' (round 54): 'micrograms per cubic meter' is micrograms", () => {
    const t = "Readings reached up to 1,340 micrograms per cubic meter.";
    const x2 = extractAssertions({ text: t, publishedAt });
    const g = gold([{ text: "up to 1,340 micrograms per cubic meter", value: 1340, qualifier: "at_most", unit: "micrograms per cubic meter" }]);
    expect(scoreArticle(g, t, splitSentences(t), x2).figures).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it("counts a rate written with 'a' as one with 'per', and hectares however written (round 169)", () => {
    const t = "It may take up to 410 litres a second and irrigate about 300ha.";
    const x2 = extractAssertions({ text: t, publishedAt });
    const g = gold([{ text: "up to 410 litres a second", value: 410, qualifier: "at_most", unit: "litres a second" }, { text: "about 300ha", value: 300, qualifier: "about", unit: "ha" }]);
    expect(scoreArticle(g, t, splitSentences(t), x2).figures).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it("keeps one written in words with a scale word", () => {
    const s = score([{ text: "About a quarter of a million litres", value: 250_000, qualifier: "about", unit: "litres" }]);
    expect(s.tp + s.fn).toBe(1);
  });
});

describe("bench scoring of dates", () => {
  it("reads 'before Monday' and 'Monday' as one date: the preposition is a span convention, as 'by' and 'until' are", () => {
    const t = "The regulator must step in before Monday, he said.";
    const at = "2026-10-14T06:30:00+00:00";
    const x = extractAssertions({ text: t, publishedAt: at });
    const g: GoldArticle = { id: "d", publishedAt: at, split: "heldout", entities: [], figures: [], dates: [{ text: "before Monday", date: "2026-10-19" }], claims: [] };
    expect(scoreArticle(g, t, splitSentences(t), x).dates).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it("reads 'late Monday', 'later Wednesday' and 'as of Friday' as the weekday: the time of day and the preposition are span conventions (round 159)", () => {
    const t = "In a statement issued late Monday, the company said it had received 64 comments as of Friday.";
    const at = "2026-03-10T05:30:00-07:00";
    const x = extractAssertions({ text: t, publishedAt: at });
    const g: GoldArticle = { id: "d", publishedAt: at, split: "heldout", entities: [], figures: [], dates: [{ text: "late Monday", date: "2026-03-09" }, { text: "as of Friday", date: "2026-03-06" }], claims: [] };
    expect(scoreArticle(g, t, splitSentences(t), x).dates).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });
  it("reads 'March 3 last year' and 'March 3' as one expression, but only on last year's day", () => {
    const t = "It renewed its treaties on March 3 last year, the company said.";
    const at = "2026-10-21T18:45:00-03:00";
    const x = extractAssertions({ text: t, publishedAt: at });
    const gold = (date: string): GoldArticle => ({ id: "d", publishedAt: at, split: "heldout", entities: [], figures: [], dates: [{ text: "March 3", date }], claims: [] });
    expect(scoreArticle(gold("2025-03-03"), t, splitSentences(t), x).dates).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(scoreArticle(gold("2026-03-03"), t, splitSentences(t), x).dates).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });
});

describe("bench scoring of speakers", () => {
  it("compares a speaker by who it is: an alias the gold names counts even when the two sides typed the entity differently", () => {
    const t = "Transport for Wales (TfW) runs the trains. TfW said it was disappointed by the decision.";
    const at = "2026-03-11T10:00:00+00:00";
    const x = extractAssertions({ text: t, publishedAt: at });
    const other = x.entities.find((e) => e.aliases.includes("TfW") || e.name === "TfW");
    const type = other?.type === "GOV" ? "ORG" : "GOV";
    const g: GoldArticle = { id: "s", publishedAt: at, split: "heldout", entities: [{ name: "Transport for Wales", type }], figures: [], dates: [], claims: [{ in: "TfW said it was disappointed", predicate: "states", polarity: "positive", speaker: "Transport for Wales" }] };
    expect(scoreArticle(g, t, splitSentences(t), x).speakers).toMatchObject({ tp: 1, fn: 0 });
  });
});

describe("bench scoring of described speakers", () => {
  it("reads a described speaker's leading 'the' as a span convention", () => {
    const t = "Norway accused the Faroe Islands of overfishing. The Faroese government rejected the accusation.";
    const at = "2026-11-25T10:00:00+01:00";
    const x = extractAssertions({ text: t, publishedAt: at });
    const g: GoldArticle = { id: "f", publishedAt: at, split: "heldout", entities: [], figures: [], dates: [], claims: [{ in: "rejected the accusation", predicate: "denies", polarity: "negative", speaker: "the Faroese government" }] };
    expect(scoreArticle(g, t, splitSentences(t), x).speakers).toMatchObject({ tp: 1 });
  });
});
