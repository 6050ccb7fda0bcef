import { describe, expect, it } from "vitest";
import { IngestSummary } from "./summary";

describe("IngestSummary", () => {
  it("counts outcomes and lists each skipped or failed item with its reason", () => {
    const s = new IngestSummary();
    s.fetched = 3;
    s.add({ kind: "stored", target: "a", outcome: "new", articleId: "art_a", title: "A" });
    s.add({ kind: "stored", target: "b", outcome: "unchanged", articleId: "art_b", title: "B" });
    s.add({ kind: "failed", target: "https://x.test/c", reason: "HTTP 500" });
    s.add({ kind: "skipped", target: "feed item 2", reason: "no link" });
    expect(s.format()).toBe(
      "fetched 3, new 1, updated 0, unchanged 1, skipped 1, failed 1\n  skipped feed item 2: no link\n  failed  https://x.test/c: HTTP 500",
    );
    expect(s.storedArticleIds).toEqual(["art_a"]);
  });
});
