import { describe, expect, it } from "vitest";
import { isDictionaryWord } from "../entities/dictionary";
import { DICTIONARY_CODES, ISO_RECORDS } from "./iso-currencies";

describe("ISO codes that are English words, written out", () => {
  it("are exactly the codes the English dictionary holds", () => {
    expect([...DICTIONARY_CODES].sort()).toEqual(ISO_RECORDS.map((c) => c.code).filter((c) => isDictionaryWord(c)).sort());
  });
});
