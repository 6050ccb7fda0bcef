import { readFileSync } from "node:fs";
import wordListPath from "word-list";

/**
 * Ordinary English words (the word-list package: 274k lower-case words of the Letterpress dictionary, MIT).
 * compromise's lexicon is small, so "Ridership is back", "Scrutiny has intensified" or "Insurance is the real
 * question" opening a sentence looked like names; a word this list holds is capitalised by position only.
 * Loaded on first use (one file read, about 0.2 s).
 */
let words: Set<string> | undefined;

export function isDictionaryWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, "utf8").split("\n"));
  return words.has(word.toLowerCase());
}
