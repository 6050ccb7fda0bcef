import type { Command } from "commander";
import { z } from "zod";
import { searchAll } from "@/graph/queries/search-all";
import { SearchHitType } from "@/lib/views/search";
import { parseOptions } from "../../parse-args";
import { JsonFlag, Limit, printJson, printTable } from "./print";

const Options = z.object({ json: JsonFlag, type: SearchHitType.optional(), limit: Limit.default(20) });

export function registerSearch(program: Command): void {
  program
    .command("search")
    .description("full-text search over articles, entities and claims (ranked, with snippets)")
    .argument("<query...>", "words to look for; quote a phrase")
    .option("--type <type>", "only article, entity or claim")
    .option("--limit <n>", "how many hits", "20")
    .option("--json", "print the SearchResult as JSON (lib/views/search.ts)")
    .action(async (words: string[], raw: unknown) => {
      const o = parseOptions(Options, raw);
      const result = await searchAll({ query: words.join(" "), types: o.type ? [o.type] : undefined, limit: o.limit });
      if (o.json) return printJson(result);
      if (result.hits.length === 0) return console.log(`Nothing found for "${result.query}".`);
      const mark = (s: string, hs: Array<{ start: number; end: number }>) =>
        hs.reduceRight((acc, h) => `${acc.slice(0, h.start)}[${acc.slice(h.start, h.end)}]${acc.slice(h.end)}`, s);
      printTable(["type", "title", "source", "date", "snippet"], result.hits.map((h) => [h.type, h.title, h.source, h.date?.slice(0, 10), mark(h.snippet, h.highlights)]), 70);
      console.log(`\n${result.total} hits; by type: ${result.facets.type.map((f) => `${f.value} ${f.count}`).join(", ")}`);
    });
}
