import type { ClaimView } from "@/lib/views/claim";
import type { Dossier } from "./dossier-types";

/** Markdown control characters in scraped text are escaped, so a quote never turns into a link or heading. */
export function mdEscape(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\s+/g, " ").trim();
}

const link = (url: string) => `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
const day = (iso: string | null) => (iso ? iso.slice(0, 16).replace("T", " ") : "undated");

function claimLine(c: ClaimView): string {
  const who = c.speaker?.name ?? c.speakerText ?? c.source.name;
  const facts = [c.figure?.text ? `figure: ${c.figure.text}` : "", c.date ? `date: ${c.date}` : ""].filter(Boolean).join("; ");
  return `- **${mdEscape(who)}** ${mdEscape(c.speechAct ?? "reported")}: “${mdEscape(c.quote)}”${facts ? ` (${mdEscape(facts)})` : ""} — ${mdEscape(c.source.name)}, ${day(c.reportedAt)}, ${link(c.article.url)}`;
}

/** The dossier as Markdown a journalist can paste into notes. */
export function dossierMarkdown(d: Dossier): string {
  const out = [`# ${mdEscape(d.title)}`, "", mdEscape(d.summary), "", `Source: ${link(d.url)} · generated ${d.generatedAt}`, "", "## Parties", ""];
  out.push(...(d.parties.length ? d.parties.map((p) => `- ${mdEscape(p.name)} (${p.type})${p.role ? `: ${mdEscape(p.role)}` : ""}`) : ["- none recorded"]), "");
  for (const group of d.claims) out.push(`## ${mdEscape(group.heading)}`, "", ...(group.claims.length ? group.claims.map(claimLine) : ["- none"]), "");
  out.push("## Contradictions", "", ...(d.contradictions.length ? d.contradictions.map((c) => `- [${c.severity}] ${mdEscape(c.kind)}: ${mdEscape(c.explanation)}`) : ["- none found"]), "");
  out.push("## Timeline", "", "| reported | happened | outlet | what |", "|---|---|---|---|");
  out.push(...d.timeline.map((t) => `| ${day(t.reportedAt)} | ${t.happenedAt ?? ""} | ${mdEscape(t.outlet ?? "")} | ${mdEscape(t.text)} |`), "");
  out.push("## Sources", "", ...d.sources.map((s) => `- ${mdEscape(s.outlet)}, “${mdEscape(s.title)}”, ${day(s.publishedAt)}: ${link(s.url)}`), "");
  return out.join("\n");
}
