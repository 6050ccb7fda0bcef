import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { RawItem } from "./feed-items";

/**
 * JSON Feed 1.0/1.1 (jsonfeed.org). Parsed by hand with zod because the installed feed library
 * reads only XML and JSON Feed is plain JSON with a dozen fields: a schema is the whole parser.
 * Item fields are loose here; each item is validated on its own later so one bad item cannot sink the feed.
 */
// Real feeds write null for absent fields, and some write "1.1" instead of the version URL.
const opt = z.string().nullish().transform((v) => v ?? undefined);
const Author = z.object({ name: opt }).loose();
const JsonFeedDoc = z.object({
  version: z.string().regex(/jsonfeed\.org\/version\/1|^1(\.\d+)?$/, "is not a JSON Feed version (https://jsonfeed.org/version/1.1)"),
  title: opt,
  home_page_url: opt,
  author: Author.nullish(),
  authors: z.array(Author).nullish(),
  items: z.array(z.unknown(), "has no items array"),
});
const JsonItem = z
  .object({
    id: z.union([z.string(), z.number()]).nullish(),
    url: opt,
    external_url: opt,
    title: opt,
    summary: opt,
    content_text: opt,
    content_html: opt,
    date_published: opt,
    date_modified: opt,
    author: Author.nullish(),
    authors: z.array(Author).nullish(),
  })
  .loose();

export type JsonFeedParsed = { title?: string; homepage?: string; items: RawItem[] };

export function parseJsonFeed(text: string, feedUrl: string): JsonFeedParsed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new AppError("BAD_FEED", `${feedUrl} is not valid JSON (${(e as Error).message}); the download may be truncated.`);
  }
  const doc = JsonFeedDoc.safeParse(json);
  if (!doc.success) {
    const issue = doc.error.issues[0];
    throw new AppError("BAD_FEED", `${feedUrl} is not a JSON Feed: ${issue?.path.join(".") || "document"} ${issue?.message ?? "is invalid"}.`);
  }
  const feedAuthor = names(doc.data.authors ?? (doc.data.author ? [doc.data.author] : []));
  const out: JsonFeedParsed = { title: doc.data.title, homepage: doc.data.home_page_url, items: [] };
  doc.data.items.forEach((raw, index) => {
    const item = JsonItem.safeParse(raw);
    if (!item.success) return out.items.push({ invalid: `item ${index + 1} is malformed: ${issueText(item.error.issues[0])}` });
    const i = item.data;
    out.items.push({
      url: i.url ?? i.external_url,
      guid: i.id == null ? undefined : String(i.id),
      title: i.title,
      summary: i.summary ?? i.content_text ?? i.content_html,
      author: names(i.authors ?? (i.author ? [i.author] : [])) ?? feedAuthor,
      published: i.date_published ?? i.date_modified,
    });
  });
  return out;
}

function issueText(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return "invalid";
  return issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
}

function names(authors: Array<z.infer<typeof Author>>): string | undefined {
  const list = authors.map((a) => a.name?.trim()).filter((n): n is string => !!n);
  return list.length ? list.join(", ") : undefined;
}
