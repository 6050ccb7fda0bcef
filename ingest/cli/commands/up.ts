import type { Command } from "commander";
import { ensureReady } from "@/graph/driver";
import { startEmbedded } from "@/graph/embedded/server";
import { listArticles } from "@/graph/queries/list-articles";
import { recordFeedPoll } from "@/graph/write/feeds";
import { getConfig } from "@/lib/config";
import { defaultFetcher } from "@/ingest/pipeline/default-fetcher";
import { ingestInputs } from "@/ingest/pipeline/ingest-inputs";
import { createProgress } from "@/ingest/pipeline/progress";
import { samplePages } from "@/ingest/pipeline/sample-pages";
import { dataDirOf } from "./neo4j";

/** What `npm start` runs before serving the app: database up, schema migrated, sample set loaded once. */
export function registerUp(program: Command): void {
  program
    .command("up")
    .description("start the embedded Neo4j (unless NEO4J_URI is set), migrate, and load the bundled sample articles into an empty graph")
    .action(async () => {
      const c = getConfig();
      if (c.embedded) {
        const started = await startEmbedded({ repoRoot: c.repoRoot, dataDir: dataDirOf(), port: c.NEWSGRAPH_BOLT_PORT, heapMb: c.NEWSGRAPH_NEO4J_HEAP_MB, pageCacheMb: c.NEWSGRAPH_NEO4J_PAGECACHE_MB, log: console.log });
        console.log(started ? `Neo4j started on ${c.neo4jUri}.` : `Neo4j already running on ${c.neo4jUri}.`);
      }
      await ensureReady();
      if ((await listArticles({ limit: 1 })).length > 0) return console.log("Graph already has articles; samples not reloaded.");
      const samples = samplePages(c.repoRoot);
      const fetcher = defaultFetcher();
      const summary = await ingestInputs(samples, { fetcher, progress: createProgress(), onFeed: recordFeedPoll });
      await fetcher.close();
      console.log(`Sample set loaded: ${summary.format()}`);
    });
}
