import type { ExtractedEvent } from "@/lib/schemas/extraction";

/** `noun`: matched a noun ("the lawsuit", "revenue"), weaker evidence than a verb when both are present. */
export type PredicateMatch = { predicate: string; start: number; end: number; noun?: boolean };
type Rule = [RegExp, string, "noun"?];

const MEASURE = String.raw`(?:revenue|revenues|sales|profit|profits|earnings|turnover|income)`;
const MOVE = String.raw`(?:rose|rises|fell|falls|jumped|dropped|grew|declined|climbed|increased|decreased|slipped|surged|slumped|came in|totall?ed|reached|doubled|halved)`;
const OUTLOOK = String.raw`(?:its|their|the)?\s*(?:[\w-]+\s+){0,3}(?:forecasts?|outlook|guidance|targets?|estimates?)`;
const HEADCOUNT = String.raw`(?:about|some|around|nearly|roughly|more than|up to|over|almost)?\s*[\d,.]+\s*(?:[\w-]+\s+)?(?:jobs|positions|roles|workers|employees|staff)`;

/**
 * Content words mapped to normalised predicates. Compound wordings come first ("raised its forecast",
 * "revenue rose"), so the earliest match of the most specific rule wins a span.
 */
const RULES: Rule[] = [
  [/\b(operat\w*|ran|runs?|running|created|set up|controlled|used)\b(?=[^.;]{0,60}\baccounts\b)/, "operated_accounts"],
  [/\b(interact\w*|generat\w*(?=[^.;]{0,40}\binteractions\b))/, "interactions"],
  [new RegExp(String.raw`\b(?:rais\w*|lift\w*|boost\w*|increas\w*|upgrad\w*)\s+${OUTLOOK}\b`), "raises_forecast"],
  [new RegExp(String.raw`\b(?:cut|cuts|cutting|lower\w*|reduc\w*|slash\w*|trim\w*|downgrad\w*)\s+${OUTLOOK}\b|\bprofit warning\b`), "cuts_forecast"],
  [new RegExp(String.raw`\b(?:cut|cuts|cutting|eliminat\w*|shed\w*|slash\w*)\s+${HEADCOUNT}\b|\b(?:laid off|lay off|lays off|layoffs?|cut \w* ?jobs|job cuts|redundancies)\b`), "cuts_jobs"],
  [new RegExp(String.raw`\b${MEASURE}\s+(?:[\w-]+\s+){0,3}?${MOVE}\b`), "reports_revenue"],
  [/\b(ban|bans|banned|banning|prohibit\w*|bar|bars|barred|barring)\b/, "bans"],
  [/\b(restrict\w*|limit\w*|curb\w*)\b(?=\s+(?:the\s+)?(?:sales?|exports?))/, "restricts_sales"],
  [/\b(restrict\w*|blacklist\w*|sanction\w*|entity list|export controls)\b/, "restricts"],
  [/\b(block|blocks|blocked|blocking)\b/, "blocks"],
  [/\b(remov\w*|delet\w*|taken down|take down|pulled|withdr[ae]w\w*)\b/, "removes"],
  [/\b(strike|strikes|striking|walkout)\b/, "strikes"],
  [/\b(recall|recalls|recalled|recalling)\b/, "recalls"],
  [/\b(discover\w*|uncover\w*|detected|found)\b/, "discovers"],
  [/\b(fined|fines|fining)\b/, "fines"],
  [/\b(fine of|(?:the|a|its|record) fine|penalty|penalties|penalised|penalized)\b/, "fines", "noun"],
  [/\b(sued|sues|suing|filed (?:a )?suit)\b/, "sues"],
  [/\b(lawsuits?|(?:the|a) suit|(?:sought|seeks|seeking) [^.;]{0,40}damages)\b/, "sues", "noun"],
  [/\b(infring\w*|copied)\b/, "infringes"],
  [/\b(appeal|appeals|appealed|appealing|set aside the (?:verdict|ruling|decision)|challenge the (?:verdict|ruling|decision))\b/, "appeals"],
  [/\b(settle|settles|settled|settling|settlement)\b/, "settles"],
  [/\b(ordered|orders|ordering)\b(?=\s+(?:\w+\s+){0,4}to\b)/, "orders"],
  [/\b(acquir\w*|takeover|to buy|agreed to buy|bought|(?:a|\d+%) stake in|merger)\b/, "acquires"],
  [/\b(invest(?:s|ed|ing|ments?)?)\b/, "invests"],
  [/\b(launch\w*|releas\w*|rolled out|rolls out|unveil\w*)\b/, "launches"],
  [/\b(investigat\w*|probe|probing|inquiry|audit|audits|review the|reviewing)\b/, "investigates"],
  [/\b(fell|falls|fall|dropped|drops|declined|declines|slid|slipped|sank|dipped|plunged|tumbled|lost|lower)\b/, "falls"],
  [/\b(rose|rises|rise|gained|gains|jumped|climbed|surged|grew|grows|higher|rallied|raise|raises|raised|hike\w*)\b/, "rises"],
  [new RegExp(String.raw`\b(${MEASURE})\b`), "reports_revenue", "noun"],
  [/\b(accusations?)\b/, "accuses", "noun"],
  [/\b(accus\w*)\b/, "accuses"],
  [/\b(plans? to|planning to|intends? to)\b/, "plans"],
];

export function findPredicates(clause: string): PredicateMatch[] {
  const out: PredicateMatch[] = [];
  for (const [re, predicate, noun] of RULES) {
    const g = new RegExp(re.source, "gi");
    for (const m of clause.matchAll(g)) {
      if (!out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) out.push({ predicate, start: m.index, end: m.index + m[0].length, ...(noun ? { noun: true } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Actions a subject takes itself: when no one is quoted, the actor is recorded as the source of the claim. */
export const OWN_ACTIONS = new Set([
  "bans", "blocks", "restricts_sales", "restricts", "removes", "recalls", "launches", "acquires", "invests", "cuts_jobs", "fines", "sues",
  "investigates", "announces", "orders", "appeals", "settles", "raises_forecast", "cuts_forecast", "plans",
]);

export const EVENT_KINDS: Record<string, ExtractedEvent["kind"]> = {
  bans: "ban", blocks: "block", restricts_sales: "restriction", restricts: "restriction", removes: "removal", discovers: "discovery",
  confirms: "confirmation", announces: "announcement", recalls: "recall", launches: "launch", fines: "fine", sues: "lawsuit",
  acquires: "acquisition", cuts_jobs: "layoff", investigates: "investigation", appeals: "lawsuit", settles: "lawsuit",
  raises_forecast: "announcement", cuts_forecast: "announcement",
};

/** "did not ban", "never operated", "no longer blocks", "found no trace": the clause negates its predicate. */
export function negated(clause: string, at: number, end = at): boolean {
  if (/^\s+no\b(?!\s+longer)/i.test(clause.slice(end, end + 6))) return true;
  return /\b(not|never|no longer|n't|neither|nor)\s+(\w+\s+){0,2}$/i.test(clause.slice(Math.max(0, at - 40), at));
}
