/**
 * What follows the city of a dated dateline, in whatever case the paper sets the city: "DAKAR, 16 September 2026 - ",
 * "KUWAIT CITY, Nov 23: ", "Male', 28 September 2026 – ", "KUALA LUMPUR (Oct 14): " (the day before or after the month, the year optional, an
 * agency in brackets before the dash; "Funafuti, Monday 16 November – ", the day of the week before the date; "YAOUNDÉ – Monday, November 23, 2026 – ", a dash before the date too;
 * "PETROZAVODSK, November 13. /TASS/. ", a Russian agency's slashes after a full stop; "VARAZDIN (Croatia), June 9 (…) - ", the country in
 * brackets after the city). Shared by the entity rules (the city is a place) and the claim rules (the
 * dateline is cut off the sentence before its subject is looked for).
 */
/** A dateline's town set in capitals, written as the lists spell it ("WAD MADANI" -> "Wad Madani", "O'NEILL" -> "O'Neill"). */
export const titleCase = (line: string) => line.toLowerCase().replace(/(^|[\s'-])\p{L}/gu, (c) => c.toUpperCase());

export const DATED_DATELINE_AFTER = /^['’]?(?:\s*\(\p{Lu}[\p{L} .]{1,30}\))?(?:(?:,\s*|\s+[—–-]\s+)(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\d{1,2}\s+\p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.?\s+\d{1,2})(?:,?\s+\d{4})?|\s*\((?:\d{1,2}\s+\p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.?\s+\d{1,2})\))\s*(?:\([\p{L} .]+\)\s*)?(?:--|[—–-]|:|\.\s*\/[\p{L} ]{2,20}\/\.?)\s/u;
