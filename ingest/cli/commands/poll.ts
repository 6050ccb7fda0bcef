import type { Command } from "commander";
import { z } from "zod";
import { ensureReady } from "@/graph/driver";
import { findKnownUrls } from "@/graph/queries/find-known-urls";
import { listFeeds } from "@/graph/queries/list-feeds";
import { recordFeedPoll } from "@/graph/write/feeds";
import type { Fetcher } from "@/ingest/fetch/fetch-page";
import { describeError } from "@/lib/errors";
import type { FeedSubscription } from "@/lib/views/feed";
import { defaultFetcher } from "@/ingest/pipeline/default-fetcher";
import { ingestInputs } from "@/ingest/pipeline/ingest-inputs";
import { createProgress } from "@/ingest/pipeline/progress";
import { EXIT } from "../exit-codes";
import { parseDuration } from "../parse-duration";
import { parseOptions } from "../parse-args";
import { onStopSignal } from "@/ingest/pipeline/stop-signal";

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
      const stop = onStopSignal(() => console.error("stopping after the items in flight (press Ctrl-C again to quit now)"));
      let failed = false;
      try {
        while (!stop.signal.aborted) {
          failed = (await pollRound(fetcher, stop.signal)) || failed;
          if (opts.once || stop.signal.aborted) break;
          console.error(`next round in ${opts.every ?? "15m"}; Ctrl-C to stop`);
          await sleep(everyMs, stop.signal);
        }
      } finally {
        stop.dispose();
        await fetcher.close();
      }
      if (stop.signal.aborted) console.error("poll stopped");
      process.exitCode = failed && opts.once ? EXIT.someFailed : EXIT.ok;
    });
}

/** One pass over the subscriptions; true when some feed or item failed. */
async function pollRound(fetcher: Fetcher, stop: AbortSignal): Promise<boolean> {
  const feeds = await listFeeds();
  if (feeds.length === 0) {
    console.log("No subscriptions; add one with `newsgraph subscribe <feed-url>`.");
    return false;
  }
  let failed = false;
  for (const feed of feeds) {
    if (stop.aborted) break;
    failed = (await pollFeed(feed, fetcher, stop)) || failed;
  }
  return failed;
}

async function pollFeed(feed: FeedSubscription, fetcher: Fetcher, stop: AbortSignal): Promise<boolean> {
  try {
    // One feed at a time so each gets its own validators for a conditional GET.
    const summary = await ingestInputs([feed.url], {
      fetcher: withValidators(fetcher, feed),
      progress: createProgress(),
      skipKnown: findKnownUrls,
      // A subscription is one feed: its state is kept under the subscribed URL even after a redirect.
      onFeed: (f) => recordFeedPoll({ ...f, url: feed.url }),
      stop,
    });
    const feedFailure = summary.failed.find((f) => f.target === feed.url);
    if (feedFailure) await recordFeedPoll({ url: feed.url, error: feedFailure.reason });
    console.log(`${feed.url}: ${summary.format()}`);
    return summary.failed.length > 0;
  } catch (e) {
    // One bad feed (or a graph hiccup while storing it) must not end a long-running poll.
    const reason = describeError(e);
    await recordFeedPoll({ url: feed.url, error: reason }).catch(() => {});
    console.log(`${feed.url}: failed: ${reason}`);
    return true;
  }
}

function withValidators(fetcher: Fetcher, feed: FeedSubscription): Fetcher {
  const validators = { etag: feed.etag ?? undefined, lastModified: feed.lastModified ?? undefined };
  return {
    fetchPage: (url, o) => fetcher.fetchPage(url, url === feed.url ? { ...o, ...validators } : o),
    close: async () => {},
  };
}

function sleep(ms: number, stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      stop.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    stop.addEventListener("abort", done, { once: true });
  });
}
