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

describe("speakers in common news patterns", () => {
  it("X said / said X", () => {
    expect(claimIn("Fennick Robotics said it would open a plant in Ohio.", "open")[0]?.speaker).toBe("Fennick Robotics");
    expect(claimIn("The plant will cost more than planned, said Maria Toller, a Fennick engineer.", "plant")[0]?.speaker).toBe("Maria Toller");
  });

  it("according to X", () => {
    expect(claimIn("Orders fell sharply in May, according to the Brisco Institute.", "Orders")[0]?.speaker).toBe("Brisco Institute");
  });

  it("X told Reuters", () => {
    const [c] = claimIn("Tessel Bank chief economist Aino Kallio told Reuters that rates would stay high.", "rates");
    expect(c?.speaker).toBe("Aino Kallio");
  });

  it("X, a spokesperson for Y, said", () => {
    const text = "Vantor Air cancelled 40 flights. “We regret the disruption,” Lise Amundsen, a spokesperson for Vantor Air, said.";
    expect(claimIn(text, "regret")[0]?.speaker).toBe("Lise Amundsen");
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
    expect(claimIn(text, "She said")[0]?.speaker).toBe("Hana Ruiz");
    expect(claimIn(text, "it would appeal")[0]?.speaker).toBe("Delvio Labs");
    const text2 = "Marten Shipping sold two vessels, its chief executive Olaf Brink said. It said demand was weak.";
    expect(claimIn(text2, "demand")[0]?.speaker).toBe("Marten Shipping");
  });

  it("a quotation continuing the previous speaker's quote is still theirs", () => {
    const text = "“We did nothing wrong,” said Petra Lind, the founder of Solvik Games. “The lawsuit is a distraction.”";
    expect(claimIn(text, "distraction")[0]?.speaker).toBe("Petra Lind");
  });
});
