import type { Command } from "commander";
import { z } from "zod";
import { refreshAnalysis } from "@/graph/analyze/refresh-analysis";
import { parseOptions } from "../../parse-args";
import { JsonFlag, printJson } from "./print";

const Options = z.object({ json: JsonFlag });

/**
 * Re-runs the cross-article analysis over every stored claim. Ingest only analyses what changed, so
 * after the rules change (or a database from an older version) this brings the disputes up to date.
 */
export function registerAnalyze(program: Command): void {
  program
    .command("analyze")
    .description("re-run alias resolution, contradiction and corroboration detection over all stored articles")
    .option("--json", "print RefreshResult as JSON (graph/analyze/refresh-analysis.ts)")
    .action(async (raw: unknown) => {
      const o = parseOptions(Options, raw);
      const result = await refreshAnalysis();
      if (o.json) return printJson(result);
      const c = result.created;
      console.log(`${result.contradictions} contradictions, ${result.corroborations} corroborating pairs (new: ${c.contradictions} contradictions, ${c.corroborations} pairs, ${c.merges} alias merges)`);
    });
}
