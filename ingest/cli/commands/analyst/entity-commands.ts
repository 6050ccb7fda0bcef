import type { Command } from "commander";
import { z } from "zod";
import { getEntity } from "@/graph/queries/get-entity";
import { listEntities } from "@/graph/queries/list-entities";
import { AppError } from "@/lib/errors";
import { EntityType } from "@/lib/schemas";
import { parseOptions } from "../../parse-args";
import { lookupEntity } from "./lookup-entity";
import { JsonFlag, Limit, printJson, printTable } from "./print";

export function registerEntityCommands(program: Command): void {
  program
    .command("entities")
    .description("entities, most mentioned first")
    .option("--type <type>", `only one type: ${EntityType.options.join(", ")}`)
    .option("--limit <n>", "how many", "50")
    .option("--json", "print EntitySummary[] as JSON (lib/views/entity.ts)")
    .action(async (raw: unknown) => {
      const o = parseOptions(z.object({ json: JsonFlag, type: EntityType.optional(), limit: Limit.default(50) }), raw);
      const list = await listEntities({ type: o.type, limit: o.limit });
      if (o.json) return printJson(list);
      printTable(["name", "type", "mentions", "articles", "aliases", "id"], list.map((e) => [e.name, e.type, e.mentionCount, e.articleCount, e.aliases.join(", "), e.id]));
    });
  program
    .command("entity")
    .description("an entity's profile: aliases, counts, related entities, figures reported about it")
    .argument("<name...>", "name, alias or id (case-insensitive)")
    .option("--json", "print the EntityProfile as JSON (lib/views/entity.ts)")
    .action(async (words: string[], raw: unknown) => {
      const o = parseOptions(z.object({ json: JsonFlag }), raw);
      const found = await lookupEntity(words.join(" "));
      const p = await getEntity(found.id);
      if (!p) throw new AppError("NOT_FOUND", `Entity ${found.id} disappeared while reading; try again.`);
      if (o.json) return printJson(p);
      console.log(`${p.name} (${p.type})  id ${p.id}\naliases: ${p.aliases.join(", ") || "none"}`);
      console.log(`${p.mentionCount} mentions in ${p.articleCount} articles from ${p.sourceCount} sources; ${p.claimsByCount} claims by, ${p.claimsAboutCount} about; ${p.contradictionCount} contradictions`);
      for (const m of p.mergedFrom) console.log(`merged from ${m.name} (${m.reason ?? "by hand"}); undo: newsgraph decide split ${m.id}`);
      if (p.related.length) printTable(["relation", "direction", "entity", "claims"], p.related.map((r) => [r.relation, r.direction, r.name, r.claimCount]));
      if (p.figures.length) printTable(["reported", "source", "measure", "figure"], p.figures.map((f) => [f.reportedAt?.slice(0, 16), f.source, f.predicate, f.text ?? f.value]));
    });
}
