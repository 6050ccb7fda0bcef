import { describe, expect, it } from "vitest";
import { extractAssertions } from "../extract-assertions";

/** Speaker and predicate of the claim made in the sentence that contains `fragment`. */
function claimIn(text: string, fragment: string) {
  const x = extractAssertions({ text, publishedAt: "2026-03-12T12:00:00+00:00" });
  const at = text.indexOf(fragment);
  const claims = x.claims.filter((c) => c.start <= at && c.end > at);
  const name = (id?: string) => x.entities.find((e) => e.id === id)?.name;
  return claims.map((c) => ({ speaker: name(c.speakerId), speakerText: c.speakerText, predicate: c.predicate, polarity: c.polarity, subject: name(c.subjectId) }));
}
const speakerOf = (text: string, fragment: string) => claimIn(text, fragment)[0]?.speaker;

describe("speakers in common news patterns", () => {
  it("X said / said X", () => {
    expect(speakerOf("Fennick Robotics said it would open a plant in Ohio.", "open")).toBe("Fennick Robotics");
    expect(speakerOf("The plant will cost more than planned, said Maria Toller, a Fennick engineer.", "plant")).toBe("Maria Toller");
  });

  it("according to X", () => {
    expect(speakerOf("Orders fell sharply in May, according to the Brisco Institute.", "Orders")).toBe("Brisco Institute");
  });

  it("X told Reuters", () => {
    const [c] = claimIn("Tessel Bank chief economist Aino Kallio told Reuters that rates would stay high.", "rates");
    expect(c?.speaker).toBe("Aino Kallio");
  });

  it("X, a spokesperson for Y, said", () => {
    const text = "Vantor Air cancelled 40 flights. “We regret the disruption,” Lise Amundsen, a spokesperson for Vantor Air, said.";
    expect(speakerOf(text, "regret")).toBe("Lise Amundsen");
  });

  it("a company spokesperson said: the speaker text plus the company", () => {
    const text = "Quillon Foods recalled its almond bars on Monday. A company spokesperson said no illnesses had been reported.";
    const [c] = claimIn(text, "illnesses");
    expect(c?.speakerText).toBe("A company spokesperson");
    expect(c?.speaker).toBe("Quillon Foods");
  });

  it("a quote with a trailing attribution takes the speaker after it, and the content before it", () => {
    const text = "Arvent Mining cut its output target. “The market has changed,” the company said in a statement on Tuesday.";
    const [c] = claimIn(text, "market has changed");
    expect(c?.speaker).toBe("Arvent Mining");
    expect(c?.predicate).toBe("states");
  });

  it("he/she/it said resolve to the last person or organisation", () => {
    const text = "Judge Hana Ruiz rejected the motion. Delvio Labs said it would appeal. She said the case would go to trial in May.";
    expect(speakerOf(text, "She said")).toBe("Hana Ruiz");
    expect(speakerOf(text, "it would appeal")).toBe("Delvio Labs");
    const text2 = "Marten Shipping sold two vessels, its chief executive Olaf Brink said. It said demand was weak.";
    expect(speakerOf(text2, "demand")).toBe("Marten Shipping");
  });

  it("a quotation continuing the previous speaker's quote is still theirs", () => {
    const text = "“We did nothing wrong,” said Petra Lind, the founder of Solvik Games. “The lawsuit is a distraction.”";
    expect(speakerOf(text, "distraction")).toBe("Petra Lind");
  });
});

describe("speaker rules that generalise", () => {
  it("'the company' is the company the article is about, not the data source cited last", () => {
    const text = "Orvik Foods raised its outlook on Monday. Orvik said sales rose 6%. Analysts had expected 4%, according to FactSet data. The snacks unit will be sold, the company said.";
    expect(speakerOf(text, "snacks unit")).toBe("Orvik Foods");
  });

  it("a named source after 'according to' outranks an unnamed group before the verb", () => {
    const [c] = claimIn("Economists had expected growth of 2.1%, according to FactSet data.", "Economists");
    expect(c?.speaker).toBe("FactSet");
  });

  it("an unattributed document belongs to the actor the sentence opens with", () => {
    const text = "Tavira Steel reported a loss. Tavira will close two plants in Spain, according to an internal memo.";
    expect(speakerOf(text, "close two plants")).toBe("Tavira Steel");
    const text2 = "The Danish Maritime Authority fined Kolby Lines. Its chief executive Ida Berg apologised. The regulator also ordered the carrier to hire an auditor, according to the final notice.";
    expect(speakerOf(text2, "hire an auditor")).toBe("Danish Maritime Authority");
  });

  it("a possessed role in apposition: the named holder speaks", () => {
    const text = "Police found the spyware, known as Glasswing, on 40 phones. Glasswing’s developer, Pellow Labs, said it sells only to governments.";
    expect(speakerOf(text, "sells only")).toBe("Pellow Labs");
  });

  it("a noun cue is background, not the actor's own report", () => {
    const [c] = claimIn("A jury ordered Harto Group to pay $40 million. Veska Labs had sought more than $90 million in damages.", "sought");
    expect(c?.speaker).toBeUndefined();
  });

  it("a sentence continues the previous one's source only on a whole word", () => {
    const text = "Marlow Appliances denied that a lawsuit filed in Ohio had merit. The suit, brought by a family, seeks more than $2 million in damages.";
    expect(speakerOf(text, "The suit")).toBeUndefined();
  });
});
