/**
 * Runs findFigures over the peer cases in the shared recognizers corpus (Microsoft Recognizers-Text
 * specs) for the number forms Newsgraph supports, and prints pass/fail counts per file.
 * Corpus path: NEWSGRAPH_CORPUS (default ../shared/corpus from the repo root). `--fails` lists failures.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Figure } from "@/lib/schemas/extraction";
import { findFigures } from "../figures/find-figures";

const root = path.resolve(import.meta.dirname, "../../..");
const corpus = path.resolve(root, process.env.NEWSGRAPH_CORPUS ?? "../shared/corpus", "recognizers");
const Case = z.object({
  Input: z.string(),
  Results: z.array(z.object({ Text: z.string(), Start: z.number(), End: z.number(), Resolution: z.record(z.string(), z.unknown()).nullish() })),
});
type Result = z.infer<typeof Case>["Results"][number];
type Check = { supports: RegExp; ok: (f: Figure, r: Result) => boolean };

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?(?:thousand|million|billion|trillion))?`;
/** The peer names currencies; older cases carry no ISO code. */
const ISO: Record<string, string> = { Dollar: "USD", "United States dollar": "USD", Pound: "GBP", "British pound": "GBP", Euro: "EUR", "Chinese yuan": "CNY", "Japanese yen": "JPY" };
const value = (r: Result) => Number(String(r.Resolution?.value ?? "").replace(/%$/, ""));
const interval = (r: Result) => /^([[(])([^,]*),([^\])]*)([\])])$/.exec(String(r.Resolution?.value ?? ""));
const CHECKS: Record<string, Check> = {
  "Number/English/NumberModel.json": { supports: new RegExp(`^${NUM}$`, "i"), ok: (f, r) => f.value === value(r) },
  "Number/English/PercentModel.json": { supports: new RegExp(`^${NUM}\\s?(?:%|percent|per cent)$`, "i"), ok: (f, r) => f.value === value(r) && f.unit === "percent" },
  "NumberWithUnit/English/CurrencyModel.json": {
    supports: new RegExp(`^(?:(?:US\\$|\\$|€|£|¥)\\s?${NUM}|${NUM}\\s(?:dollars|euros|pounds|yuan|yen))$`, "i"),
    ok: (f, r) => f.value === value(r) && f.unit === (r.Resolution?.isoCurrency ?? ISO[String(r.Resolution?.unit)]),
  },
  "Number/English/NumberRangeModel.json": {
    supports: new RegExp(`^(?:more than|over|above|less than|fewer than|under|below|at least|at most|up to|between ${NUM} and) ${NUM}$`, "i"),
    ok: (f, r) => {
      const m = interval(r);
      if (!m) return false;
      const [, open, lo, hi] = m;
      const low = lo ? Number(lo) : undefined;
      const high = hi ? Number(hi) : undefined;
      if (low !== undefined && high !== undefined) return f.qualifier === "between" && f.low === low && f.high === high;
      if (low !== undefined) return (open === "(" ? f.qualifier === "over" : f.qualifier === "at_least") && f.low === low;
      return (f.qualifier === "under" || f.qualifier === "at_most") && f.high === high;
    },
  },
};

const showFails = process.argv.includes("--fails");
let pass = 0;
let total = 0;
for (const [file, check] of Object.entries(CHECKS)) {
  const cases = z.array(Case).parse(JSON.parse(readFileSync(path.join(corpus, file), "utf8").replace(/^\uFEFF/, "")));
  let p = 0;
  let n = 0;
  for (const c of cases) {
    const figures = findFigures(c.Input, []);
    for (const r of c.Results.filter((x) => check.supports.test(x.Text.trim()))) {
      n++;
      // The peer's End is inclusive; ours is exclusive. A figure must cover the span and resolve the same.
      const hit = figures.find((f) => f.start <= r.Start && f.end >= r.End + 1 && check.ok(f, r));
      if (hit) p++;
      else if (showFails) console.log(`FAIL ${file}: ${JSON.stringify(c.Input)} expected ${r.Text} -> ${JSON.stringify(r.Resolution)}; got ${JSON.stringify(figures.map((f) => [f.text, f.value, f.qualifier, f.unit]))}`);
    }
  }
  console.log(`${file}: ${p}/${n} supported cases pass (${cases.length} cases in file)`);
  pass += p;
  total += n;
}
console.log(`total: ${pass}/${total} pass`);
