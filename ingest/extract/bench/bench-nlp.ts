/**
 * `npm run bench:nlp`: precision/recall/F1 per field on the gold set in ../gold (tuning and held-out
 * articles separately), then throughput on one core. Prints markdown tables for the README.
 * `--verbose` lists every missed and spurious item per article.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { extractAssertions } from "../extract-assertions";
import { splitSentences } from "../text/sentences";
import { GoldArticle } from "./gold-schema";
import { add, FIELDS, prf, scoreArticle, type Counts, type Field } from "./score";

const goldDir = path.join(import.meta.dirname, "../gold");
const articles = readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort().map((f) => {
  const gold = GoldArticle.parse(JSON.parse(readFileSync(path.join(goldDir, f), "utf8")));
  return { gold, text: readFileSync(path.join(goldDir, gold.file ?? ""), "utf8") };
});

const zero = (): Record<Field, Counts> => Object.fromEntries(FIELDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Counts>;
const totals = { tune: zero(), "heldout-1": zero(), "heldout-2": zero(), heldout: zero(), all: zero() };
for (const { gold, text } of articles) {
  const x = extractAssertions({ text, publishedAt: gold.publishedAt, lang: "en" });
  const s = scoreArticle(gold, text, splitSentences(text), x);
  for (const k of FIELDS) {
    totals[gold.split][k] = add(totals[gold.split][k], s[k]);
    totals.all[k] = add(totals.all[k], s[k]);
    const batch = gold.batch === "2" ? "heldout-2" : "heldout-1";
    if (gold.split === "heldout") totals[batch][k] = add(totals[batch][k], s[k]);
  }
  if (process.argv.includes("--verbose")) console.log(gold.id, FIELDS.map((k) => `${k} ${s[k].tp}/${s[k].fp}/${s[k].fn}`).join("  "));
}

const pct = (n: number) => n.toFixed(3);
const count = (split: keyof typeof totals) =>
  articles.filter((a) => split === "all" || a.gold.split === split || (a.gold.split === "heldout" && (a.gold.batch === "2") === (split === "heldout-2") && split.startsWith("heldout-"))).length;
console.log(`\n| field | split | articles | precision | recall | F1 |\n|---|---|---|---|---|---|`);
for (const k of FIELDS) {
  for (const split of ["tune", "heldout-1", "heldout-2", "heldout", "all"] as const) {
    const m = prf(totals[split][k]);
    console.log(`| ${k} | ${split} | ${count(split)} | ${pct(m.p)} | ${pct(m.r)} | ${pct(m.f1)} |`);
  }
}

// Throughput: loop until at least two seconds have passed so JIT warm-up does not dominate.
for (const a of articles) extractAssertions({ text: a.text, publishedAt: a.gold.publishedAt });
let runs = 0;
const t0 = performance.now();
while (performance.now() - t0 < 2000) for (const a of articles) { extractAssertions({ text: a.text, publishedAt: a.gold.publishedAt }); runs++; }
const secs = (performance.now() - t0) / 1000;
const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0) / articles.length;
console.log(`\n| throughput (1 core) | value |\n|---|---|\n| articles/s | ${(runs / secs).toFixed(0)} |\n| mean article length (words) | ${words.toFixed(0)} |\n| runs | ${runs} |`);
