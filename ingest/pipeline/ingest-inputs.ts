import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pLimit from "p-limit";
import { AppError, describeError } from "@/lib/errors";
import type { FetchedPage } from "@/lib/schemas";
import { decodeBody } from "../fetch/decode-body";
import type { Fetcher } from "../fetch/fetch-page";
import { classifyContent } from "../sources/detect-input";
import { discoverFeeds } from "../sources/discover-feeds";
import { parseFeed } from "../sources/parse-feed";
import { parseOpml } from "../sources/parse-opml";
import { contentTypeOfFile, listIngestibleFiles, localKind } from "./local-files";
import { analyseChanged, analysePage, storePage } from "./process-page";
import type { Progress } from "./progress";
import { IngestSummary } from "./summary";

export type IngestOptions = {
  fetcher: Fetcher;
  progress?: Progress;
  /** Skip feed items whose URL is already stored (polling); `ingest` re-checks them. */
  skipKnown?: (urls: string[]) => Promise<Set<string>>;
  /** Called for every feed that was read, with its validators for the next conditional GET. */
  onFeed?: (feed: { url: string; title?: string; etag?: string; lastModified?: string; error?: string }) => Promise<void>;
  /** Once aborted, items not yet started are left for the next run; those in flight finish and are stored. */
  stop?: AbortSignal;
};

type Content = { url: string; contentType: string; body: string; page?: FetchedPage };

/**
 * Ingests any mix of feed URLs, article URLs, OPML lists, local files and folders. Each item is
 * fetched, extracted and written on its own: a broken one is reported in the summary and the rest land.
 */
export async function ingestInputs(inputs: string[], opts: IngestOptions): Promise<IngestSummary> {
  const run = new Run(opts);
  for (const input of inputs) await run.input(input);
  await run.finish();
  return run.summary;
}

class Run {
  readonly summary = new IngestSummary();
  private readonly pages = pLimit(4);
  private readonly pending: Promise<void>[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly opts: IngestOptions) {}

  async input(arg: string): Promise<void> {
    try {
      if (/^https?:\/\//i.test(arg)) return await this.content(await this.fetch(arg, "any"), true);
      const kind = await localKind(arg);
      if (kind === "missing") throw new AppError("NOT_FOUND", `No such file or folder: ${arg}; give a URL (https://...), a file or a folder.`);
      const files = kind === "dir" ? await listIngestibleFiles(arg) : [arg];
      if (files.length === 0) this.fail(arg, "the folder has no .html, feed or .opml files");
      this.opts.progress?.total(files.length);
      for (const file of files) await this.file(file, kind === "dir");
    } catch (e) {
      this.fail(arg, describeError(e));
    }
  }

  private async file(file: string, inFolder: boolean): Promise<void> {
    try {
      const bytes = await readFile(file);
      const contentType = contentTypeOfFile(file);
      const { text } = decodeBody(new Uint8Array(bytes), contentType);
      const c = { url: pathToFileURL(path.resolve(file)).href, contentType, body: text };
      // A folder may hold other JSON or XML (notes, manifests): pass over it instead of failing the run.
      if (inFolder && classifyContent(contentType, text) === "unknown") return this.skip(file, "not an HTML page, feed or OPML list");
      await this.content(c, false);
    } catch (e) {
      this.fail(file, describeError(e));
    }
  }

  private async fetch(url: string, accept: "html" | "feed" | "any", validators: { etag?: string; lastModified?: string } = {}): Promise<Content> {
    const page = await this.opts.fetcher.fetchPage(url, { ...validators, accept });
    this.summary.fetched++;
    return { url: page.finalUrl, contentType: page.contentType, body: page.body, page };
  }

  private async content(c: Content, topLevel: boolean): Promise<void> {
    // Only feeds are fetched with validators, so a 304 means the feed has nothing new for us.
    if (c.page?.notModified) {
      await this.opts.onFeed?.({ url: c.url, etag: c.page.etag, lastModified: c.page.lastModified });
      return this.skip(c.url, "feed not modified since the last poll");
    }
    const kind = classifyContent(c.contentType, c.body);
    if (kind === "feed") return this.feed(c);
    if (kind === "opml") return this.opml(c);
    if (kind !== "html") return this.fail(c.url, `not an HTML page, feed or OPML list (${c.contentType || "unknown type"})`);
    const feeds = topLevel ? discoverFeeds(c.body, c.url) : [];
    if (feeds.length > 0 && isHomePage(c.url)) {
      for (const f of feeds) await this.input(f.url);
      return;
    }
    if (topLevel) this.opts.progress?.total(1);
    this.article(c);
  }

  private async feed(c: Content): Promise<void> {
    const feed = parseFeed(c.body, c.url);
    await this.opts.onFeed?.({ url: c.url, title: feed.title, etag: c.page?.etag, lastModified: c.page?.lastModified });
    for (const s of feed.skipped) this.skip(`${c.url} item ${s.index + 1}`, s.reason);
    const known = this.opts.skipKnown ? await this.opts.skipKnown(feed.items.map((i) => i.url)) : new Set<string>();
    const fresh = feed.items.filter((i) => !known.has(i.url));
    this.opts.progress?.total(fresh.length);
    for (const item of fresh) this.schedule(item.url, () => this.fetch(item.url, "html"));
  }

  private async opml(c: Content): Promise<void> {
    for (const outline of parseOpml(c.body)) await this.input(outline.feedUrl);
  }

  private article(c: Content): void {
    this.schedule(c.url, async () => c);
  }

  private schedule(target: string, load: () => Promise<Content>): void {
    if (this.seen.has(target)) return;
    this.seen.add(target);
    this.pending.push(
      this.pages(async () => {
        if (this.opts.stop?.aborted) return;
        try {
          const c = await load();
          if (c.page?.notModified) return this.skip(target, "not modified since last fetch");
          const analysis = analysePage({ html: c.body, url: c.url, fetchedAt: c.page?.fetchedAt });
          const outcome = await storePage(analysis);
          this.record({ kind: "stored", target, outcome, articleId: analysis.doc.id, title: analysis.doc.title });
        } catch (e) {
          this.fail(target, describeError(e));
        }
      }),
    );
  }

  async finish(): Promise<void> {
    await Promise.all(this.pending);
    await analyseChanged(this.summary.storedArticleIds);
    this.opts.progress?.done();
  }

  private record(r: Parameters<IngestSummary["add"]>[0]): void {
    this.summary.add(r);
    this.opts.progress?.item(r);
  }

  private skip(target: string, reason: string): void {
    this.record({ kind: "skipped", target, reason });
  }

  private fail(target: string, reason: string): void {
    this.record({ kind: "failed", target, reason });
  }
}

/** A site's front page lists stories rather than being one: follow its feeds instead of extracting it. */
function isHomePage(url: string): boolean {
  try {
    return new URL(url).pathname.replace(/\/(index\.html?)?$/, "") === "";
  } catch {
    return false;
  }
}
