/** A literal string made safe to put inside a regular expression ("Côte d'Ivoire", "S&P 500", "U.S."). */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
