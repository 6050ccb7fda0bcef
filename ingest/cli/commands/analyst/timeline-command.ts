import type { Command } from "commander";
import { z } from "zod";
import { getTimeline } from "@/graph/queries/get-timeline";
import { TimelineKind } from "@/lib/views/timeline";
import { parseOptions } from "../../parse-args";
import { lookupEntity } from "./lookup-entity";
import { Day, JsonFlag, Limit, printJson, printTable } from "./print";

const Options = z.object({
  json: JsonFlag, entity: z.string().min(1).optional(), source: z.string().min(1).optional(), kind: TimelineKind.optional(),
  from: Day.optional(), to: Day.optional(), asOf: Day.optional(), order: z.enum(["reported", "happened"]).default("reported"),
  limit: Limit.default(30), cursor: z.string().min(1).optional(),
});

export function registerTimeline(program: Command): void {
  program
    .command("timeline")
    .description("articles, claims and events in time order; happened (event date) and reported (publication) kept apart")
    .option("--entity <name>", "only items about this entity (name or alias)")
    .option("--source <name>", "only this outlet")
    .option("--kind <kind>", "article, claim or event")
    .option("--from <day>", "from this day (YYYY-MM-DD)")
    .option("--to <day>", "up to this day (YYYY-MM-DD)")
    .option("--as-of <day>", "only what had been published by the end of this day")
    .option("--order <order>", "reported (publication time) or happened (event date)", "reported")
    .option("--limit <n>", "items per page", "30")
    .option("--cursor <cursor>", "continue from a previous page's next cursor")
    .option("--json", "print the TimelinePage as JSON (lib/views/timeline.ts)")
    .action(async (raw: unknown) => {
      const o = parseOptions(Options, raw);
      const entityId = o.entity ? (await lookupEntity(o.entity)).id : undefined;
      const page = await getTimeline({
        entityId, source: o.source, kinds: o.kind ? [o.kind] : undefined, from: o.from, to: o.to, asOf: o.asOf, order: o.order, limit: o.limit, cursor: o.cursor,
      });
      if (o.json) return printJson(page);
      if (page.items.length === 0) return console.log("Nothing on this timeline yet.");
      printTable(["reported", "happened", "kind", "source", "title", "text"], page.items.map((i) => [i.reportedAt?.slice(0, 16), i.happenedAt, i.kind, i.source, i.title, i.text]));
      if (page.nextCursor) console.log(`\nMore: --cursor ${page.nextCursor}`);
    });
}
