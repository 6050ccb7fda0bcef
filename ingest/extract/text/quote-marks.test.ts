import { describe, expect, it } from "vitest";
import { withDoubleQuotes } from "./quote-marks";

describe("single quotation marks read as double ones", () => {
  it("pairs each opening mark with the closing one after it in its paragraph, offsets unchanged, apostrophes left alone", () => {
    const text = "Onchan's board met. 'We have absorbed losses. Costs rose,' she wrote.\n'We do not accept that,' the workers' union said. 'It goes on";
    const read = withDoubleQuotes(text);
    expect(read).toBe("Onchan's board met. \"We have absorbed losses. Costs rose,\" she wrote.\n\"We do not accept that,\" the workers' union said. 'It goes on");
    expect(read.length).toBe(text.length);
  });
  it("leaves copy with double marks, or with a single quotation only, as written", () => {
    expect(withDoubleQuotes("\"Yes,\" he said. 'No,' she said. 'Maybe,' they said.")).toBe("\"Yes,\" he said. 'No,' she said. 'Maybe,' they said.");
    expect(withDoubleQuotes("'No,' she said. It's over.")).toBe("'No,' she said. It's over.");
  });
});
