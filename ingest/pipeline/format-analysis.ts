import type { Extraction } from "@/lib/schemas";
import type { PageAnalysis } from "./process-page";

/**
 * The dry run's human-readable report: what would be stored for one page. Offsets are
 * [start-end] character positions in the text, the same ones `--json` gives.
 */
export function formatAnalysis({ doc, extraction }: PageAnalysis): string {
  const meta: Array<[string, string | undefined]> = [
    ["canonical", doc.canonicalUrl], ["title", doc.title], ["byline", doc.byline], ["source", doc.source.name],
    ["published", doc.publishedAt], ["modified", doc.modifiedAt], ["section", doc.section], ["language", doc.lang],
  ];
  return [
    ...meta.map(([k, v]) => `${k.padEnd(10)} ${v ?? "-"}`),
    "", doc.text, "",
    ...entityLines(extraction), ...claimLines(extraction), ...figureLines(extraction), ...dateLines(extraction), ...eventLines(extraction),
  ].join("\n");
}

const span = (s: { start: number; end: number }) => `[${s.start}-${s.end}]`;

function entityLines({ entities }: Extraction): string[] {
  return [
    `entities (${entities.length})`,
    ...entities.map((e) => `  ${e.type.padEnd(8)} ${e.name}${e.aliases.length ? ` (aka ${e.aliases.join(", ")})` : ""} x${e.mentions.length}`),
  ];
}

function claimLines({ claims, entities }: Extraction): string[] {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  return [
    `claims (${claims.length})`,
    ...claims.flatMap((c) => {
      const speaker = c.speakerText ?? (c.speakerId ? names.get(c.speakerId) : undefined) ?? "?";
      const extra = [c.figure ? `figure ${c.figure.text}` : "", c.date ? `date ${c.date.date}` : ""].filter(Boolean).join(", ");
      const head = `${speaker} ${c.speechAct} ${c.polarity === "negative" ? "NOT " : ""}${c.predicate}${extra ? ` (${extra})` : ""}`;
      return [`  ${span(c)} ${head}`, `      "${c.quote}"`];
    }),
  ];
}

function figureLines({ figures }: Extraction): string[] {
  return [
    `figures (${figures.length})`,
    ...figures.map((f) => {
      const range = f.low !== undefined || f.high !== undefined ? ` range ${f.low ?? ""}..${f.high ?? ""}` : "";
      return `  ${span(f)} "${f.text}" = ${f.value} ${f.qualifier}${f.unit ? ` ${f.unit}` : ""}${range}`;
    }),
  ];
}

function dateLines({ dates }: Extraction): string[] {
  return [`dates (${dates.length})`, ...dates.map((d) => `  ${span(d)} "${d.text}" -> ${d.date} (${d.kind})`)];
}

function eventLines({ events }: Extraction): string[] {
  return [`events (${events.length})`, ...events.map((ev) => `  ${ev.kind.padEnd(12)} ${ev.date ?? "undated"}${ev.dateText ? ` ("${ev.dateText}")` : ""}`)];
}
