import { describe, expect, it } from "vitest";
import { findFigures } from "./find-figures";

const units = (s: string) => findFigures(s, []).map((f) => [f.value, f.qualifier, f.unit]);

describe("units of the fifth round", () => {
  it("a number joined to its unit by a hyphen keeps that unit", () => {
    expect(units("It opened a 650-megawatt gas plant.")).toEqual([[650, "exact", "megawatt"]]);
    expect(units("Drivers staged a 24-hour walkout.")).toEqual([[24, "exact", "hour"]]);
  });

  it("Nordic and Czech crowns are told apart by their nationality or native name", () => {
    expect(units("a fine of 12 million Norwegian crowns")).toEqual([[12e6, "exact", "NOK"]]);
    expect(units("profit of 900 million Danish kroner")).toEqual([[900e6, "exact", "DKK"]]);
    expect(units("a grant of 3 million kronor")).toEqual([[3e6, "exact", "SEK"]]);
  });

  it("a temperature scale after 'degrees' does not replace the degrees", () => {
    expect(units("the oven reached 450 degrees Fahrenheit")).toEqual([[450, "exact", "degrees"]]);
  });

  it("a participle between the number and its noun is an adjective", () => {
    expect(units("police seized 30 stolen paintings")).toEqual([[30, "exact", "paintings"]]);
    expect(units("40 stores closed last year")).toEqual([[40, "exact", "stores"]]);
  });

  it("a bare number that a count reached counts the thing counted", () => {
    expect(units("Passenger numbers at the airport fell 4% in May to about 9,000 a day.")).toEqual([[4, "exact", "percent"], [9000, "about", "passenger"]]);
  });
});
