import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { getConfig } from "@/lib/config";
import { checkCharsets } from "./check-charsets";
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

const sum = (ts: Tally[], f: (t: Tally) => number) => ts.reduce((n, t) => n + f(t), 0);

async function main(): Promise<void> {
  const dir = process.argv[2] ?? getConfig().NEWSGRAPH_CORPUS;
  const report = await checkFeedCorpus(dir);
  for (const d of report.details) console.log(d.startsWith("NOTE ") ? d : `FAIL ${d}`);
  for (const s of report.suites) console.log(s);
  const total = report.passed + report.failed;
  console.log(`feeds corpus: ${report.passed}/${total} passed (${((100 * report.passed) / Math.max(total, 1)).toFixed(1)}%)`);
  process.exitCode = report.failed > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) void main();
