import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { RawItem } from "./feed-items";

/**
 * JSON Feed 1.0/1.1 (jsonfeed.org). Parsed by hand with zod because the installed feed library
 * reads only XML and JSON Feed is plain JSON with a dozen fields: a schema is the whole parser.
 * Item fields are loose here; each item is validated on its own later so one bad item cannot sink the feed.
 */
const Author = z.object({ name: z.string().optional() }).loose();
const JsonFeedDoc = z.object({
  version: z.string().regex(/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/, "is not a JSON Feed version URL"),
  title: z.string().optional(),
  home_page_url: z.string().optional(),
  author: Author.optional(),
  authors: z.array(Author).optional(),
  items: z.array(z.unknown()),
});
const JsonItem = z
  .object({
    id: z.union([z.string(), z.number()]).optional(),
    url: z.string().optional(),
    external_url: z.string().optional(),
    title: z.string().optional(),
    summary: z.string().optional(),
    content_text: z.string().optional(),
    content_html: z.string().optional(),
    date_published: z.string().optional(),
    date_modified: z.string().optional(),
    author: Author.optional(),
    authors: z.array(Author).optional(),
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
      guid: i.id === undefined ? undefined : String(i.id),
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
