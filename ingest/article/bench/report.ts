import type { BenchPage } from "./load-corpus";
import type { MemoryReport } from "./measure";
import type { MetaTally } from "./metadata-reference";
import type { PageScore, Summary } from "./shingle-metric";
import type { System } from "./systems";

export type Row = {
  system: System;
  summary: Summary;
  scores: PageScore[];
  meta: MetaTally;
  pagesPerSecond: number;
  memory?: MemoryReport;
};

const f3 = (n: number) => n.toFixed(3);
const pct = ([hit, of]: [number, number]) => (of === 0 ? "n/a" : `${((100 * hit) / of).toFixed(1)}% (${hit}/${of})`);

export function printTable(rows: Row[], pages: number, passes: number): void {
  const out = [
    `Article body extraction, ${pages} pages (shared split), best of ${passes} timed passes, Node ${process.version}`,
    "",
    "| system | F1 | precision | recall | accuracy | pages/s | peak RSS (MB) | title | author | published |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map((r) =>
      [
        r.system.name,
        f3(r.summary.f1),
        f3(r.summary.precision),
        f3(r.summary.recall),
        f3(r.summary.accuracy),
        r.pagesPerSecond.toFixed(1),
        r.memory ? `${r.memory.peakRssMb.toFixed(0)} (corpus loaded: ${r.memory.baselineRssMb.toFixed(0)})` : "n/a",
        pct(r.meta.title),
        pct(r.meta.author),
        pct(r.meta.date),
      ].join(" | ").replace(/^/, "| ").concat(" |"),
    ),
    "",
    "F1/precision/recall/accuracy: the corpus README's metric (\\w+ tokens, 4-token shingles, per-page normalised,",
    "F1 = harmonic mean of mean precision and mean recall; accuracy = token list identical to the truth).",
    "Peak RSS: one untimed pass in a fresh child process per system (includes the decompressed corpus).",
    "Metadata accuracy = share of the pages that declare the value where the system's value matches the page's own",
    "metadata: title = JSON-LD Article headline else og:title (case/punctuation-insensitive, a dropped site suffix",
    "allowed); author = JSON-LD author names else meta author/article:author, each (a leading By dropped) in the byline;",
    "published = JSON-LD datePublished else article:published_time, same instant within 60 s (no offset = UTC).",
  ];
  if (rows.length === 2 && rows[0] && rows[1] && rows[1].pagesPerSecond > 0) {
    out.push("", `Speed ratio ${rows[0].system.name} / ${rows[1].system.name}: ${(rows[0].pagesPerSecond / rows[1].pagesPerSecond).toFixed(2)}x`);
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

export function printWorst(row: Row | undefined, pages: BenchPage[], n: number): void {
  if (!row) return;
  const ranked = row.scores
    .map((s, i) => ({ s, page: pages[i] }))
    .sort((a, b) => a.s.f1 - b.s.f1)
    .slice(0, n);
  const lines = ranked.map(({ s, page }) => {
    const p = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
    const r = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
    return `| ${page?.id.slice(0, 12)} | ${page ? new URL(page.url).hostname : ""} | ${f3(s.f1)} | ${f3(p)} | ${f3(r)} |`;
  });
  process.stdout.write(`\nWorst ${n} pages for ${row.system.name}:\n\n| id | host | F1 | P | R |\n|---|---|---|---|---|\n${lines.join("\n")}\n`);
}
