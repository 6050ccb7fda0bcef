import type { Command } from "commander";
import { z } from "zod";
import { ensureReady } from "@/graph/driver";
import { recordFeedPoll } from "@/graph/write/feeds";
import { defaultFetcher } from "@/ingest/pipeline/default-fetcher";
import { ingestInputs } from "@/ingest/pipeline/ingest-inputs";
import { createProgress } from "@/ingest/pipeline/progress";
import { EXIT } from "../exit-codes";
import { parseOptions } from "../parse-args";

const IngestOptions = z.object({ json: z.boolean().default(false), quiet: z.boolean().default(false) });
const Inputs = z.array(z.string().min(1)).min(1, "give at least one feed, URL, OPML list, file or folder");

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("ingest feeds, article URLs, OPML lists, local HTML files or folders (detected automatically)")
    .argument("<inputs...>", "feed URL, article URL, site home page (feeds are discovered), .opml, .html file or folder")
    .option("--json", "print the run summary as JSON")
    .option("-q, --quiet", "no progress output")
    .action(async (rawInputs: unknown, raw: unknown) => {
      const inputs = parseOptions(Inputs, rawInputs);
      const opts = parseOptions(IngestOptions, raw);
      await ensureReady();
      const fetcher = defaultFetcher();
      const summary = await ingestInputs(inputs, {
        fetcher,
        progress: createProgress(process.stderr, opts.quiet || opts.json),
        onFeed: (f) => recordFeedPoll(f),
      });
      await fetcher.close();
      console.log(opts.json ? JSON.stringify(summary.toJSON(), null, 2) : summary.format());
      process.exitCode = summary.failed.length > 0 ? EXIT.someFailed : EXIT.ok;
    });
}
