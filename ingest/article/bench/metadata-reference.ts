import { load, type CheerioAPI } from "cheerio/slim";
import type { SystemOutput } from "./systems";

/**
 * The page's own metadata, read independently of the extractor (a deliberately plain reader):
 * title = JSON-LD headline of the first Article-like node, else og:title;
 * author = that node's author name(s), else meta name=author / article:author (URLs ignored);
 * date = that node's datePublished, else meta article:published_time.
 */
export type Reference = { title?: string; authors: string[]; date?: string };

export function readReference(html: string): Reference {
  const $ = load(html);
  const node = firstArticleNode($);
  const title = str(node?.["headline"]) ?? $('meta[property="og:title"]').attr("content");
  const authors = authorNames(node?.["author"]);
  if (authors.length === 0) {
    for (const sel of ['meta[name="author"]', 'meta[property="article:author"]']) {
      const v = $(sel).attr("content");
      if (v && !/^https?:/.test(v)) authors.push(v);
    }
  }
  const date = str(node?.["datePublished"]) ?? $('meta[property="article:published_time"]').attr("content");
  return { title: title?.trim() || undefined, authors, date: date?.trim() || undefined };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : undefined);

function firstArticleNode($: CheerioAPI): Obj | undefined {
  const nodes: Obj[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    try {
      const stack: unknown[] = [JSON.parse($(el).text()) as unknown];
      while (stack.length > 0) {
        const v = stack.shift();
        if (Array.isArray(v)) stack.push(...(v as unknown[]));
        else if (isObj(v)) {
          nodes.push(v);
          if (Array.isArray(v["@graph"])) stack.push(...(v["@graph"] as unknown[]));
        }
      }
    } catch {
      /* unparsable JSON-LD counts as absent */
    }
  });
  return nodes.find((n) => [n["@type"]].flat().some((t) => typeof t === "string" && /(Article|BlogPosting)$/.test(t)));
}

function authorNames(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(authorNames);
  if (typeof v === "string") return /^https?:/.test(v) ? [] : [v];
  return isObj(v) && typeof v["name"] === "string" ? [v["name"]] : [];
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Equal after lower-casing and dropping punctuation; a dropped " | Site" suffix still counts. */
export function titleMatches(ref: string, got: string | undefined): boolean {
  if (!got) return false;
  const a = norm(ref);
  const b = norm(got);
  return a === b || (b.length >= a.length * 0.5 && a.startsWith(b)) || (a.length >= b.length * 0.5 && b.startsWith(a));
}

/** Every reference author name (a leading "By" dropped) appears in the system's byline. */
export function authorMatches(ref: string[], got: string | undefined): boolean {
  if (!got) return false;
  return ref.every((name) => norm(got).includes(norm(name.replace(/^\s*by\s+/i, ""))));
}

/** The same instant within a minute; a reference without an offset is read as UTC. */
export function dateMatches(ref: string, got: string | undefined): boolean {
  if (!got) return false;
  const withZone = (s: string) => (/[zZ]|[+-]\d{2}:?\d{2}$/.test(s) || !/T\d/.test(s) ? s : `${s}Z`);
  const a = Date.parse(withZone(ref));
  const b = Date.parse(withZone(got));
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= 60_000;
}

export type MetaTally = { title: [number, number]; author: [number, number]; date: [number, number] };

export function tallyMetadata(refs: Reference[], outputs: SystemOutput[]): MetaTally {
  const t: MetaTally = { title: [0, 0], author: [0, 0], date: [0, 0] };
  refs.forEach((ref, i) => {
    const out = outputs[i];
    if (ref.title) t.title = [t.title[0] + (titleMatches(ref.title, out?.title) ? 1 : 0), t.title[1] + 1];
    if (ref.authors.length > 0) t.author = [t.author[0] + (authorMatches(ref.authors, out?.byline) ? 1 : 0), t.author[1] + 1];
    if (ref.date) t.date = [t.date[0] + (dateMatches(ref.date, out?.publishedAt) ? 1 : 0), t.date[1] + 1];
  });
  return t;
}
