import type { Command } from "commander";
import { z } from "zod";
import { ensureReady } from "@/graph/driver";
import { findKnownUrls } from "@/graph/queries/find-known-urls";
import { listFeeds } from "@/graph/queries/list-feeds";
import { recordFeedPoll } from "@/graph/write/feeds";
import { describeError } from "@/lib/errors";
import { defaultFetcher } from "@/ingest/pipeline/default-fetcher";
import { ingestInputs } from "@/ingest/pipeline/ingest-inputs";
import { createProgress } from "@/ingest/pipeline/progress";
import { parseDuration } from "../parse-duration";
import { parseOptions } from "../parse-args";

const PollOptions = z.object({ every: z.string().optional(), once: z.boolean().default(false) });

export function registerPoll(program: Command): void {
  program
    .command("poll")
    .description("fetch new items from every subscribed feed, repeatedly until stopped (Ctrl-C)")
    .option("--every <duration>", "time between rounds, e.g. 15m, 1h, 90s", "15m")
    .option("--once", "poll one round and exit")
    .action(async (raw: unknown) => {
      const opts = parseOptions(PollOptions, raw);
      const everyMs = parseDuration(opts.every ?? "15m");
      await ensureReady();
      const fetcher = defaultFetcher();
      for (let stop = false; !stop; ) {
        await pollRound(fetcher);
        if (opts.once) break;
        console.error(`next round in ${opts.every}; Ctrl-C to stop`);
        stop = await sleepUnlessInterrupted(everyMs);
      }
      await fetcher.close();
    });
}

async function pollRound(fetcher: ReturnType<typeof defaultFetcher>): Promise<void> {
  const feeds = await listFeeds();
  if (feeds.length === 0) return console.log("No subscriptions; add one with `newsgraph subscribe <feed-url>`.");
  for (const feed of feeds) {
    // One feed at a time so each gets its own validators for a conditional GET.
    const summary = await ingestInputs([feed.url], {
      fetcher: {
        fetchPage: (url, o) => fetcher.fetchPage(url, url === feed.url ? { ...o, etag: feed.etag ?? undefined, lastModified: feed.lastModified ?? undefined } : o),
        close: async () => {},
      },
      progress: createProgress(),
      skipKnown: findKnownUrls,
      onFeed: (f) => recordFeedPoll(f),
    }).catch(async (e: unknown) => {
      await recordFeedPoll({ url: feed.url, error: describeError(e) });
      throw e;
    });
    console.log(`${feed.url}: ${summary.format()}`);
  }
}

function sleepUnlessInterrupted(ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const onSignal = () => {
      clearTimeout(timer);
      resolve(true);
    };
    const timer = setTimeout(() => {
      process.off("SIGINT", onSignal);
      resolve(false);
    }, ms);
    process.once("SIGINT", onSignal);
  });
}
