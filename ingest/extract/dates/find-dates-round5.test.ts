import { describe, expect, it } from "vitest";
import { findDates } from "./find-dates";

const pub = "2026-03-12T12:00:00+00:00"; // a Thursday
const days = (s: string) => findDates(s, pub).dates.map((d) => [d.text, d.date]);

describe("dates of the fifth round", () => {
  it("a generic weekday or weekend is no day on the calendar", () => {
    expect(days("The line carries 8,000 riders on an average weekday.")).toEqual([]);
    expect(days("Queues are longest on a busy weekend.")).toEqual([]);
  });

  it("a past clause after the future word dates the weekday in the past", () => {
    expect(days("The city will cut bus routes after the mayor signed the plan late on Monday.")).toEqual([["on Monday", "2026-03-09"]]);
    expect(days("The city will cut bus routes on Monday.")).toEqual([["on Monday", "2026-03-16"]]);
  });
});
