import type { ExtractedEntity } from "@/lib/schemas";

/**
 * One entity per id: decisions can map two extracted names ("Alibaba", "Alibaba Group") to one
 * entity, and each would otherwise overwrite the other's mentions on the article's single MENTIONS
 * edge. The folded entity keeps the first name, every other name as an alias, and all mentions in
 * text order.
 */
export function foldEntities(entities: readonly ExtractedEntity[]): ExtractedEntity[] {
  const byId = new Map<string, ExtractedEntity[]>();
  for (const e of entities) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
  return [...byId.values()].flatMap(([first, ...rest]) => {
    if (!first) return [];
    if (rest.length === 0) return [first];
    const all = [first, ...rest];
    const aliases = [...new Set(all.flatMap((e) => [e.name, ...e.aliases]))].filter((a) => a !== first.name);
    const mentions = all.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start || a.end - b.end);
    return [{ ...first, aliases, mentions }];
  });
}
