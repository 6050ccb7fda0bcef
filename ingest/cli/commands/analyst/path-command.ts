import type { Command } from "commander";
import { z } from "zod";
import { findPaths } from "@/graph/queries/find-paths";
import { parseOptions } from "../../parse-args";
import { lookupEntity } from "./lookup-entity";
import { JsonFlag, printJson } from "./print";

const Options = z.object({ json: JsonFlag, maxHops: z.coerce.number().int().min(1, "must be 1 to 6").max(6, "must be 1 to 6").default(4) });

export function registerPath(program: Command): void {
  program
    .command("path")
    .description("shortest relationship paths between two entities, each step with the claims behind it")
    .argument("<from>", "an entity name or alias (quote names with spaces)")
    .argument("<to>", "another entity name or alias")
    .option("--max-hops <n>", "longest path to consider (1-6)", "4")
    .option("--json", "print EntityPath[] as JSON (lib/views/path.ts)")
    .action(async (fromName: string, toName: string, raw: unknown) => {
      const o = parseOptions(Options, raw);
      const [from, to] = [await lookupEntity(fromName), await lookupEntity(toName)];
      const paths = await findPaths({ fromId: from.id, toId: to.id, maxHops: o.maxHops });
      if (o.json) return printJson(paths);
      if (paths.length === 0) return console.log(`No relationship path from ${from.name} to ${to.name} within ${o.maxHops} steps.`);
      paths.forEach((p, i) => {
        console.log(`Path ${i + 1}: ${p.nodes.map((n) => n.name).join(" — ")}`);
        const name = (id: string) => p.nodes.find((n) => n.id === id)?.name ?? id;
        for (const e of p.edges) {
          console.log(`  ${name(e.from)} ${e.type} ${name(e.to)}`);
          for (const c of e.claims) console.log(`    ${c.source}: "${c.quote}"`);
        }
      });
    });
}
