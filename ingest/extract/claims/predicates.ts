import type { ExtractedEvent } from "@/lib/schemas/extraction";

export type PredicateMatch = { predicate: string; start: number; end: number };
type Rule = [RegExp, string];

/** Content verbs (and a few nouns) mapped to normalised predicates. The earliest match in a clause wins. */
const RULES: Rule[] = [
  [/\b(operat\w*|ran|runs?|running|created|set up|controlled|used)\b(?=[^.;]{0,60}\baccounts\b)/, "operated_accounts"],
  [/\b(interact\w*|generat\w*(?=[^.;]{0,40}\binteractions\b))/, "interactions"],
  [/\b(ban|bans|banned|banning|prohibit\w*|bar|bars|barred|barring)\b/, "bans"],
  [/\b(restrict\w*|limit\w*|curb\w*)\b(?=\s+(?:the\s+)?(?:sales?|exports?))/, "restricts_sales"],
  [/\b(restrict\w*)\b/, "restricts"],
  [/\b(block|blocks|blocked|blocking)\b/, "blocks"],
  [/\b(remov\w*|delet\w*|taken down|take down|pulled|withdr[ae]w\w*)\b/, "removes"],
  [/\b(strike|strikes|striking|walkout)\b/, "strikes"],
  [/\b(recall|recalls|recalled|recalling)\b/, "recalls"],
  [/\b(discover\w*|uncover\w*|detected|found)\b/, "discovers"],
  [/\b(fined|fines|fine of|penalty|penalised|penalized)\b/, "fines"],
  [/\b(sued|sues|suing|lawsuit)\b/, "sues"],
  [/\b(acquir\w*|takeover|to buy|bought)\b/, "acquires"],
  [/\b(invest\w*)\b/, "invests"],
  [/\b(launch\w*|releas\w*|rolled out|rolls out)\b/, "launches"],
  [/\b(laid off|lay off|layoffs?|cut \w* ?jobs|job cuts)\b/, "cuts_jobs"],
  [/\b(investigat\w*|probe|probing)\b/, "investigates"],
  [/\b(fell|falls|fall|dropped|drops|declined|declines|slid|plunged|tumbled|lost)\b/, "falls"],
  [/\b(rose|rises|rise|gained|gains|jumped|climbed|surged|grew|grows)\b/, "rises"],
  [/\b(revenue|sales|profit|earnings)\b/, "reports_revenue"],
  [/\b(accus\w*)\b/, "accuses"],
];

export function findPredicates(clause: string): PredicateMatch[] {
  const out: PredicateMatch[] = [];
  for (const [re, predicate] of RULES) {
    const g = new RegExp(re.source, "gi");
    for (const m of clause.matchAll(g)) {
      if (!out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) out.push({ predicate, start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Actions a subject takes itself: when no one is quoted, the actor is recorded as the source of the claim. */
export const OWN_ACTIONS = new Set(["bans", "blocks", "restricts_sales", "restricts", "removes", "recalls", "launches", "acquires", "invests", "cuts_jobs", "fines", "sues", "investigates", "announces"]);

export const EVENT_KINDS: Record<string, ExtractedEvent["kind"]> = {
  bans: "ban", blocks: "block", restricts_sales: "restriction", restricts: "restriction", removes: "removal", discovers: "discovery",
  confirms: "confirmation", announces: "announcement", recalls: "recall", launches: "launch", fines: "fine", sues: "lawsuit",
  acquires: "acquisition", cuts_jobs: "layoff", investigates: "investigation",
};

/** "did not ban", "never operated", "no longer blocks": the clause negates its predicate. */
export function negated(clause: string, at: number): boolean {
  return /\b(not|never|no longer|n't|neither|nor)\s+(\w+\s+){0,2}$/i.test(clause.slice(Math.max(0, at - 40), at));
}
