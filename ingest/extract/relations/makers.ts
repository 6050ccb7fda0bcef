import type { EntityIndex, Located } from "../entities/resolve";
import { lexiconEntry } from "../entities/lexicon-matches";
import { entityKey } from "../entities/entity-key";

/**
 * Who makes which product: the lexicon's maker when both are named, "<Org>'s <Product>", "<Product>,
 * <Org>'s ... assistant", and "its ... assistant, 'Product'" (its = the sentence's first organisation).
 */
export function findMakers(text: string, index: EntityIndex): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  const orgs = index.entities.filter((e) => e.type === "ORG");
  for (const p of index.entities.filter((e) => e.type === "PRODUCT")) {
    const maker = lexiconEntry(p.name)?.maker;
    const org = maker ? orgs.find((o) => entityKey(o.name) === entityKey(maker)) : undefined;
    if (org) { pairs.push([org.id, p.id]); continue; }
    for (const m of p.mentions) {
      const found = makerNear(text, index, { ...m, id: p.id, type: p.type });
      if (found) { pairs.push([found, p.id]); break; }
    }
  }
  return pairs;
}

function makerNear(text: string, index: EntityIndex, m: Located): string | undefined {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  const after = text.slice(m.end, m.end + 60);
  const orgAt = (start: number, end: number) => index.mentions.find((x) => x.start >= start && x.end <= end && x.type === "ORG");
  const poss = /(\p{Lu}[\p{L}\s]*?)['’]s\s+(?:[\p{Ll}-]+\s+){0,3}['"‘“]?$/u.exec(before);
  if (poss) return orgAt(m.start - before.length + poss.index, m.start)?.id;
  const appos = /^,\s+(\p{Lu}[\p{L}\s]*?)['’]s\b/u.exec(after);
  if (appos) return orgAt(m.end, m.end + appos[0].length)?.id;
  if (/\bits\s+[\p{L}\s-]{0,40},?\s+['"‘“]?$/u.test(before)) {
    const sentenceStart = Math.max(text.lastIndexOf(". ", m.start), text.lastIndexOf("\n", m.start), 0);
    return orgAt(sentenceStart, m.start)?.id;
  }
  return undefined;
}
