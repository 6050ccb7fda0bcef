import type { EntityIndex } from "../entities/resolve";

const LINK = /^,?\s+(?:an?|the)?\s*(?:affiliate|subsidiary|unit|arm|division|spin-off)\s+of\s+$|^,?\s+(?:owned|backed|controlled|affiliated with|linked to)\s+(?:by\s+)?$/i;

/** "<A>, a subsidiary of <B>", "<A>, backed by <B>", "<B>-backed <A>": A is affiliated with B. */
export function findAffiliations(text: string, index: EntityIndex): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const ms = index.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (!a || !b || a.id === b.id) continue;
    const between = text.slice(a.end, b.start);
    if (between.length < 60 && LINK.test(between)) out.push([a.id, b.id]);
    if (/^-(?:backed|owned|affiliated|controlled)\s+$/.test(between)) out.push([b.id, a.id]);
  }
  return out;
}
