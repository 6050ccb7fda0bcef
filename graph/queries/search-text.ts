/**
 * Pure helpers for full-text search: a user's words become a safe Lucene query (every special
 * character escaped, so input never changes the query's structure) and snippets mark matched terms.
 * Hand-written because Lucene's escaping rules are a short fixed list and no library covers snippets
 * over our own stored text.
 */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Terms of a query: quoted phrases kept whole, other words split on whitespace. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const m of query.matchAll(/"([^"]+)"|(\S+)/g)) {
    const t = (m[1] ?? m[2] ?? "").trim();
    if (t.replace(LUCENE_SPECIAL, "").length > 0) terms.push(t);
  }
  return terms;
}

// Lucene reads these words as operators only in capitals; searched for, they are just words.
const LUCENE_OPERATOR = /^(AND|OR|NOT)$/;

/** A Lucene query matching any of the terms (phrases as phrases), ranked by how many match. */
export function toLuceneQuery(query: string): string {
  return queryTerms(query)
    .map((t) => {
      const escaped = t.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
      if (/\s/.test(t)) return `"${escaped}"`;
      return LUCENE_OPERATOR.test(escaped) ? escaped.toLowerCase() : escaped;
    })
    .join(" ");
}

export type Snippet = { snippet: string; highlights: Array<{ start: number; end: number }> };

/** A window of `text` around the first matched term, with every term occurrence inside it marked. */
export function makeSnippet(text: string, terms: string[], width = 200): Snippet {
  const lower = text.toLowerCase();
  const needles = terms.map((t) => t.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, "").toLowerCase()).filter((t) => t.length > 0);
  const firsts = needles.map((n) => lower.indexOf(n)).filter((i) => i >= 0);
  const first = firsts.length ? Math.min(...firsts) : 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  if (start > 0) {
    const space = text.lastIndexOf(" ", start);
    start = space > first - width / 2 ? space + 1 : start;
  }
  const end = Math.min(text.length, start + width);
  const prefix = start > 0 ? "…" : "";
  const snippet = prefix + text.slice(start, end).replace(/\s+/g, " ") + (end < text.length ? "…" : "");
  return { snippet, highlights: findAll(snippet.toLowerCase(), needles) };
}

function findAll(haystack: string, needles: string[]): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const n of needles) {
    for (let i = haystack.indexOf(n); i >= 0; i = haystack.indexOf(n, i + n.length)) found.push({ start: i, end: i + n.length });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping marks (a phrase and one of its words) collapse into one.
  return found.reduce<Array<{ start: number; end: number }>>((acc, h) => {
    const last = acc[acc.length - 1];
    if (last && h.start < last.end) last.end = Math.max(last.end, h.end);
    else acc.push({ ...h });
    return acc;
  }, []);
}

/** Counts of values, most frequent first, for search facets. */
export function countFacet(values: Array<string | null>): Array<{ value: string; count: number }> {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
