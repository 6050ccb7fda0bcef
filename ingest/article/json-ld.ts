import { z } from "zod";
import { attr, findAll, rawText, type Document } from "./dom";

/** What schema.org markup says about the article. Every field is optional: pages get it wrong often. */
export type JsonLdArticle = {
  headline?: string;
  authors: string[];
  datePublished?: string;
  dateModified?: string;
  section?: string;
  publisher?: string;
  articleBody?: string;
  description?: string;
  inLanguage?: string;
  url?: string;
};

const ARTICLE_TYPE = /(Article|BlogPosting|Report|LiveBlogPosting|NewsArticle|Posting)$/;
const Node = z.record(z.string(), z.unknown());
type Node = z.infer<typeof Node>;

export function readJsonLd(doc: Document): JsonLdArticle | undefined {
  const nodes: Node[] = [];
  const scripts = findAll(doc, (el) => el.name === "script" && /ld\+json/i.test(attr(el, "type") ?? ""));
  for (const script of scripts) {
    const parsed = parseLoose(rawText(script));
    if (parsed !== undefined) flatten(parsed, nodes);
  }
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));
  return article ? toArticle(article, nodes) : undefined;
}

/** Real pages ship JSON-LD with raw newlines inside strings and trailing semicolons; tolerate both. */
function parseLoose(text: string): unknown {
  const trimmed = text.trim().replace(/^<!--|-->$/g, "").replace(/;\s*$/, "");
  for (const candidate of [trimmed, trimmed.replace(/[\u0000-\u001f]+/g, " ")]) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      /* try the next repair */
    }
  }
  return undefined;
}

function flatten(value: unknown, out: Node[]): void {
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out);
    return;
  }
  const node = Node.safeParse(value);
  if (!node.success) return;
  out.push(node.data);
  if (node.data["@graph"] !== undefined) flatten(node.data["@graph"], out);
  const main = node.data["mainEntity"];
  if (main && typeof main === "object") flatten(main, out);
}

function types(node: Node): string[] {
  const t = node["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
}

function toArticle(node: Node, all: Node[]): JsonLdArticle {
  return {
    headline: text(node["headline"]) ?? text(node["name"]),
    authors: names(node["author"], all).concat(names(node["creator"], all)),
    datePublished: text(node["datePublished"]) ?? text(node["dateCreated"]),
    dateModified: text(node["dateModified"]),
    section: first(node["articleSection"]),
    publisher: names(node["publisher"], all)[0],
    articleBody: text(node["articleBody"]),
    description: text(node["description"]),
    inLanguage: text(node["inLanguage"]) ?? names(node["inLanguage"], all)[0],
    url: text(node["url"]) ?? idOf(node["mainEntityOfPage"]),
  };
}

function text(v: unknown): string | undefined {
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  if (typeof v === "number") return String(v);
  return undefined;
}

function first(v: unknown): string | undefined {
  return Array.isArray(v) ? v.map(text).find((x) => x !== undefined) : text(v);
}

function idOf(v: unknown): string | undefined {
  if (typeof v === "string") return text(v);
  const node = Node.safeParse(v);
  return node.success ? (text(node.data["@id"]) ?? text(node.data["url"])) : undefined;
}

/** author/publisher may be a string, a Person/Organization, an {@id} reference into @graph, or an array. */
function names(v: unknown, all: Node[]): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => names(x, all));
  const s = text(v);
  if (s !== undefined) return /^https?:/.test(s) ? [] : [s];
  const node = Node.safeParse(v);
  if (!node.success) return [];
  const name = text(node.data["name"]);
  if (name !== undefined) return [name];
  const ref = text(node.data["@id"]);
  const target = ref ? all.find((n) => n["@id"] === ref && n !== node.data) : undefined;
  return target ? names(target, all) : [];
}
