/**
 * `npm run bench:nlp`: precision/recall/F1 per field on the gold set in ../gold, per split (tune and
 * each held-out batch), then throughput on one core. Prints markdown tables for the README.
 * `--verbose` prints the counts per article; `--errors [split]` lists every missed and spurious item
 * per article (of one split when given, e.g. `--errors heldout-2`, and then that split's rows only);
 * `--except <split>[,<split>]` leaves splits out of every row; the splits listed in gold/unscored.json are left
 * out unless `--blind <split>` names one.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { getConfig } from "@/lib/config";
import { extractAssertions } from "../extract-assertions";
import { splitSentences } from "../text/sentences";
import { printErrors } from "./print-errors";
import { GoldArticle } from "./gold-schema";
import { add, FIELDS, prf, scoreArticle, type Counts, type Field } from "./score";

/**
 * Held-out articles are grouped by the round they were written in; batch 1 has no `batch` field.
 * Articles annotated on real pages of the corpus (`corpusId`) form their own "wire" splits.
 */
const splitOf = (g: GoldArticle): string => (g.split === "tune" ? "tune" : `${g.corpusId ? "wire" : "heldout"}-${g.batch ?? "1"}`);

const goldDir = path.join(import.meta.dirname, "../gold");
const corpusBodies = loadCorpusBodies();
const articles = readdirSync(goldDir).filter((f) => f.endsWith(".json") && f !== "unscored.json").sort().flatMap((f) => {
  const gold = GoldArticle.parse(JSON.parse(readFileSync(path.join(goldDir, f), "utf8")));
  if (!gold.corpusId) return [{ gold, text: readFileSync(path.join(goldDir, gold.file ?? ""), "utf8") }];
  const text = corpusBodies?.get(gold.corpusId);
  return text === undefined ? [] : [{ gold, text }];
});

/**
 * Real pages' bodies stay in the third-party corpus (not redistributed with the code), so the gold of a
 * "wire" article names its corpus id and the text is read from NEWSGRAPH_CORPUS; without the corpus those
 * articles are left out and the bench says so.
 */
function loadCorpusBodies(): Map<string, string> | undefined {
  const file = path.join(getConfig().NEWSGRAPH_CORPUS, "article-extraction", "ground-truth.json");
  try {
    const truth = z.record(z.string(), z.object({ articleBody: z.string() })).parse(JSON.parse(readFileSync(file, "utf8")));
    return new Map(Object.entries(truth).map(([id, t]) => [id, t.articleBody]));
  } catch {
    console.log(`corpus ground truth not found at ${file}; set NEWSGRAPH_CORPUS to score the wire articles too.`);
    return undefined;
  }
}

const args = process.argv.slice(2);
const errorsAt = args.indexOf("--errors");
const afterErrors = errorsAt >= 0 ? args[errorsAt + 1] : undefined;
const errorSplit = afterErrors?.startsWith("--") ? undefined : afterErrors;
/** `--except heldout-23[,heldout-24]`: leave splits out entirely (a batch kept blind until its run is not scored, not even inside "all"). */
const exceptAt = args.indexOf("--except");
/**
 * Batches written for a later round's blind run are listed in gold/unscored.json and left out by default, so
 * no run (CI's included) scores them early; `--blind <split>` scores one of them, once, for its blind run.
 */
const blindAt = args.indexOf("--blind");
const blind = blindAt >= 0 ? args[blindAt + 1] : undefined;
const Unscored = z.object({ splits: z.array(z.string()) });
const unscored = Unscored.parse(JSON.parse(readFileSync(path.join(goldDir, "unscored.json"), "utf8"))).splits.filter((x) => x !== blind);
const except = new Set([...unscored, ...(exceptAt >= 0 ? (args[exceptAt + 1] ?? "").split(",") : [])]);

/** The splits the gold holds, in reading order: tune, heldout-1…n, wire-1…n, then all of them. */
const order = (split: string) => [split.startsWith("heldout") ? 1 : split.startsWith("wire") ? 2 : 0, Number(split.split("-")[1] ?? 0)] as const;
const scored = articles.filter((a) => !except.has(splitOf(a.gold)));
const SPLITS = [...[...new Set(scored.map((a) => splitOf(a.gold)))].sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]), "all"];

const zero = (): Record<Field, Counts> => Object.fromEntries(FIELDS.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Counts>;
const totals = new Map(SPLITS.map((s) => [s, zero()]));
const addTo = (split: string, k: Field, c: Counts) => {
  const t = totals.get(split);
  if (t) t[k] = add(t[k], c);
};
for (const { gold, text } of scored) {
  // (No language tag: the extractor tells Spanish copy from English itself, as it does for a file given to the CLI.)
  const x = extractAssertions({ text, publishedAt: gold.publishedAt });
  const sentences = splitSentences(text);
  const s = scoreArticle(gold, text, sentences, x);
  const split = splitOf(gold);
  for (const k of FIELDS) {
    addTo(split, k, s[k]);
    addTo("all", k, s[k]);
  }
  if (args.includes("--verbose")) console.log(gold.id, FIELDS.map((k) => `${k} ${s[k].tp}/${s[k].fp}/${s[k].fn}`).join("  "));
  if (errorsAt >= 0 && (!errorSplit || errorSplit === split)) printErrors(gold.id, text, sentences, s);
}

const pct = (n: number) => n.toFixed(3);
const count = (split: string) => scored.filter((a) => split === "all" || splitOf(a.gold) === split).length;
console.log(`\n| field | split | articles | precision | recall | F1 |\n|---|---|---|---|---|---|`);
for (const k of FIELDS) {
  // ("--errors heldout-20" shows that split's rows only: a look at one split's errors must not show another's scores.)
  for (const split of SPLITS.filter((x) => !errorSplit || x === errorSplit)) {
    const m = prf(totals.get(split)?.[k] ?? { tp: 0, fp: 0, fn: 0 });
    console.log(`| ${k} | ${split} | ${count(split)} | ${pct(m.p)} | ${pct(m.r)} | ${pct(m.f1)} |`);
  }
}

// Throughput: after a warm-up pass, three timed passes over every article; the median pass is the figure, so one pass
// slowed by another tenant of the machine (runs of the same code differ by a third from hour to hour) does not decide it.
for (const a of articles) extractAssertions({ text: a.text, publishedAt: a.gold.publishedAt });
const rates: number[] = [];
for (let pass = 0; pass < 3; pass++) {
  const t0 = performance.now();
  for (const a of articles) extractAssertions({ text: a.text, publishedAt: a.gold.publishedAt });
  rates.push(articles.length / ((performance.now() - t0) / 1000));
}
const [slowest, median, fastest] = [...rates].sort((a, b) => a - b).map((r) => r.toFixed(0));
const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0) / articles.length;
console.log(`\n| throughput (1 core) | value |\n|---|---|\n| articles/s | ${median} |\n| slowest and fastest of the three passes | ${slowest}, ${fastest} |\n| mean article length (words) | ${words.toFixed(0)} |\n| runs | ${articles.length * 3} |`);
