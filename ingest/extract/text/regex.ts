/** A literal string made safe to put inside a regular expression ("Côte d'Ivoire", "S&P 500", "U.S."). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A pattern each of whose alternatives ends in `$` ("… of\s+$", "… by\s+$"), asked only where the text ends, looking
 * back from there: `test` answers as the pattern does, but the engine reads back once from the end instead of trying
 * the pattern at every position of the text, which for a long list of words cost microseconds on every mention's
 * context. For `test` only: the groups a look-behind captures may differ from those the pattern captures.
 */
export const fromEnd = (pattern: RegExp): RegExp => new RegExp(`$(?<=${pattern.source})`, pattern.flags);

/**
 * `word` where `behind` stands right before it, written word first. A pattern, or one of its alternatives, that opens
 * with a look-behind has no first letter for the engine to scan for, so it is tried at every position of the sentence
 * (ten times the cost of the word's own test); put after the word, the look-behind runs only where the word is, and
 * reads the word back before `behind`. `behind` must end at a space or a mark, never inside a word, so the word read
 * back is the word matched. Sources for `new RegExp`, with no groups that capture.
 */
export const after = (behind: string, word: string) => `(?:${word})(?<=(?:${behind})(?:${word}))`;
/** `word` where `behind` does not stand right before it, written word first for the same reason as `after`. */
export const notAfter = (behind: string, word: string) => `(?:${word})(?<!(?:${behind})(?:${word}))`;
