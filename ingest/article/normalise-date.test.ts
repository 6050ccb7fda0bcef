import { describe, expect, it } from "vitest";
import { normaliseDate } from "./normalise-date";

describe("normaliseDate", () => {
  it.each([
    ["2026-07-04T10:21:54+09:00", "2026-07-04T10:21:54+09:00"],
    ["2026-07-04T10:21:54.123Z", "2026-07-04T10:21:54.123Z"],
    ["2026-07-04T10:21:54+0900", "2026-07-04T10:21:54+09:00"],
    ["2026-07-04 10:21", "2026-07-04T10:21:00Z"],
    ["2026-07-04", "2026-07-04T00:00:00Z"],
    ["20260704", "2026-07-04T00:00:00Z"],
    ["Sat, 04 Jul 2026 01:21:54 GMT", "2026-07-04T01:21:54Z"],
    ["Sat, 04 Jul 2026 10:21:54 +0900", "2026-07-04T10:21:54+09:00"],
    ["July 4, 2026", "2026-07-04T00:00:00Z"],
  ])("%s -> %s", (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  it("gives up on what is not a date", () => {
    expect(normaliseDate("yesterday-ish")).toBeUndefined();
    expect(normaliseDate("")).toBeUndefined();
    expect(normaliseDate("2026-13-45")).toBeUndefined();
  });
});
