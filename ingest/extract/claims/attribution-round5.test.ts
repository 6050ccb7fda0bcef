import { describe, expect, it } from "vitest";
import { extractAssertions } from "../extract-assertions";

function claimsIn(text: string, fragment: string) {
  const x = extractAssertions({ text, publishedAt: "2026-05-20T09:00:00+00:00" });
  const at = text.indexOf(fragment);
  const name = (id?: string) => x.entities.find((e) => e.id === id)?.name;
  return x.claims.filter((c) => c.start <= at && c.end > at).map((c) => ({ speaker: name(c.speakerId), speakerText: c.speakerText, predicate: c.predicate, act: c.speechAct }));
}
const speakerOf = (text: string, fragment: string) => claimsIn(text, fragment)[0]?.speaker;

describe("attribution rules of the fifth round", () => {
  it("'said' followed by a lower-case role gives the person named after the role", () => {
    expect(speakerOf("“The sample was contaminated,” said senior chemist Ravi Oduya.", "contaminated")).toBe("Ravi Oduya");
  });

  it("'cautioned' attributes a warning", () => {
    const text = "Nadia Ferreira led the trial. She cautioned that the sample was too small to be sure.";
    expect(claimsIn(text, "too small")[0]).toMatchObject({ speaker: "Nadia Ferreira", act: "warned" });
  });

  it("'X said … but insisted …' keeps X as speaker", () => {
    const text = "Health Minister Tomas Reyes said the ministry was “concerned” but insisted the hospitals were safe.";
    expect(speakerOf(text, "hospitals were safe")).toBe("Tomas Reyes");
  });

  it("a review carried out by a firm speaks for the firm, and 'It' afterwards too", () => {
    const text = "The city council ordered a review of the tram network. The review, conducted by engineering firm Haldane Partners, blamed poor maintenance. It said repairs were years overdue.";
    expect(speakerOf(text, "poor maintenance")).toBe("Haldane Partners");
    expect(speakerOf(text, "years overdue")).toBe("Haldane Partners");
  });

  it("an organisation opening a sentence with its own commitment is the source", () => {
    const text = "BELFAST — Shipbuilder Corran Yards has withdrawn its bid for the navy contract. The Dockers' Union, which has 2,300 members, is demanding a pay rise. It will also spend £40,000 on a ballot. Corran Yards shares fell 3%.";
    expect(speakerOf(text, "navy contract")).toBe("Corran Yards");
    expect(speakerOf(text, "pay rise")).toBe("Dockers' Union");
    expect(speakerOf(text, "ballot")).toBe("Dockers' Union");
    expect(speakerOf(text, "shares fell")).toBeUndefined();
  });

  it("a bare spokesperson closing a sentence speaks for the body the sentence opens with", () => {
    const text = "The Harrow Gallery opened a new wing. The gallery sold 80,000 tickets last year, a spokeswoman said.";
    expect(claimsIn(text, "80,000")[0]).toMatchObject({ speaker: "Harrow Gallery", speakerText: "a spokeswoman" });
  });

  it("a group described by its relation to someone is the speaker, not the document it wrote", () => {
    const text = "The heirs of the architect who designed the hall said they would sue, according to a letter seen by The Courier.";
    expect(claimsIn(text, "would sue")[0]?.speakerText).toBe("The heirs of the architect");
  });
});
