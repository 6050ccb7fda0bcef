import type { ExtractedEvent } from "@/lib/schemas/extraction";
import { after } from "../text/regex";

/** `noun`: matched a noun ("the lawsuit", "revenue"), weaker evidence than a verb when both are present. */
export type PredicateMatch = { predicate: string; start: number; end: number; noun?: boolean };
type Rule = [RegExp, string, "noun"?];

const MEASURE = String.raw`(?:revenue|revenues|sales|profit|profits|earnings|turnover|income)`;
const MOVE = String.raw`(?:rose|rises|fell|falls|jumped|dropped|grew|declined|climbed|increased|decreased|slipped|surged|slumped|came in|totall?ed|reached|doubled|halved)`;
const OUTLOOK = String.raw`(?:its|their|the)?\s*(?:[\w-]+\s+){0,3}(?:forecasts?|outlook|guidance|targets?|estimates?)`;
/** "now expects earnings of $4.35 to $4.50 a share, up from a previous range of …": a revised forecast without the word. */
const REVISED = String.raw`\b(?:earnings|profit|revenue|sales|forecast|outlook|guidance)\b(?:[^.;]|\.(?=\d)){0,90}?,`;
/** Only a previous figure of the same forecast makes a revision; "up from $3 a year earlier" is a comparison. */
const PREVIOUS = String.raw`(?:a|an|its|the|their)\s+(?:previous|prior|earlier)\b`;
const HEADCOUNT = String.raw`(?:about|some|around|nearly|roughly|more than|up to|over|almost)?\s*[\d,.]+\s*(?:[\w-]+\s+)?(?:jobs|positions|roles|workers|employees|staff)`;

/**
 * Content words mapped to normalised predicates. Compound wordings come first ("raised its forecast",
 * "revenue rose"), so the earliest match of the most specific rule wins a span.
 */
const RULES: Rule[] = [
  [/\b(operat\w*|ran|runs?|running|created|set up|controlled|used)\b(?=[^.;]{0,60}\baccounts\b)/, "operated_accounts"],
  [/\b(interact\w*|generat\w*(?=[^.;]{0,40}\binteractions\b))/, "interactions"],
  [new RegExp(String.raw`\b(?:rais\w*|lift\w*|boost\w*|increas\w*|upgrad\w*)\s+${OUTLOOK}\b|${REVISED}\s+up from ${PREVIOUS}`), "raises_forecast"],
  [new RegExp(String.raw`\b(?:cut|cuts|cutting|lower\w*|reduc\w*|slash\w*|trim\w*|downgrad\w*)\s+${OUTLOOK}\b|${REVISED}\s+down from ${PREVIOUS}|\bprofit warning\b`), "cuts_forecast"],
  [new RegExp(String.raw`\b(?:cut|cuts|cutting|eliminat\w*|shed\w*|slash\w*)\s+${HEADCOUNT}\b|\b(?:laid off|lay off|lays off|layoffs?|cut \w* ?jobs|job cuts|redundancies)\b`), "cuts_jobs"],
  [new RegExp(String.raw`\b${MEASURE}\s+(?:[\w-]+\s+){0,3}?${MOVE}\b`), "reports_revenue"],
  // "cut its benchmark repo rate by 25 basis points": a rate decision, not a market move.
  [/\b(?:cut|cuts|lowered|lowers|raised|raises|hiked|hikes|held|holds|kept|keeps|left)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}(?:interest\s+)?rates?\b/, "announces"],
  // "a prohibited substance", "banned drugs": a participle before a noun describes it, it bans nothing.
  [/\b(ban|bans|banned|banning|prohibit\w*|bar|bars|barred|barring)\b(?!\s+(?:substances?|drugs?|items?|goods|weapons?|list)\b)/, "bans"],
  [/\b(restrict\w*|limit\w*|curb\w*)\b(?=\s+(?:the\s+)?(?:sales?|exports?))/, "restricts_sales"],
  [/\b(restrict\w*|blacklist\w*|sanction\w*|entity list|export controls)\b/, "restricts"],
  [/\b(block|blocks|blocked|blocking)\b/, "blocks"],
  // "refused permission for a data centre", "rejected the licence application": an authority stopping a project.
  [/\b(?:refus\w*|reject\w*|denied|denies|deny|withheld)\s+(?:(?:planning|building|regulatory|final|its|the|an?)\s+){0,2}(?:permission|approval|consent|licen[cs]es?|permits?|application)\b/, "blocks"],
  [/\b(remov\w*|delet\w*|taken down|take down|pulled|withdr[ae]w\w*)\b/, "removes"],
  [/\b(strike|strikes|striking|walkout)\b/, "strikes"],
  // "recalled that he said": remembering, not a product recall.
  [/\b(recall|recalls|recalled|recalling)\b(?!\s+(?:that|how|when|what|the day|seeing|hearing))/, "recalls"],
  // "The jury found that Kestrel had copied …": a finding that introduces what was found, not a discovery.
  [/\b(discover\w*|uncover\w*|detected|found(?!\s+that\b))\b/, "discovers"],
  [/\b(fined|fines|fining)\b/, "fines"],
  [/\b(fine of|(?:the|a|its|record) fine|penalty|penalties|penalised|penalized)\b/, "fines", "noun"],
  [/\b(sued|sues|suing|filed (?:a )?suit)\b/, "sues"],
  [/\b(lawsuits?|(?:the|a) suit|(?:sought|seeks|seeking) [^.;]{0,40}damages)\b/, "sues", "noun"],
  [/\b(infring\w*|copied)\b/, "infringes"],
  [/\b(appeal|appeals|appealed|appealing|set aside the (?:verdict|ruling|decision)|challenge the (?:verdict|ruling|decision))\b/, "appeals"],
  [/\b(settle|settles|settled|settling|settlement)\b/, "settles"],
  [/\b(ordered|orders|ordering)\b(?=\s+(?:\w+\s+){0,4}to\b|\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:rerun|recount|inquiry|review|halt|recall|inspection|inspections|investigation|suspension|stop|closure|evacuation|retrial|trial|hearing|vote|election|audit)\b)/, "orders"],
  [/\b(acquir\w*|takeover|to buy|agreed to buy|bought|(?:a|\d+%) stake in|merger)\b/, "acquires"],
  [/\b(invest(?:s|ed|ing|ments?)?)\b/, "invests"],
  [/\b(launch\w*|releas\w*|rolled out|rolls out|unveil\w*)\b/, "launches"],
  [/\b(investigat(?:es|ed|ing|e)|probing|probes|probed|review the|reviewing)\b/, "investigates"],
  [/\b(investigations?|probe|inquiry|inquiries|audit|audits)\b/, "investigates", "noun"],
  // "declined to comment" is a refusal, and "no client had lost money" no market move: "lost" needs an amount.
  // "shares are up about 40%", "the stock was down 5%": a market move written with "up"/"down".
  // "Alibaba is set to raise up to $12.9bn": raising money is a plan or a deal, not a price rise.
  [/\b(?:set|poised|expected|aiming|seeking|looking)\s+to\s+raise\b/, "plans"],
  [/\b(?:is|are|was|were|closed|ended|traded)\s+down\b(?=\s+(?:about\s+|nearly\s+|more than\s+)?[$€£¥\d])/, "falls"],
  [/\b(?:is|are|was|were|closed|ended|traded)\s+up\b(?=\s+(?:about\s+|nearly\s+|more than\s+)?[$€£¥\d])/, "rises"],
  // "closed at $185.25, up 0.35%": a trailing change is weaker than a measure named before it ("revenue of $5.6 billion, up 9%").
  [/,\s+down\s+[\d.]+\s?%/, "falls", "noun"],
  [/,\s+up\s+[\d.]+\s?%/, "rises", "noun"],
  [/\b(weakened|weakens|softened|eased)\b(?=\s+(?:sharply\s+|slightly\s+)?(?:[\d.]+\s?%|against|to\b|in\b))/, "falls"],
  [/\b(strengthened|strengthens|firmed)\b(?=\s+(?:sharply\s+|slightly\s+)?(?:[\d.]+\s?%|against|to\b))/, "rises"],
  // "are dropping": a gerund moves only after a form of "be" ("rising costs" is a description).
  [/\b(?:is|are|was|were|been)\s+(?:dropping|falling|sliding|slumping|tumbling|sinking)\b/, "falls"],
  [/\b(?:is|are|was|were|been)\s+(?:rising|climbing|surging|jumping|rallying)\b/, "rises"],
  [new RegExp(String.raw`\b(fell|falls|fall|dropped|drops|declined(?!\s+to\b)|declines(?!\s+to\b)|slid|slipped|sank|dipped|plunged|tumbled|lost(?=\s+(?:about\s+|nearly\s+|more than\s+)?[$€£¥\d])|${after(String.raw`(?:%|\d|closed|ended|traded|finished|moved|was|were|is|are)\s+`, "lower")})\b`), "falls"],
  // "would raise at least $10bn" raises money; "lower borrowing costs" describes a cost.
  [/\b(rose|rises|rise|gained|gains|jumped|climbed|surged|grew|grows|higher|rallied|(?:raise|raises|raised)(?!\s+(?:up to\s+|at least\s+|about\s+|as much as\s+|more than\s+)?[$€£¥]|\s+(?:money|capital|funds|cash|financing))|hike\w*)\b/, "rises"],
  [new RegExp(String.raw`\b(${MEASURE})\b`), "reports_revenue", "noun"],
  [/\b(accusations?)\b/, "accuses", "noun"],
  [/\b(accus\w*)\b/, "accuses"],
  [/\b(plans? to|planning to|intends? to)\b/, "plans"],
];

/** "welcomed the investment", "94% backing the strike", "declined to comment on that probe": the thing reacted to is not asserted again. */
const REACTION_BEFORE = /\b(?:welcom\w*|prais\w*|criticis\w*|criticiz\w*|condemn\w*|applaud\w*|hail\w*|oppos\w*|backing|supporting|comment(?:ed|ing)? on)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?$/i;
/** "the strike would hurt tourism", "the ban could violate …": an opinion about an event's effect, not a report of it. */
const EFFECT_AFTER = /^\s+(?:would|could|might|may|will)\s+(?:\w+\s+)?(?:hurt|harm|violate|damage|cost|benefit|help|hit|affect|undermine|threaten|hamper|disrupt|weigh)\b/i;
/** "could face a fine of up to £1,000", "may risk a ban": a possible consequence, not one imposed ("face fines of up to 6%" under a law is the law's penalty). */
const HYPOTHETICAL_BEFORE = /\b(?:could|may|might|would|can)\s+(?:still\s+|also\s+)?(?:face|risk)\s+(?:(?:a|an|the|possible|potential)\s+)?(?:[\w-]+\s+)?$/i;
const isBackReference = (clause: string, start: number, end: number) =>
  REACTION_BEFORE.test(clause.slice(Math.max(0, start - 60), start)) || HYPOTHETICAL_BEFORE.test(clause.slice(Math.max(0, start - 40), start)) || (/\b(?:the|this|that)\s+$/i.test(clause.slice(Math.max(0, start - 6), start)) && EFFECT_AFTER.test(clause.slice(end, end + 50)));

/** Compiled once, with the global flag: `exec` walks each rule's matches from `lastIndex`. */
const GLOBAL_RULES = RULES.map(([re, predicate, noun]): Rule => [new RegExp(re.source, "gi"), predicate, noun]);

export function findPredicates(clause: string): PredicateMatch[] {
  const out: PredicateMatch[] = [];
  for (const [g, predicate, noun] of GLOBAL_RULES) {
    // (The same matches `matchAll` yields, without the copy of the pattern and the iterator it makes for every rule and
    // clause, which cost as much as the scans themselves.)
    g.lastIndex = 0;
    for (let m = g.exec(clause); m !== null; m = g.exec(clause)) {
      if (m[0] === "") g.lastIndex++;
      if (isBackReference(clause, m.index, m.index + m[0].length)) continue;
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
  // "no state agency had bought …": a negated subject negates what it did.
  if (/\bno\s+(?:[\w-]+\s+){1,3}(?:had|has|have|was|were|is|are|did|ever)\s+(?:\w+\s+)?$/i.test(clause.slice(Math.max(0, at - 50), at))) return true;
  return /\b(not|never|no longer|n't|neither|nor)\s+(\w+\s+){0,2}$/i.test(clause.slice(Math.max(0, at - 40), at));
}
