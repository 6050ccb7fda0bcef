import { describe, expect, it } from "vitest";
import { parseDuration } from "./parse-duration";

describe("parseDuration (poll --every)", () => {
  it("reads seconds, minutes, hours and days", () => {
    expect(parseDuration("90s")).toBe(90_000);
    expect(parseDuration("15m")).toBe(900_000);
    expect(parseDuration("1.5h")).toBe(5_400_000);
    expect(parseDuration("1d")).toBe(86_400_000);
  });

  it("refuses a malformed value with an example of a right one", () => {
    expect(() => parseDuration("15 minutes")).toThrow(/use a number and s, m, h or d, e\.g\. 15m/);
  });

  it("refuses impolitely short intervals", () => {
    expect(() => parseDuration("2s")).toThrow(/at least 10s/);
  });
});
