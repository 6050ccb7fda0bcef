import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("splitSentences", () => {
  it("a quotation whose own full stop closes the sentence ends it", () => {
    const text = "The minister called the report “a fantasy.” The union said it would strike.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["The minister called the report “a fantasy.”", "The union said it would strike."]);
  });

  it("a comma inside the quotation keeps the sentence going", () => {
    const text = "“We will appeal,” the club said. Fans were angry.";
    expect(splitSentences(text)).toHaveLength(2);
  });
});
