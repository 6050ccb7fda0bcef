/**
 * npm run bench:extract [-- --passes 5] [--worst 10] [--system ours|readability]
 * Body-text quality (the corpus README's shingle metric), speed and peak memory of our extractor
 * and of Mozilla Readability on linkedom, in the same run, plus metadata accuracy; prints a
 * markdown table for the README.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { getConfig } from "@/lib/config";
import { loadCorpus } from "./load-corpus";
import { measureMemory, measureSpeed, runChild, type MemoryReport } from "./measure";
import { readReference, tallyMetadata, type MetaTally } from "./metadata-reference";
import { printTable, printWorst, type Row } from "./report";
import { scorePage, summarise } from "./shingle-metric";
import { SYSTEMS, type System } from "./systems";

const script = import.meta.filename;
const repoRoot = path.resolve(import.meta.dirname, "../../..");

function main(): void {
  const { values } = parseArgs({
    options: {
      passes: { type: "string", default: "5" },
      worst: { type: "string" },
      system: { type: "string" },
      child: { type: "string" },
      "no-memory": { type: "boolean", default: false },
    },
  });
  // The corpus path in NEWSGRAPH_CORPUS is relative to the repo root, wherever the bench is run from.
  process.chdir(repoRoot);
  const pages = loadCorpus(getConfig().NEWSGRAPH_CORPUS);
  if (values.child) {
    process.stdout.write(`${JSON.stringify(runChild(pick(values.child), pages))}\n`);
    return;
  }
  const systems = values.system ? [pick(values.system)] : [SYSTEMS.ours, SYSTEMS.readability].filter((s): s is System => !!s);
  const refs = pages.map((p) => readReference(p.html));
  const rows: Row[] = systems.map((system) => {
    const outputs = pages.map((p) => system.run(p));
    const scores = pages.map((p, i) => scorePage(p.truth, outputs[i]?.text ?? ""));
    const meta: MetaTally = tallyMetadata(refs, outputs);
    return { system, summary: summarise(scores), scores, meta, pagesPerSecond: 0 };
  });
  const speed = measureSpeed(systems, pages, Number(values.passes));
  for (const row of rows) {
    row.pagesPerSecond = speed.get(row.system.name) ?? 0;
    const key = Object.entries(SYSTEMS).find(([, s]) => s === row.system)?.[0] ?? "";
    row.memory = values["no-memory"] ? undefined : (measureMemory(script, key, []) satisfies MemoryReport | undefined);
  }
  printTable(rows, pages.length, Number(values.passes));
  if (values.worst !== undefined) printWorst(rows[0], pages, Number(values.worst) || 10);
}

function pick(key: string): System {
  const s = SYSTEMS[key];
  if (!s) throw new Error(`unknown system "${key}" (use ${Object.keys(SYSTEMS).join(" or ")})`);
  return s;
}

main();
