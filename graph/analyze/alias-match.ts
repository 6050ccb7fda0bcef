/**
 * Entity resolution beyond the extractor's id: names that are the same organisation written
 * differently ("Alibaba", "Alibaba Group", "Alibaba Group Holding"). Every proposed merge carries the
 * rule that matched, in words, and is stored as a reversible decision. Hand-written because the rules
 * are ours (which suffixes are corporate, when a person's name is too ambiguous) and short.
 */
export type Candidate = { id: string; name: string; type: string; aliases: string[]; mentionCount: number };
export type AliasMerge = { fromId: string; intoId: string; reason: string };

const CORPORATE_SUFFIXES = new Set([
  "group", "holding", "holdings", "inc", "incorporated", "ltd", "limited", "co", "corp", "corporation", "company", "plc", "llc", "ag", "sa", "gmbh", "pbc", "nv",
]);
const SUFFIX_TYPES = new Set(["ORG", "MEDIA"]);

export function normalizeName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The name without trailing corporate suffixes: "alibaba group holding" -> "alibaba". */
export function coreName(name: string): string {
  const words = normalizeName(name).split(" ").filter(Boolean);
  while (words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1] ?? "")) words.pop();
  return words.join(" ");
}

/** Why two entities are one, or null. People merge only on an identical full name (two or more words). */
export function matchReason(a: Candidate, b: Candidate): string | null {
  if (a.type !== b.type) return null;
  const na = normalizeName(a.name);
  const nb = normalizeName(b.name);
  if (a.type === "PERSON" && (na.split(" ").length < 2 || nb.split(" ").length < 2)) return null;
  if (na === nb) return `"${a.name}" and "${b.name}" are the same name apart from case and punctuation`;
  const alias = b.aliases.find((x) => normalizeName(x) === na) ?? a.aliases.find((x) => normalizeName(x) === nb);
  if (alias && a.type !== "PERSON") return `"${alias}" is recorded as an alias of ${b.aliases.includes(alias) ? `"${b.name}"` : `"${a.name}"`}`;
  if (SUFFIX_TYPES.has(a.type) && coreName(a.name) === coreName(b.name) && coreName(a.name).length >= 3) {
    return `"${a.name}" and "${b.name}" are the same name without corporate suffixes ("${coreName(a.name)}")`;
  }
  return null;
}

/** The survivor of a group: most mentioned, then the longer (more formal) name, then id. */
function better(a: Candidate, b: Candidate): Candidate {
  if (a.mentionCount !== b.mentionCount) return a.mentionCount > b.mentionCount ? a : b;
  if (a.name.length !== b.name.length) return a.name.length > b.name.length ? a : b;
  return a.id < b.id ? a : b;
}

/** Merges that bring each matching group onto one survivor, skipping pairs a person kept apart. */
export function proposeAliasMerges(entities: Candidate[], keptApart: (a: string, b: string) => boolean): AliasMerge[] {
  const merges: AliasMerge[] = [];
  const absorbed = new Set<string>();
  const sorted = [...entities].sort((a, b) => (better(a, b) === a ? -1 : 1));
  for (const survivor of sorted) {
    if (absorbed.has(survivor.id)) continue;
    for (const other of sorted) {
      if (other.id === survivor.id || absorbed.has(other.id) || keptApart(survivor.id, other.id)) continue;
      const reason = matchReason(other, survivor);
      if (!reason) continue;
      merges.push({ fromId: other.id, intoId: survivor.id, reason });
      absorbed.add(other.id);
    }
    absorbed.add(survivor.id);
  }
  return merges;
}
