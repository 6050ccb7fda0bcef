import { dossierMarkdown } from "./dossier-markdown";
import type { Dossier } from "./dossier-types";

/** The dossier as a download: Markdown for notes, JSON for tools. */
export function dossierResponse(d: Dossier, format: "md" | "json"): Response {
  const name = `${d.kind}-${d.id}.${format}`;
  const disposition = `inline; filename="${name}"`;
  if (format === "json") return Response.json(d, { headers: { "content-disposition": disposition } });
  return new Response(dossierMarkdown(d), { headers: { "content-type": "text/markdown; charset=utf-8", "content-disposition": disposition } });
}
