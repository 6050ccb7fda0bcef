import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * The bundled sample articles (`ingest/samples/*.html`), sorted. Only the pages: the folder also
 * holds its README and the findings the analysis tests expect, which are no articles.
 */
export function samplePages(repoRoot: string): string[] {
  const dir = path.join(repoRoot, "ingest", "samples");
  return readdirSync(dir).filter((f) => f.endsWith(".html")).sort().map((f) => path.join(dir, f));
}
