import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Claim, Extraction } from "@/lib/schemas/extraction";
import { entityKey, extractAssertions } from "./extract-assertions";

const text = readFileSync(path.join(import.meta.dirname, "fixtures/seed-article.txt"), "utf8");
const x: Extraction = extractAssertions({ text, publishedAt: "2026-07-04T10:21:54+09:00", lang: "en" });
const idOf = (name: string) => x.entities.find((e) => e.name === name)?.id;
const nameOf = (id?: string) => x.entities.find((e) => e.id === id)?.name;
const claim = (predicate: string, pick: (c: Claim) => boolean = () => true) => x.claims.filter((c) => c.predicate === predicate && pick(c));
const speaker = (c?: Claim) => c?.speakerText ?? nameOf(c?.speakerId);

describe("the seed article", () => {
  it("yields exactly the expected entities, one each, with the right types", () => {
    expect(x.entities.map((e) => `${e.type} ${e.name}`).sort()).toEqual([
      "GOV Chinese government", "GOV US senators", "MEDIA Caixin", "ORG Alibaba Group", "ORG Ant Group", "ORG Anthropic",
      "ORG ByteDance", "PRODUCT Claude", "PRODUCT Claude Code", "PRODUCT Qoder",
    ]);
    expect(x.entities.find((e) => e.name === "Alibaba Group")?.aliases).toEqual(["Alibaba"]);
    for (const e of x.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("links 'Alibaba-affiliated' and possessives to the entity, without the suffix", () => {
    const alibaba = x.entities.find((e) => e.name === "Alibaba Group");
    expect(alibaba?.mentions.map((m) => m.text)).toContain("Alibaba");
    expect(alibaba?.mentions.some((m) => text.slice(m.end, m.end + 11) === "-affiliated")).toBe(true);
    expect(x.entities.flatMap((e) => e.mentions).some((m) => /['’]s$/.test(m.text))).toBe(false);
  });

  it("has the ban, effective 2026-07-10, announced by Alibaba", () => {
    const [ban] = claim("bans");
    expect(ban?.date?.date).toBe("2026-07-10");
    expect(speaker(ban)).toBe("Alibaba Group");
    expect(ban?.speechAct).toBe("announced");
    expect(x.events.find((e) => e.kind === "ban")?.date).toBe("2026-07-10");
    expect(x.relations).toContainEqual(expect.objectContaining({ type: "BANS", fromId: idOf("Alibaba Group"), toId: idOf("Anthropic") }));
  });

  it("has the insider's confirmation to Caixin on July 3", () => {
    const [c] = claim("confirms");
    expect(c?.speakerText).toBe("An insider at Alibaba");
    expect(c?.speakerId).toBe(idOf("Alibaba Group"));
    expect(c?.objectIds).toContain(idOf("Caixin"));
    expect(c?.date?.date).toBe("2026-07-03");
    expect(x.events.find((e) => e.kind === "confirmation")?.date).toBe("2026-07-03");
  });

  it("dates the code removal to the day after the last date written before it", () => {
    const [c] = claim("removes");
    expect(c?.speakerText).toBe("An engineer from Anthropic");
    expect(c?.speakerId).toBe(idOf("Anthropic"));
    expect(c?.date).toMatchObject({ text: "the following day", date: "2026-07-04", kind: "relative" });
  });

  it("has the 25,000 accounts (about) and both interaction figures, attributed to Anthropic", () => {
    const accounts = claim("operated_accounts");
    expect(accounts.map((c) => [c.figure?.value, c.figure?.qualifier, c.figure?.unit])).toEqual([[25000, "about", "accounts"], [25000, "about", "accounts"]]);
    expect(accounts.every((c) => speaker(c) === "Anthropic" && nameOf(c.subjectId) === "Alibaba Group")).toBe(true);
    const inter = claim("interactions");
    expect(inter.map((c) => [c.figure?.value, c.figure?.qualifier, c.figure?.low])).toEqual([[28e6, "over", 28e6], [28.8e6, "over", 28.8e6]]);
    expect(inter.every((c) => speaker(c) === "Anthropic")).toBe(true);
    expect(x.relations).toContainEqual(expect.objectContaining({ type: "ACCUSES", fromId: idOf("Anthropic"), toId: idOf("Alibaba Group") }));
  });

  it("has the sales restriction and the blocking of Ant Group and ByteDance", () => {
    const [r] = claim("restricts_sales");
    expect(speaker(r)).toBe("Anthropic");
    expect(r?.objectIds).toContain(idOf("Chinese government"));
    const [b] = claim("blocks");
    expect(speaker(b)).toBe("Anthropic");
    const blocked = x.relations.filter((rel) => rel.type === "BLOCKS").map((rel) => nameOf(rel.toId));
    expect(blocked.sort()).toEqual(["Ant Group", "ByteDance"]);
  });

  it("records who makes the products", () => {
    const makes = x.relations.filter((r) => r.type === "MAKES").map((r) => `${nameOf(r.fromId)} -> ${nameOf(r.toId)}`);
    expect(makes.sort()).toEqual(["Alibaba Group -> Qoder", "Anthropic -> Claude", "Anthropic -> Claude Code"]);
  });

  it("quotes each claim exactly, with context to find it again", () => {
    expect(x.claims.length).toBeGreaterThanOrEqual(10);
    for (const c of x.claims) {
      expect(text.slice(c.start, c.end)).toBe(c.quote);
      expect(text.slice(c.start - c.before.length, c.start)).toBe(c.before);
      expect(text.slice(c.end, c.end + c.after.length)).toBe(c.after);
    }
  });

  it("is deterministic", () => {
    expect(extractAssertions({ text, publishedAt: "2026-07-04T10:21:54+09:00" })).toEqual(x);
  });
});

describe("claims elsewhere", () => {
  it("makes a denial a negative claim about the same predicate", () => {
    const d = extractAssertions({ text: "Alibaba Group Holding denied that Alibaba-affiliated organizations operated fraudulent accounts on Anthropic's Claude service.", publishedAt: "2026-07-06T09:00:00Z" });
    const [c] = d.claims;
    expect(c).toMatchObject({ predicate: "operated_accounts", polarity: "negative", speechAct: "denied" });
    expect(d.entities.find((e) => e.id === c?.subjectId)?.name).toBe("Alibaba Group");
  });

  it("finds unseen names and types them from context", () => {
    const d = extractAssertions({ text: "Nordvik Motors said it will recall 12,000 electric vans. The Lindqvist Transport Agency said it was informed. Jane Holloway, the chief executive, said Nordvik would pay.", publishedAt: "2026-07-02T08:00:00Z" });
    expect(d.entities.map((e) => `${e.type} ${e.name}`)).toEqual(["ORG Nordvik Motors", "GOV Lindqvist Transport Agency", "PERSON Jane Holloway"]);
    expect(d.claims[0]).toMatchObject({ predicate: "recalls", figure: { value: 12000, unit: "vans" } });
  });
});

describe("entityKey", () => {
  it("strips corporate suffixes, case and possessives", () => {
    expect(entityKey("Alibaba Group Holding")).toBe("alibaba");
    expect(entityKey("Anthropic's")).toBe("anthropic");
    expect(entityKey("The Example Daily")).toBe("example daily");
  });
});
