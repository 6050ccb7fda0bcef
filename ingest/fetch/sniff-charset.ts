/**
 * Guesses the charset of a page that declares none and is not valid UTF-8. No declared dependency
 * does content-based detection (jschardet/chardet are not installed), so this is a deliberately small
 * heuristic: decode with each candidate that accepts the bytes and keep the one whose text looks most
 * like its language (its commonest Hangul syllables, kana, Chinese characters, or Cyrillic/Hebrew
 * letter pairs). Anything else falls back to windows-1252, as browsers do for undeclared Western pages.
 */
const HANGUL_COMMON = "이다는의에하고을가서지로한기리사자도들를어대정수인아일시적있만해나전요게했보주부니것거세내라제상소여으원장우과와된및면무비분성중그";
const HANZI_SIMPLIFIED = "的是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里经么去学还多没";
const HANZI_TRADITIONAL = "的是不了在人有我他這個們中來上大為和國地到以說時要就出會可也你對生能而子那得於著下自之年過發後作裡經麼去學還多沒";
// Single-byte Cyrillic and Hebrew texts decode "successfully" in every single-byte charset, so only
// frequent letter pairs (rare in mis-decoded text) tell them apart.
const RUSSIAN_PAIRS = ["ст", "но", "то", "на", "ен", "ов", "ни", "ра", "во", "ко", "ро", "ет", "пр", "по", "ал", "ли", "ре"];
const HEBREW_PAIRS = ["ים", "של", "את", "ות", "ול", "וא", "הא", "ה ", "ית", "ני", "לה", "על", "ין", "ור", "מה"];

type Candidate = { charset: string; score: (text: string) => number };

const CANDIDATES: Candidate[] = [
  { charset: "euc-kr", score: (t) => countIn(t, HANGUL_COMMON) },
  { charset: "shift_jis", score: (t) => count(t, (c) => c >= 0x3040 && c <= 0x30ff) },
  { charset: "euc-jp", score: (t) => count(t, (c) => c >= 0x3040 && c <= 0x30ff) },
  { charset: "gbk", score: (t) => countIn(t, HANZI_SIMPLIFIED) },
  { charset: "big5", score: (t) => countIn(t, HANZI_TRADITIONAL) },
  { charset: "windows-1251", score: (t) => countPairs(t, RUSSIAN_PAIRS) },
  { charset: "koi8-r", score: (t) => countPairs(t, RUSSIAN_PAIRS) },
  { charset: "windows-1255", score: (t) => countPairs(t, HEBREW_PAIRS) },
];

/** A few hits could be chance; below this the Western default is the safer guess. */
const MIN_SCORE = 3;

export function sniffCharset(bytes: Uint8Array): string {
  let best = { charset: "windows-1252", score: MIN_SCORE - 1 };
  for (const c of CANDIDATES) {
    const text = decodeStrict(bytes, c.charset);
    if (text === undefined) continue;
    const score = c.score(text);
    if (score > best.score) best = { charset: c.charset, score };
  }
  return best.charset;
}

/** The decoded text, or undefined when the bytes are not valid in that charset. */
export function decodeStrict(bytes: Uint8Array, charset: string): string | undefined {
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function count(text: string, test: (code: number) => boolean): number {
  let n = 0;
  for (const ch of text) if (test(ch.codePointAt(0) ?? 0)) n++;
  return n;
}

function countIn(text: string, set: string): number {
  let n = 0;
  for (const ch of text) if (set.includes(ch)) n++;
  return n;
}

function countPairs(text: string, pairs: string[]): number {
  let n = 0;
  for (const p of pairs) n += text.split(p).length - 1;
  return n;
}
