import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Command } from "commander";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { decodeBody } from "@/ingest/fetch/decode-body";
import { defaultFetcher } from "@/ingest/pipeline/default-fetcher";
import { localKind } from "@/ingest/pipeline/local-files";
import { formatAnalysis } from "@/ingest/pipeline/format-analysis";
import { analysePage } from "@/ingest/pipeline/process-page";
import { parseOptions } from "../parse-args";

const ExtractOptions = z.object({ json: z.boolean().default(false) });

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("dry run: print what would be stored for one page (metadata, text, entities, claims), writing nothing")
    .argument("<url-or-file>", "an article URL or a local HTML file")
    .option("--json", "print everything as JSON, with character offsets into the text")
    .action(async (target: string, raw: unknown) => {
      const opts = parseOptions(ExtractOptions, raw);
      const analysis = analysePage(await loadPage(target));
      console.log(opts.json ? JSON.stringify(analysis, null, 2) : formatAnalysis(analysis));
    });
}

async function loadPage(target: string): Promise<{ html: string; url: string; fetchedAt?: string }> {
  if (/^https?:\/\//i.test(target)) {
    const fetcher = defaultFetcher();
    const page = await fetcher.fetchPage(target, { accept: "html" }).finally(() => fetcher.close());
    return { html: page.body, url: page.finalUrl, fetchedAt: page.fetchedAt };
  }
  if ((await localKind(target)) !== "file") throw new AppError("NOT_FOUND", `No such file: ${target}; give an article URL or an HTML file.`);
  const { text } = decodeBody(new Uint8Array(await readFile(target)), "text/html");
  return { html: text, url: pathToFileURL(path.resolve(target)).href };
}
