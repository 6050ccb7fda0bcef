import { readdirSync, readFileSync } from "node:fs";
import { extractAssertions } from "@/ingest/extract/extract-assertions";
import { entityKey } from "@/ingest/extract/entities/entity-key";
import { splitSentences } from "@/ingest/extract/text/sentences";
const dir = "ingest/extract/gold/";
const only = process.argv[2] ?? "tune";
const fields = (process.argv[3] ?? "entities,speakers,figures,dates,claims").split(",");
for (const f of readdirSync(dir).filter((x) => x.endsWith(".json")).sort()) {
  const g = JSON.parse(readFileSync(dir + f, "utf8"));
  if (only === "tune" ? g.split !== "tune" : only === "h1" ? !(g.split === "heldout" && !g.batch) : only === "h2" ? g.batch !== "2" : !f.startsWith(only)) continue;
  const text = readFileSync(dir + g.file, "utf8");
  const x = extractAssertions({ text, publishedAt: g.publishedAt });
  const ss = splitSentences(text);
  const sOf = (at: number) => ss.findIndex((s) => at >= s.start && at < s.end);
  console.log("=====", f);
  const diff = (name: string, gold: string[], got: string[]) => {
    if (!fields.includes(name)) return;
    const miss = gold.filter((k) => !got.includes(k)), extra = got.filter((k) => !gold.includes(k));
    if (miss.length || extra.length) console.log(` ${name}\n   MISS ${miss.join(" ; ")}\n   EXTRA ${extra.join(" ; ")}`);
  };
  diff("entities", g.entities.map((e: any) => `${entityKey(e.name)}|${e.type}`), x.entities.map((e) => `${entityKey(e.name)}|${e.type}`));
  diff("figures", g.figures.map((e: any) => `${e.value}|${e.qualifier}|${(e.unit ?? "").toLowerCase().replace(/s$/, "")}`), x.figures.map((e) => `${e.value}|${e.qualifier}|${(e.unit ?? "").toLowerCase().replace(/s$/, "")}`).map((s) => s));
  diff("dates", g.dates.map((d: any) => `${d.date}|${d.text.toLowerCase()}`), x.dates.map((d) => `${d.date}|${d.text.toLowerCase()}`));
  const names = new Map(x.entities.map((e) => [e.id, e.name]));
  const gs = (s: string) => (g.entities.some((e: any) => e.name === s) ? entityKey(s) : s.toLowerCase());
  diff("speakers", [...new Set(g.claims.filter((c: any) => c.speaker).map((c: any) => `${sOf(text.indexOf(c.in))}|${gs(c.speaker)}`))] as string[],
    [...new Set(x.claims.filter((c) => c.speakerId || c.speakerText).map((c) => `${sOf(c.start)}|${c.speakerId ? entityKey(names.get(c.speakerId) ?? "") : c.speakerText!.toLowerCase()}`))]);
  diff("claims", [...new Set(g.claims.map((c: any) => `${sOf(text.indexOf(c.in))}|${c.predicate}|${c.polarity}`))] as string[], [...new Set(x.claims.map((c) => `${sOf(c.start)}|${c.predicate}|${c.polarity}`))]);
}
