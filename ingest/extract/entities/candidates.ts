import type { Sentence, Term } from "../text/sentences";
import { MONTHS_DAYS, NOT_NAMES, TITLES, isCommonWord, isDemonym } from "./words";

export type Candidate = {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** First word of its sentence: a capital there says nothing about being a name. */
  initial: boolean;
  possessive: boolean;
  /** A title stood before it ("Mr", "Senator"): a person. */
  titled: boolean;
  /** Lower-case word after a hyphen ("Alibaba-affiliated", "Berlin-based"). */
  hyphenSuffix?: string;
};

const CAPITAL = /^(?:\p{Lu}|i\p{Lu}|\d+\p{Lu})/u;
const OF_HEADS = /^(Ministry|Department|Bank|University|Institute|Bureau|Office|Council|Court|Agency|Commission|Board|Academy|Association|Federation|Republic|Kingdom|Secretary|School|College|Museum|Chamber|Union|Organization|Organisation|Society|League|Conference|Federation)$/;
const QUOTE = /["'“”‘’]/;

type Word = { text: string; start: number; end: number; possessive: boolean; breakAfter: boolean; hyphenSuffix?: string };

/** Normalises one token: drops "'s", cuts "Berlin-based" at the hyphen, notes punctuation that ends a name. */
function toWord(t: Term, next: Term | undefined): Word {
  let text = t.text;
  let end = t.end;
  const poss = /['’]s?$/.exec(text);
  const hy = /^([^-]+)-(\p{Ll}[\p{L}-]*)$/u.exec(text);
  let hyphenSuffix: string | undefined;
  if (poss && text.length > poss[0].length) { text = text.slice(0, -poss[0].length); end -= poss[0].length; }
  else if (hy?.[1] && hy[2]) { text = hy[1]; end = t.start + text.length; hyphenSuffix = hy[2]; }
  if (t.post.trim() === "-" && next && /^\p{Ll}/u.test(next.text)) hyphenSuffix = next.text;
  const breakAfter = Boolean(poss) || Boolean(hyphenSuffix) || t.post.trim() !== "" || (next !== undefined && QUOTE.test(next.pre));
  return { text, start: t.start, end, possessive: Boolean(poss) && /s$|['’]$/.test(t.text), breakAfter, hyphenSuffix };
}

const isCap = (w: Word) => CAPITAL.test(w.text) && !MONTHS_DAYS.has(w.text.toLowerCase()) && !NOT_NAMES.has(w.text.toLowerCase());
/** A demonym opens a name only when a capitalised word follows ("Danish Maritime Authority", not "Danish shipping"). */

/** Runs of capitalised words in one sentence, with "of"/"&" inside institutional names. */
export function sentenceCandidates(s: Sentence): Candidate[] {
  const words = s.terms.map((t, i) => toWord(t, s.terms[i + 1]));
  const out: Candidate[] = [];
  let run: Word[] = [];
  let runStart = 0;
  let titled = false;
  const flush = () => {
    const c = run.length ? trimRun(run, runStart === 0, titled, s.index) : null;
    if (c) out.push(c);
    run = [];
    titled = false;
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const next = words[i + 1];
    const prev = run[run.length - 1];
    const joiner = prev && !prev.breakAfter && (w.text === "&" || (w.text === "of" && OF_HEADS.test(prev.text))) && next && isCap(next);
    if (!isCap(w) && !joiner) { flush(); continue; }
    if (prev?.breakAfter) flush();
    if (run.length === 0 && TITLES.has(w.text.toLowerCase()) && next && isCap(next) && !w.breakAfter) { titled = true; continue; }
    if (run.length === 0) runStart = i;
    run.push(w);
  }
  flush();
  return out;
}

function trimRun(run: Word[], initial: boolean, titled: boolean, sentence: number): Candidate | null {
  let words = run;
  // Leading determiners and other ordinary words capitalised by position ("The", "In", "These").
  while (words.length && isLeadingNoise(words[0] as Word)) { words = words.slice(1); initial = false; }
  while (words.length && /^(of|&)$/.test((words[words.length - 1] as Word).text)) words = words.slice(0, -1);
  const first = words[0];
  const last = words[words.length - 1];
  if (!first || !last) return null;
  if (words.length === 1 && isDemonym(first.text)) return null;
  return {
    start: first.start, end: last.end, text: words.map((w) => w.text).join(" "), sentence, initial, titled,
    possessive: last.possessive, hyphenSuffix: last.hyphenSuffix,
  };
}

function isLeadingNoise(w: Word): boolean {
  if (w.text === "&" || w.text === "of") return true;
  const common = isCommonWord(w.text);
  return common && /^(The|A|An|This|These|Those|That|In|On|At|For|From|By|With|After|Before|But|And|As|Its|Their|His|Her|Our|If|When|While|Some|Many|Most|Such)$/.test(w.text);
}
