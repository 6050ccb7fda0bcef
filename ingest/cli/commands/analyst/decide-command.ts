import type { Command } from "commander";
import { z } from "zod";
import { keepApart } from "@/graph/decisions/keep-apart";
import { listDecisions } from "@/graph/decisions/list-decisions";
import { mergeEntities } from "@/graph/decisions/merge-entities";
import { rejectEntity } from "@/graph/decisions/reject-entity";
import { splitEntities } from "@/graph/decisions/split-entities";
import type { DecisionView } from "@/lib/views/decision";
import { parseOptions } from "../../parse-args";
import { lookupEntity } from "./lookup-entity";
import { JsonFlag, printJson, printTable } from "./print";

const Who = z.object({ json: JsonFlag, by: z.string().trim().min(1, "say who decides, e.g. --by \"J. Doe\"").default("cli"), reason: z.string().optional() });

function show(d: DecisionView, json: boolean): void {
  if (json) return printJson(d);
  console.log(`Recorded ${d.kind} ${d.fromName ?? d.fromId}${d.intoName ? ` -> ${d.intoName}` : ""} by ${d.by} (${d.id}).`);
}

export function registerDecide(program: Command): void {
  const decide = program.command("decide").description("correct entity resolution by hand; stored as decisions that later ingests respect");
  const common = (c: Command) => c.option("--by <who>", "who decides").option("--reason <text>", "why").option("--json", "print the DecisionView as JSON");
  common(decide.command("merge").description("merge <from> into <into>").argument("<from>").argument("<into>")).action(async (from: string, into: string, raw: unknown) => {
    const o = parseOptions(Who, raw);
    const [f, t] = [await lookupEntity(from), await lookupEntity(into)];
    show(await mergeEntities({ fromId: f.id, intoId: t.id, by: o.by, reason: o.reason }), o.json);
  });
  common(decide.command("split").description("undo the merge of <from-id> (the merged entity's id, see `decide list`)").argument("<from-id>")).action(async (fromId: string, raw: unknown) => {
    const o = parseOptions(Who, raw);
    show(await splitEntities({ fromId, by: o.by, reason: o.reason }), o.json);
  });
  common(decide.command("reject").description("<name> is not an entity").argument("<name>")).action(async (name: string, raw: unknown) => {
    const o = parseOptions(Who, raw);
    show(await rejectEntity({ id: (await lookupEntity(name)).id, by: o.by, reason: o.reason }), o.json);
  });
  common(decide.command("keep-apart").description("<a> and <b> are different and must never be merged").argument("<a>").argument("<b>")).action(async (a: string, b: string, raw: unknown) => {
    const o = parseOptions(Who, raw);
    show(await keepApart({ aId: (await lookupEntity(a)).id, bId: (await lookupEntity(b)).id, by: o.by, reason: o.reason }), o.json);
  });
  decide.command("list").description("decisions, newest first").option("--json", "print DecisionView[] as JSON").action(async (raw: unknown) => {
    const o = parseOptions(z.object({ json: JsonFlag }), raw);
    const list = await listDecisions();
    if (o.json) return printJson(list);
    printTable(["at", "kind", "from", "into", "by", "active", "reason"], list.map((d) => [d.at.slice(0, 16), d.kind, d.fromName ?? d.fromId, d.intoName, d.by, d.active ? "yes" : "no", d.reason]));
  });
}
