import type { Command } from "commander";
import { z } from "zod";
import { ensureReady } from "@/graph/driver";
import { listFeeds } from "@/graph/queries/list-feeds";
import { subscribeFeed, unsubscribeFeed } from "@/graph/write/feeds";
import { AppError } from "@/lib/errors";
import { HttpUrl } from "@/lib/schemas";
import { parseOptions } from "../parse-args";

const FeedUrl = HttpUrl.describe("feed URL");

export function registerFeeds(program: Command): void {
  program
    .command("subscribe")
    .description("add a feed (RSS, Atom or JSON Feed) to the subscriptions that `poll` fetches")
    .argument("<feed-url>", "the feed's URL")
    .action(async (raw: string) => {
      const url = parseOptions(FeedUrl, raw);
      await ensureReady();
      console.log((await subscribeFeed(url)) ? `Subscribed to ${url}.` : `Already subscribed to ${url}; nothing to do.`);
    });
  program
    .command("unsubscribe")
    .description("remove a subscription (articles already stored stay)")
    .argument("<feed-url>", "the feed's URL")
    .action(async (raw: string) => {
      const url = parseOptions(FeedUrl, raw);
      await ensureReady();
      if (!(await unsubscribeFeed(url))) throw new AppError("NOT_FOUND", `Not subscribed to ${url}; see \`newsgraph feeds\`.`);
      console.log(`Unsubscribed from ${url}.`);
    });
  program
    .command("feeds")
    .description("list subscriptions with when each was last polled")
    .option("--json", "print as JSON")
    .action(async (raw: unknown) => {
      const { json } = parseOptions(z.object({ json: z.boolean().default(false) }), raw);
      await ensureReady();
      const feeds = await listFeeds();
      if (json) return console.log(JSON.stringify(feeds, null, 2));
      if (feeds.length === 0) return console.log("No subscriptions yet; add one with `newsgraph subscribe <feed-url>`.");
      for (const f of feeds) console.log(`${f.url}  ${f.title ?? ""}  polled ${f.lastPolledAt ?? "never"}${f.lastError ? `  error: ${f.lastError}` : ""}`);
    });
}
