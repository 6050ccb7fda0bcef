import { beforeEach, describe, expect, it } from "vitest";
import { readRows } from "@/graph/driver";
import { sha256Hex, stableId } from "@/lib/hash";
import type { ArticleDoc, Extraction } from "@/lib/schemas";
import { closeDriverAfterAll, nodeCounts, resetGraph } from "@/tests/setup/graph-test-helpers";
import { writeArticle } from "./write-article";

const text = "Alibaba Group announced it will ban Claude Code from July 10.\n\nAnthropic said it operated no backdoor.";

function doc(body = text): ArticleDoc {
  return {
    id: stableId("art", "https://vibetimes.example/alibaba-ban"), url: "https://vibetimes.example/alibaba-ban?utm_source=x",
    canonicalUrl: "https://vibetimes.example/alibaba-ban", title: "Alibaba bans Claude Code", lang: "en", text: body,
    textHash: sha256Hex(body), publishedAt: "2026-07-04T10:21:54+09:00", fetchedAt: "2026-07-04T02:00:00Z",
    source: { id: stableId("src", "vibetimes.example"), name: "VibeTimes", homepage: "https://vibetimes.example" },
  };
}

const alibaba = { id: "ent_alibaba", name: "Alibaba Group", type: "ORG" as const, aliases: ["Alibaba"], mentions: [{ start: 0, end: 13, text: "Alibaba Group" }] };
const claude = { id: "ent_claude_code", name: "Claude Code", type: "PRODUCT" as const, aliases: [], mentions: [{ start: 36, end: 47, text: "Claude Code" }] };

function extraction(quoteEnd = 61): Extraction {
  const quote = text.slice(0, quoteEnd);
  return {
    entities: [alibaba, claude], figures: [], dates: [],
    claims: [{ id: "c1", start: 0, end: quoteEnd, quote, before: "", after: "", speakerId: alibaba.id, speechAct: "announced", subjectId: alibaba.id, objectIds: [claude.id], predicate: "bans", polarity: "positive", date: { start: 53, end: 60, text: "July 10", date: "2026-07-10", kind: "absolute" } }],
    events: [{ id: "e1", kind: "ban", date: "2026-07-10", entityIds: [alibaba.id, claude.id], claimIds: ["c1"] }],
    relations: [{ type: "BANS", fromId: alibaba.id, toId: claude.id, claimIds: ["c1"] }],
  };
}

const counts = () => nodeCounts();

describe("writeArticle", () => {
  closeDriverAfterAll();
  beforeEach(resetGraph);

  it("stores the article, its source, entities, claim, event and relation, linked", async () => {
    expect(await writeArticle({ doc: doc(), extraction: extraction() })).toBe("new");
    const [row] = await readRows<{ source: string; speaker: string; date: string; rel: string; event: string }>(`
      MATCH (c:Claim)-[:REPORTED_IN]->(a:Article)-[:PUBLISHED_BY]->(s:Source), (c)-[:ASSERTED_BY]->(sp:Entity),
            (c)-[:DESCRIBES]->(ev:Event), (sp)-[r:RELATION]->(:Entity {name: 'Claude Code'})
      RETURN s.name AS source, sp.name AS speaker, c.date AS date, r.type AS rel, ev.kind AS event`);
    expect(row).toEqual({ source: "VibeTimes", speaker: "Alibaba Group", date: "2026-07-10", rel: "BANS", event: "ban" });
  });

  it("changes nothing when the same article is ingested again", async () => {
    await writeArticle({ doc: doc(), extraction: extraction() });
    const before = await counts();
    expect(await writeArticle({ doc: doc(), extraction: extraction() })).toBe("unchanged");
    expect(await counts()).toEqual(before);
  });

  it("keeps the earlier text as a version and replaces the claims when the article changes", async () => {
    await writeArticle({ doc: doc(), extraction: extraction() });
    const edited = text.replace("July 10", "July 11");
    expect(await writeArticle({ doc: doc(edited), extraction: extraction() })).toBe("updated");
    const rows = await readRows<{ versions: number; claims: number; oldText: string }>(`
      MATCH (a:Article)-[:PREVIOUS_VERSION]->(v:ArticleVersion)
      RETURN count(v) AS versions, COUNT { (:Claim)-[:REPORTED_IN]->(a) } AS claims, v.text AS oldText`);
    expect(rows).toEqual([{ versions: 1, claims: 1, oldText: text }]);
  });
});
