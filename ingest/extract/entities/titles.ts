/** Words that make a job title before a name ("Chief Executive", "Commerce Secretary", "Prime Minister"). */
const ROLE = new Set([
  "officer", "secretary", "minister", "president", "chairman", "chairwoman", "chair", "director", "governor", "judge", "analyst",
  "spokesperson", "spokesman", "spokeswoman", "commissioner", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "editor", "leader",
  "senator", "mayor", "prosecutor", "executive", "ambassador", "economist", "professor", "chancellor", "premier", "lawmaker", "general",
]);
const MODIFIER = new Set([
  "chief", "financial", "operating", "technology", "vice", "deputy", "managing", "attorney", "co", "senior", "former", "acting",
  "prime", "foreign", "opposition", "union", "party", "group", "state", "interim",
]);

export type TitleSplit = { before: number; nameFrom: number };

/**
 * Where a job title sits inside a run of capitalised words: "Aventis Chief Executive Tom Hadley" ->
 * words [0,1) are the employer, [3,5) the person. Titles are a closed class, so a word list fits
 * better than a tagger (compromise tags "Executive" as a noun either way).
 */
export function findTitle(words: string[]): TitleSplit | null {
  for (let i = words.length - 2; i >= 0; i--) {
    if (!ROLE.has((words[i] ?? "").toLowerCase())) continue;
    const rest = words.length - i - 1;
    if (rest < 1 || rest > 3) return null;
    let from = i;
    while (from > 0 && (MODIFIER.has((words[from - 1] ?? "").toLowerCase()) || ROLE.has((words[from - 1] ?? "").toLowerCase()))) from--;
    // "General Court", "Executive Council": a lone modifier-like role word opening an institution is no title.
    if (i === from && /^(general|executive)$/i.test(words[i] ?? "") && from === 0) return null;
    return { before: from, nameFrom: i + 1 };
  }
  return null;
}
