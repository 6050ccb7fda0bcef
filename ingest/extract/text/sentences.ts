import nlp from "compromise";

export type Term = { text: string; pre: string; post: string; start: number; end: number };
export type Sentence = { index: number; start: number; end: number; text: string; paragraph: number; terms: Term[] };

/** compromise's own term: the characters before, of and after a word, which together write the text out again. */
type DocTerm = { text: string; pre: string; post: string };

/**
 * Sentences and word tokens with character offsets. compromise's tokenizer handles abbreviations
 * ("U.S.", "Mr.") and quotes; full tagging is skipped because it costs ~10x more and the rules
 * downstream only need tokens plus lexicon look-ups.
 */
// Titles compromise's tokenizer does not know end sentences otherwise ("Ald. Renee Dukes", "Cllr. Ann Ross", "Adj. Comr. Daniel Ratu").
// ("Minister for Energy Hon. Kelvin Durand": the Caribbean and Pacific press write "Hon." before a minister's name.)
const ABBREVIATIONS = (nlp.model() as { one: { abbreviations: Record<string, boolean> } }).one.abbreviations;
// ("Vestureldi hf. announced": Iceland's legal forms "hf." and "ehf." end no sentence, as Hungary's "Zrt." does not.)
for (const a of ["ald", "cllr", "coun", "det", "supt", "insp", "cmdr", "comr", "atty", "zrt", "kft", "nyrt", "hon", "hf", "ehf"]) ABBREVIATIONS[a] = true;

/** What the rules read of compromise's document: its sentences of terms, and its compute steps. */
type TokenizedDoc = { document: DocTerm[][]; compute: (steps: string[]) => void };
// nlp.tokenize reads its compute steps from `this._world`, and its lexicon and tokenizer from the module's own world.
const SPLIT_ONLY = { _world: { compute: {} } } as unknown as typeof nlp;

const DOUBLE_HYPHEN_DATELINE = /^(\s*\p{Lu}[\p{Lu} .'’]{1,40})--(?=\p{Lu})/u;

export function splitSentences(text: string): Sentence[] {
  const breaks = paragraphBreaks(text);
  const pieces = tokenized(text).flatMap((terms) => {
    const start = terms[0]?.start ?? 0;
    // (compromise's sentence ends where its terms written out end, trailing whitespace trimmed; they are written from
    // the first term's "pre", which is not always whitespace: "- 'Whole valley' -", an agency's crosshead.)
    const written = terms.map((t) => t.pre + t.text + t.post).join("").trimEnd().length;
    return atBreaks(text, start, trimEnd(text, start - (terms[0]?.pre.length ?? 0) + written), terms);
  });
  return joinNumbered(text, pieces).map((p, index) => ({ index, ...p, text: text.slice(p.start, p.end), paragraph: breaks.filter((b) => b <= p.start).length }));
}

/**
 * compromise's sentences of terms, each term placed by counting the characters before it, as its own `offset`
 * computation does; read from its document directly, because writing every term out as JSON (tags, normal forms)
 * cost a quarter of the tokenizer's time and the rules need none of it.
 */
function tokenized(text: string): Term[][] {
  // ("PHILIPSBURG--Finance Minister …", "NEW YORK--Stocks rose": a dateline's two hyphens with no space after them are read
  // as the dash and space they stand for; the same length, so every offset still counts the text as written.)
  // (nlp.tokenize also computes each term's alias, normal and machine forms, which the rules never read and which cost a
  // third of its time; handed a world with no compute steps it only splits, and the one step that changes the terms,
  // contractions (an empty second term after "cannot" or "25m", for the word folded in), is run on its own: the terms
  // are the same.)
  const doc = nlp.tokenize.call(SPLIT_ONLY, text.replace(DOUBLE_HYPHEN_DATELINE, "$1\u2014 ")) as unknown as TokenizedDoc;
  doc.compute(["contractions"]);
  let elapsed = 0;
  return doc.document.map((sentence) =>
    sentence.map(({ text: word, pre, post }) => {
      const start = elapsed + pre.length;
      elapsed += pre.length + word.length + post.length;
      return { text: word, pre, post, start, end: start + word.length };
    }),
  );
}

type Piece = { start: number; end: number; terms: Term[] };

/** "Workers' Union No. 1 voted": compromise ends a sentence at "No." before a number; the number belongs to it. */
/** (So does "averaged Rs. 1,262": a currency's abbreviation before its amount.) */
function joinNumbered(text: string, pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (prev && /\b(?:Nos?|Rs|Rp|Shs|Dhs)\.$/.test(text.slice(prev.start, prev.end)) && /^\s*\d/.test(text.slice(prev.end, p.end)) && !/\n\s*\n/.test(text.slice(prev.end, p.start))) out[out.length - 1] = { start: prev.start, end: p.end, terms: [...prev.terms, ...p.terms] };
    else out.push(p);
  }
  return out;
}
/**
 * A closing quote ends the sentence when its own punctuation does: compromise runs on into the next one ("“speculation.” The union said …",
 * "calling it “entirely baseless.” “The committee's decisions …”").
 * So does a paragraph break: compromise carries a sentence over one into a paragraph that opens with a quotation mark ("…ended.\n\n“Every taxi …").
 */
const SENTENCE_BREAK = /[.!?][”"](?=\s+["“]?[A-Z])|[.!?:;”"’)\]](?=\n\s*\n)/g;

function atBreaks(text: string, start: number, end: number, terms: Term[]): Piece[] {
  const cuts = [...text.slice(start, end).matchAll(SENTENCE_BREAK)].map((m) => start + m.index + m[0].length);
  const out: Piece[] = [];
  let from = start;
  for (const cut of [...cuts, end]) {
    // (The next sentence starts after an opening quotation mark, as compromise starts its own.)
    const next = cut === end ? end : cut + (/^\s*["“]?/.exec(text.slice(cut))?.[0].length ?? 0);
    const own = terms.filter((t) => t.start >= from && t.start < next);
    if (own.length) out.push({ start: from, end: cut, terms: own });
    from = next;
  }
  return out;
}

function paragraphBreaks(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\n\s*\n/g)) out.push(m.index + m[0].length);
  return out;
}

/** compromise's sentence length stops at the last word; keep the closing punctuation and quotes in the quote. */
function trimEnd(text: string, end: number): number {
  let e = end;
  while (e < text.length && /[.!?"'”’)\]]/.test(text[e] ?? "")) e++;
  return e;
}
