import nlp from "compromise";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

describe("splitSentences", () => {
  it("a quotation whose own full stop closes the sentence ends it", () => {
    const text = "The minister called the report “a fantasy.” The union said it would strike.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["The minister called the report “a fantasy.”", "The union said it would strike."]);
  });

  it("round 114: a crosshead between dashes is a sentence of its own and takes nothing of the next; a sentence that opens with a quotation mark ends at its own full stop", () => {
    const text = "Workers voted to strike.\n\n- 'Whole valley' -\n\nThe prefecture convened a meeting. \"It ended,\" he said. It did.";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["Workers voted to strike.", "Whole valley' -", "The prefecture convened a meeting.", 'It ended," he said.', "It did."]);
  });

  it("a comma inside the quotation keeps the sentence going", () => {
    const text = "“We will appeal,” the club said. Fans were angry.";
    expect(splitSentences(text)).toHaveLength(2);
  });

  it("a paragraph break ends a sentence even before a quotation, which starts after its opening mark", () => {
    // (compromise alone runs the second paragraph's first sentence on from the first paragraph's last.)
    const text = "\"We did not choose this fight and we did not want it. The city chose it the day it started treating our members like criminals over paperwork, taking away a man's only income because a licence disc has expired,\" said Mandla Hermanus, chairperson of Santaco in the Western Cape, at a media briefing in Bellville after the talks ended.\n\n\"Every taxi standing in the pound costs its owner up to R3,000 a day in lost fares, and then he must find another R7,500 to get it released. Our operators cannot survive that.\"";
    const found = splitSentences(text);
    expect(found.map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
    expect(found[2]?.text).toBe("Every taxi standing in the pound costs its owner up to R3,000 a day in lost fares, and then he must find another R7,500 to get it released.");
  });
});

describe("splitSentences reads compromise's terms without its unused compute steps", () => {
  it("gives the words compromise's full tokenizer gives, contractions' empty terms included", () => {
    const text = "The firm cannot pay R$ 25m (about $4.5m), Mr. Silva said. \"We won't,\" she'd said on Jan. 3. Workers' pay isn't 2.1% higher.";
    type DocTerm = { text: string; pre: string; post: string };
    const full = (nlp.tokenize(text) as unknown as { document: DocTerm[][] }).document.flat().map((t) => [t.pre, t.text, t.post]);
    const ours = splitSentences(text).flatMap((s) => s.terms.map((t) => [t.pre, t.text, t.post]));
    expect(ours).toEqual(full);
    expect(ours.some(([, word]) => word === "")).toBe(true);
  });
});
