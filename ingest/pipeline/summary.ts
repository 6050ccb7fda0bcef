import type { WriteOutcome } from "@/graph/write/write-article";

export type ItemResult =
  | { kind: "stored"; target: string; outcome: WriteOutcome; articleId: string; title: string }
  | { kind: "skipped"; target: string; reason: string }
  | { kind: "failed"; target: string; reason: string };

/** Tallies what happened to every item of a run, for the end-of-run report and the exit status. */
export class IngestSummary {
  readonly results: ItemResult[] = [];
  fetched = 0;

  add(result: ItemResult): void {
    this.results.push(result);
  }

  count(outcome: WriteOutcome): number {
    return this.results.filter((r) => r.kind === "stored" && r.outcome === outcome).length;
  }

  get skipped(): Extract<ItemResult, { kind: "skipped" }>[] {
    return this.results.filter((r): r is Extract<ItemResult, { kind: "skipped" }> => r.kind === "skipped");
  }

  get failed(): Extract<ItemResult, { kind: "failed" }>[] {
    return this.results.filter((r): r is Extract<ItemResult, { kind: "failed" }> => r.kind === "failed");
  }

  get storedArticleIds(): string[] {
    return this.results.flatMap((r) => (r.kind === "stored" && r.outcome !== "unchanged" ? [r.articleId] : []));
  }

  toJSON() {
    return {
      fetched: this.fetched, new: this.count("new"), updated: this.count("updated"), unchanged: this.count("unchanged"),
      skipped: this.skipped.map(({ target, reason }) => ({ target, reason })),
      failed: this.failed.map(({ target, reason }) => ({ target, reason })),
    };
  }

  /** Human-readable lines: one total, then one per skipped or failed item with its reason. */
  format(): string {
    const j = this.toJSON();
    const lines = [`fetched ${j.fetched}, new ${j.new}, updated ${j.updated}, unchanged ${j.unchanged}, skipped ${j.skipped.length}, failed ${j.failed.length}`];
    for (const s of j.skipped) lines.push(`  skipped ${s.target}: ${s.reason}`);
    for (const f of j.failed) lines.push(`  failed  ${f.target}: ${f.reason}`);
    return lines.join("\n");
  }
}
