import path from "node:path";
import { z } from "zod";
import { compareCheck, FeedparserCase, lookup, type OurResult } from "./feedparser-expectations";
import { decodeExpected, documentUrl, parseCase, readCase } from "./feedparser-fixture";
import { readJson, Tally } from "./tally";

/** Microsoft's Channel Definition Format (1997) is not a feed format Newsgraph reads. */
const NOT_FEEDS = "wellformed/cdf/";

export type FeedparserTallies = { counted: Tally[]; advisory: Tally[]; notApplicable: number };

/**
 * kurtmckee/feedparser's tests, on what Newsgraph stores: feed title and link, entry title, link,
 * summary, id and date, the charset (encoding/, illformed/chardet), and the sanitizer cases, where
 * the hard rule is that our titles and summaries are plain text with no script, tag or handler.
 */
export function checkFeedparser(dir: string): FeedparserTallies {
  const suites = { encoding: new Tally("feedparser encoding"), fields: new Tally("feedparser fields"), entities: new Tally("feedparser entities (feed title)"), safe: new Tally("feedparser sanitize (plain text, no script)") };
  const advisoryText = new Tally("feedparser sanitize text (advisory)");
  let notApplicable = 0;
  for (const c of z.array(FeedparserCase).parse(readJson(path.join(dir, "expectations.json")))) {
    const sanitize = c.file.startsWith("wellformed/sanitize/");
    const encodingCheck = c.structured?.checks.find((k) => k.path.length === 1 && k.path[0] === "encoding");
    const expectedCharset = encodingCheck?.value;
    if (typeof expectedCharset === "string") suites.encoding.check(c.file, () => encodingProblems(dir, c, expectedCharset));
    if (sanitize) {
      suites.safe.check(c.file, () => safety(dir, c));
      if (hasMappedChecks(dir, c, true)) advisoryText.check(c.file, () => fieldProblems(dir, c, true));
    } else if (!c.file.startsWith(NOT_FEEDS) && hasMappedChecks(dir, c, false)) {
      (c.file.startsWith("entities/") ? suites.entities : suites.fields).check(c.file, () => fieldProblems(dir, c, false));
    } else if (typeof expectedCharset !== "string") notApplicable++;
  }
  return { counted: Object.values(suites), advisory: [advisoryText], notApplicable };
}

function load(dir: string, c: FeedparserCase): OurResult {
  const { text, charset } = readCase(dir, c);
  return parseCase(text, charset, documentUrl(c));
}

function hasMappedChecks(dir: string, c: FeedparserCase, content: boolean): boolean {
  const checks = c.structured?.checks ?? [];
  if (checks.length === 0) return false;
  try {
    const ours = load(dir, c);
    return checks.some((k) => lookup(ours, k.path, { content }) !== undefined);
  } catch {
    // A wellformed feed we cannot parse is a failure worth counting; an illformed one is not.
    return c.file.startsWith("wellformed/") && checks.some((k) => ["feed", "entries"].includes(String(k.path[0])));
  }
}

function fieldProblems(dir: string, c: FeedparserCase, content: boolean): string[] {
  const ours = load(dir, c);
  return (c.structured?.checks ?? []).flatMap((k) => {
    const found = lookup(ours, k.path, { content });
    return found ? compareCheck(k, found, documentUrl(c)) : [];
  });
}

/** Same characters as a browser's decoder for the expected charset reads (labels differ: latin-1 vs windows-1252). */
function encodingProblems(dir: string, c: FeedparserCase, expected: string): string[] {
  const { bytes, text, charset } = readCase(dir, c);
  const truth = decodeExpected(bytes, expected);
  if (truth === undefined) return [`no decoder for ${expected}`];
  return truth === text ? [] : [`decoded as ${charset}, expected ${expected}`];
}

const UNSAFE = [/<\s*\/?\s*[a-z!?]/i, /javascript\s*:/i, /\bon[a-z]+\s*=/i, /expression\s*\(/i];

/** Everything text we keep from the feed must be plain text that nothing could run. */
function safety(dir: string, c: FeedparserCase): string[] {
  let ours: OurResult;
  try {
    ours = load(dir, c);
  } catch {
    return []; // refusing a feed stores nothing, which is safe
  }
  const texts = [ours.feed.title, ...ours.feed.items.flatMap((i) => [i.title, i.summary, i.author, i.guid])].filter((t): t is string => !!t);
  return texts.flatMap((t) => (UNSAFE.some((re) => re.test(t)) ? [`unsafe text kept: ${JSON.stringify(t.slice(0, 120))}`] : []));
}
