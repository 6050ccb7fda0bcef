import type { Figure } from "@/lib/schemas/extraction";

type Qualifier = Figure["qualifier"];
export const QUALIFIERS = "approximately|something like|about|around|roughly|nearly|almost|some|an estimated|estimated|closer to|close to|near(?!\\s\\d+-\\d)|more than|older than|(?:larger|bigger|greater|wider|deeper|taller|heavier) than|over|above|in excess of|upwards of|upward of|exceeding|exceeds|exceed|at least|no less than|not less than|no fewer than|not fewer than|a minimum of|at most|up to(?: a| an)?|no more than|not more than|no (?:deeper|higher|longer|taller|wider|larger|bigger|older|heavier) than|a maximum of|maximum of|as many as|as much as|as long as|as high as|as (?:tall|deep|wide|far|large|heavy|big) as|within|less than|fewer than|just short of|short of|just under|just below|under|below|just over|just above";

const MAP: Array<[RegExp, Qualifier]> = [
  // ("capacity for something like 1,100 trucks": a speaker's rough count; "hovered near 30% of capacity".)
  [/^(approximately|something like|about|around|roughly|nearly|almost|some|an estimated|estimated|closer to|close to|near)$/i, "about"],
  // ("delays which … now exceed 30 months".)
  // ("37 clear-cuts larger than 10 hectares": a comparative's floor.)
  [/^(more than|older than|(?:larger|bigger|greater|wider|deeper|taller|heavier) than|over|above|in excess of|upwards? of|exceeding|exceeds|exceed|just over|just above)$/i, "over"],
  // "no less than 85 percent": a floor, whatever "less than" alone would say.
  [/^(at least|no less than|not less than|no fewer than|not fewer than|a minimum of)$/i, "at_least"],
  // "up to a $250,000 fine", "as many as 500": the ceiling of what may happen.
  // ("kept the data for as long as 36 months", "as high as 9%" likewise; "the statutory maximum of 10%", a cap.)
  // ("no deeper than 15 metres": a ceiling in any dimension; "towers that can stand as tall as 150 feet" too.)
  [/^(at most|up to(?: an?)?|no more than|not more than|no (?:deeper|higher|longer|taller|wider|larger|bigger|older|heavier) than|a maximum of|maximum of|as many as|as much as|as long as|as high as|as (?:tall|deep|wide|far|large|heavy|big) as|within)$/i, "at_most"],
  [/^(less than|fewer than|just short of|short of|just under|just below|under|below)$/i, "under"],
];

export function qualifierOf(word: string | undefined): Qualifier {
  if (!word) return "exact";
  return MAP.find(([re]) => re.test(word.trim()))?.[1] ?? "exact";
}

/**
 * The range a qualifier allows. "about" gets no range on purpose: the analysis compares best values,
 * and a tolerance here would make "about 24,000" and "about 25,000" look compatible when outlets differ.
 * "over"/"under" are open on one side; "exact" is the value itself.
 */
export function qualifierRange(q: Qualifier, value: number): Pick<Figure, "low" | "high"> {
  if (q === "over" || q === "at_least") return { low: value };
  if (q === "under" || q === "at_most") return { high: value };
  if (q === "exact") return { low: value, high: value };
  return {};
}
