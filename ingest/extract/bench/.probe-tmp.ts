import { extractAssertions } from "@/ingest/extract/extract-assertions";
const text = process.argv[2] ?? "";
const x = extractAssertions({ text, publishedAt: process.argv[3] ?? "2026-07-08T12:00:00+00:00" });
const name = new Map(x.entities.map((e) => [e.id, e.name]));
for (const e of x.entities) console.log("E", e.type, e.name, e.aliases.join("|"));
for (const f of x.figures) console.log("F", f.text, f.value, f.qualifier, f.unit, f.low, f.high);
for (const d of x.dates) console.log("D", d.text, d.date);
for (const c of x.claims) console.log("C", JSON.stringify(c.quote.slice(0, 50)), c.speechAct, c.predicate, c.polarity, "spk=", name.get(c.speakerId ?? "") ?? "-", c.speakerText ?? "", "subj=", name.get(c.subjectId ?? "") ?? "-");
