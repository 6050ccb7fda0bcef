import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { z } from "zod";

export type BenchPage = { id: string; url: string; html: string; truth: string };

const GroundTruth = z.record(z.string(), z.object({ articleBody: z.string(), url: z.string() }));

/** The shared article-extraction corpus, decompressed into memory so timing measures extraction only. */
export function loadCorpus(corpusDir: string): BenchPage[] {
  const dir = path.join(corpusDir, "article-extraction");
  const truth = GroundTruth.parse(JSON.parse(readFileSync(path.join(dir, "ground-truth.json"), "utf8")));
  return Object.entries(truth)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, t]) => ({
      id,
      url: t.url,
      truth: t.articleBody,
      html: gunzipSync(readFileSync(path.join(dir, "html", `${id}.html.gz`))).toString("utf8"),
    }));
}
