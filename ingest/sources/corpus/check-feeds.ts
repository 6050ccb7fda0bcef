import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { getConfig } from "@/lib/config";
import { checkCharsets } from "./check-charsets";
import { checkFeedparser } from "./check-feedparser";
import { checkGofeed } from "./check-gofeed";
import { checkNetNewsWire } from "./check-netnewswire";
import { checkRssParser } from "./check-rss-parser";
import type { CheckReport, Tally } from "./tally";

export type FeedCorpusReport = CheckReport & { suites: string[] };

/**
 * Parses the third-party feed corpus and compares with its expectations. `corpusDir` is the corpus
 * root (with a feeds/ folder) or the feeds folder itself. Details list every failing case.
 */
export async function checkFeedCorpus(corpusDir: string): Promise<FeedCorpusReport> {
  const feeds = existsSync(path.join(corpusDir, "feeds")) ? path.join(corpusDir, "feeds") : corpusDir;
  const charsets = checkCharsets(path.join(feeds, "charset-chardet"));
  const tallies: Tally[] = [
    checkRssParser(path.join(feeds, "rss-parser")),
    charsets.decoding,
    charsets.parsing,
    checkGofeed(path.join(feeds, "gofeed-tests")),
    checkNetNewsWire(path.join(feeds, "netnewswire-rsparser")),
  ];
  return {
    passed: sum(tallies, (t) => t.passed),
    failed: sum(tallies, (t) => t.failed),
    details: [...tallies.flatMap((t) => t.details), ...tallies.flatMap((t) => t.notes.map((n) => `NOTE ${n}`))],
    suites: tallies.map((t) => t.summary()),
  };
}

/**
 * feedparser's tests, kept apart from the rest because they probe far more than we store: its own
 * floor in `npm run test:corpus`. The advisory suite (exact sanitised text) is printed, not counted.
 */
export async function checkFeedparserCorpus(corpusDir: string): Promise<FeedCorpusReport> {
  const feeds = existsSync(path.join(corpusDir, "feeds")) ? path.join(corpusDir, "feeds") : corpusDir;
  const { counted, advisory, notApplicable } = checkFeedparser(path.join(feeds, "feedparser-tests"));
  return {
    passed: sum(counted, (t) => t.passed),
    failed: sum(counted, (t) => t.failed),
    details: [...counted, ...advisory].flatMap((t) => t.details),
    suites: [...counted.map((t) => t.summary()), ...advisory.map((t) => t.summary()), `feedparser: ${notApplicable} cases test only fields Newsgraph does not keep (not counted)`],
  };
}

const sum = (ts: Tally[], f: (t: Tally) => number) => ts.reduce((n, t) => n + f(t), 0);

async function main(): Promise<void> {
  const dir = process.argv[2] ?? getConfig().NEWSGRAPH_CORPUS;
  let failed = false;
  for (const [name, check] of [["feeds corpus", checkFeedCorpus], ["feedparser tests", checkFeedparserCorpus]] as const) {
    const report = await check(dir);
    for (const d of report.details) console.log(d.startsWith("NOTE ") ? d : `FAIL ${d}`);
    for (const s of report.suites) console.log(s);
    const total = report.passed + report.failed;
    console.log(`${name}: ${report.passed}/${total} passed (${((100 * report.passed) / Math.max(total, 1)).toFixed(1)}%)`);
    failed ||= report.failed > 0;
  }
  process.exitCode = failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) void main();
