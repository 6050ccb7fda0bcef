import type { Command } from "commander";
import { z } from "zod";
import { getContradiction } from "@/graph/queries/get-contradiction";
import { listContradictions } from "@/graph/queries/list-contradictions";
import type { ClaimView } from "@/lib/views/claim";
import { ContradictionKind, Severity, type Corroboration } from "@/lib/views/contradiction";
import { parseOptions } from "../../parse-args";
import { lookupEntity } from "./lookup-entity";
import { Day, JsonFlag, Limit, printJson } from "./print";

const Options = z.object({ json: JsonFlag, entity: z.string().min(1).optional(), kind: ContradictionKind.optional(), minSeverity: Severity.optional(), asOf: Day.optional(), limit: Limit.default(50) });

const side = (c: ClaimView) =>
  `    ${c.source.name}, ${c.reportedAt?.slice(0, 16) ?? "undated"}: ${c.speaker?.name ?? c.speakerText ?? "unattributed"} ${c.speechAct ?? ""}` +
  `${c.figure ? ` [${c.figure.text ?? c.figure.value}]` : ""}${c.date ? ` [${c.date}]` : ""}\n      "${c.quote}"\n      ${c.article.url}`;

/** A side: its position, its representative in full, how many outlets back it, then its other statements briefly. */
function printSide(rep: ClaimView, i: number, group: Corroboration | undefined): void {
  console.log(`  Side ${String.fromCharCode(65 + i)}${group?.label ? `: ${group.label}` : ""}`);
  console.log(side(rep));
  if (!group) return;
  const others = group.otherSources ?? [];
  // The outlets besides the representative's: the representative's own outlet is no corroboration.
  const also = others.length ? `, also reported by ${others.join(", ")}` : "";
  console.log(`    corroborated: ${group.sourceCount} source${group.sourceCount === 1 ? "" : "s"}${also}`);
  for (const c of group.claims) console.log(`      + ${c.source.name}, ${c.reportedAt?.slice(0, 10) ?? "undated"}: "${c.quote}"`);
}

export function registerContradictions(program: Command): void {
  program
    .command("contradictions")
    .description("where reports disagree, most severe and most recent first, each side with quote, speaker, outlet and time")
    .option("--entity <name>", "only those involving this entity (name or alias)")
    .option("--kind <kind>", ContradictionKind.options.join(", "))
    .option("--min-severity <level>", "low, medium or high")
    .option("--as-of <day>", "only what had been published by the end of this day (YYYY-MM-DD): was the dispute known then, and with which sides")
    .option("--limit <n>", "how many", "50")
    .option("--json", "print ContradictionDetail[] as JSON (lib/views/contradiction.ts)")
    .action(async (raw: unknown) => {
      const o = parseOptions(Options, raw);
      const entityId = o.entity ? (await lookupEntity(o.entity)).id : undefined;
      const list = await listContradictions({ entityId, kind: o.kind, minSeverity: o.minSeverity, asOf: o.asOf, limit: o.limit });
      const details = (await Promise.all(list.map((c) => getContradiction(c.id, { asOf: o.asOf })))).filter((d) => d !== null);
      if (o.json) return printJson(details);
      if (details.length === 0) return console.log("No contradictions found.");
      for (const d of details) {
        console.log(`${d.severity.toUpperCase()}  ${d.kind}  ${d.id}\n  ${d.explanation}`);
        d.sides.forEach((s, i) => printSide(s, i, d.corroborations.find((c) => c.sideClaimId === s.id)));
        console.log("");
      }
    });
}
