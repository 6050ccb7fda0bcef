/** A literal string made safe to put inside a regular expression ("Côte d'Ivoire", "S&P 500", "U.S."). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A pattern each of whose alternatives ends in `$` ("… of\s+$", "… by\s+$"), asked only where the text ends, looking
 * back from there: `test` answers as the pattern does, but the engine reads back once from the end instead of trying
 * the pattern at every position of the text, which for a long list of words cost microseconds on every mention's
 * context. For `test` only: the groups a look-behind captures may differ from those the pattern captures.
 */
export const fromEnd = (pattern: RegExp): RegExp => new RegExp(`$(?<=${pattern.source})`, pattern.flags);
