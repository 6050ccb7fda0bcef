/** Query parameters that only say how a reader arrived, never which page it is. */
const TRACKING_EXACT = new Set([
  "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "twclid", "li_fat_id",
  "mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "referrer", "cmpid", "cmp", "icid", "ocid", "ncid",
  "s_cid", "smid", "sr_share", "ito", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id",
  "oly_enc_id", "rss", "feature", "spm", "share", "shared", "at_medium", "at_campaign", "at_custom1",
]);
const TRACKING_PREFIX = /^(utm_|pk_|mtm_|hsa_|at_|__twitter|vero_|fb_)/i;
const DEFAULT_INDEX = /\/index\.(html?|php|aspx?)$/i;

function isTracking(name: string): boolean {
  return TRACKING_EXACT.has(name.toLowerCase()) || TRACKING_PREFIX.test(name);
}

/**
 * One spelling per page, so a story reached through a feed link and a direct link is one Article:
 * lower-case scheme and host (WHATWG URL), no default port, no fragment, no tracking parameters,
 * remaining parameters sorted, and a trailing index.html dropped. Anything that is not an http(s)
 * URL is returned trimmed and otherwise untouched.
 */
export function normaliseUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return u.href;
  u.hash = "";
  u.username = "";
  u.password = "";
  u.hostname = u.hostname.replace(/\.$/, "");
  u.pathname = u.pathname.replace(DEFAULT_INDEX, "/");
  const kept = [...u.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a, av], [b, bv]) => (a === b ? av.localeCompare(bv) : a < b ? -1 : 1));
  u.search = new URLSearchParams(kept).toString();
  return u.href;
}

/** Resolve a possibly relative href against the page URL; undefined when it is not a usable http(s) URL. */
export function resolveUrl(href: string | undefined, base: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : undefined;
  } catch {
    return undefined;
  }
}
