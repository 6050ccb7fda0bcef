import type { Candidate } from "./candidates";
import { isCommonWord, isPlaceWord } from "./words";
import { LOWER_CASE_COUNCIL, LOWER_CASE_COURT } from "./gov-heads";

/** "Moravia Infra a.s.", "Vltava Stavby s.r.o.", "Polimex sp. z o.o.": Central European legal forms are written in lower case after the name. */
// ("Zemplínska zdravotná, a.s.": Slovak copy may write a comma before the form.)
// ("Milchproduzenten Angeln eG": a German registered cooperative, its form's first letter in lower case.)
const LOWER_LEGAL_FORM = /^,?\s+(?:a\.\s?s\.|s\.\s?r\.\s?o\.|spol\. s r\.\s?o\.|sp\. z o\.\s?o\.|k\.\s?s\.|v\.\s?o\.\s?s\.|eG(?![\p{L}]))/u;

/**
 * The candidate runs stop at the first lower-case word, so a legal form written in lower case after the
 * name is added back here: it is part of how the company is named (and how a reader searches for it).
 */
export function withLowerCaseLegalForms(text: string, cands: Candidate[]): Candidate[] {
  const extended: Candidate[] = [];
  const out = cands.map((c) => {
    // ("Daehan Circuit Vina Co., Ltd., which supplies …": the comma inside "Co., Ltd." ends the run, not the name.)
    // ("Confecciones Ulúa S. de R.L.": Central American limited companies; the run stops at the "S.".)
    // ("Distribuidora Farmacéutica Valle Alto, S. de R.L.": or after a comma.)
    // ("Moravská dopravní stavební a.s.": Czech and Slovak names keep their adjectives and nouns in lower case.)
    // ("Luoppal Sami village": a Swedish sameby, the herders' economic association, is named with its kind in lower case.)
    // ("Kavarna municipal council", "the Mellieħa local council": a town's council or court written in lower case after it.)
    // ("the civic association Krušnohorský spolek": a Czech association's adjective, then its kind in lower case.)
    const form = (/(?:ský|ská|ské|cký|cká|cké)$/.test(c.text) ? CZECH_CIVIC_AFTER.exec(text.slice(c.end, c.end + 12))?.[0] : undefined) ?? LOWER_LEGAL_FORM.exec(text.slice(c.end, c.end + 20))?.[0] ?? lowerWordsThenForm(text.slice(c.end, c.end + 60)) ?? (/\bCo\.$/.test(c.text) ? /^, Ltd\.?/.exec(text.slice(c.end, c.end + 6))?.[0] : undefined) ?? (/\sS$/.test(c.text) ? LIMITADA_AFTER_S.exec(text.slice(c.end, c.end + 24))?.[0] : undefined) ?? COMMA_LIMITADA.exec(text.slice(c.end, c.end + 26))?.[0] ?? (/\s(?:Sami|Saami)$/.test(c.text) ? /^ village(?![\p{L}])/u.exec(text.slice(c.end, c.end + 9))?.[0] : undefined) ?? lowerCaseLocalBody(text, c);
    if (!form) return c;
    const longer = { ...c, end: c.end + form.length, text: text.slice(c.start, c.end + form.length), possessive: false };
    extended.push(longer);
    return longer;
  });
  // (The form's own capitals, "R.L.", are no name of their own.)
  return extended.length ? out.filter((c) => !extended.some((o) => o !== c && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start)) : out;
}

const CZECH_CIVIC_AFTER = /^ (?:spolek|sdružení|svaz)(?![\p{L}])/u;
const COURT_AFTER = new RegExp(`^ ${LOWER_CASE_COURT}(?![\\p{L}])`, "u");
const COUNCIL_AFTER = new RegExp(`^ ${LOWER_CASE_COUNCIL}(?![\\p{L}])`, "u");
/**
 * " municipal council" after "Kavarna", " local council" after "Marsaskala": the body is named by its town and its kind
 * (every gold article that writes one annotates it so; "town council" and "city council" are split, and a possessive
 * town, "Göd's municipal council", names no body). "the Isère departmental council": a French department's council too.
 */
function lowerCaseLocalBody(text: string, c: Candidate): string | undefined {
  if (c.possessive) return undefined;
  // ("the Larnaca district court", "the Tartu administrative court": a town's court likewise; not a county's, "Travis
  // County district court", nor one named after an acronym, "TAR Lazio administrative court", which the gold leaves.)
  const court = /\bCounty$/.test(c.text) || /^\p{Lu}{2,}\b/u.test(c.text) ? undefined : COURT_AFTER.exec(text.slice(c.end, c.end + 24))?.[0];
  return court ?? COUNCIL_AFTER.exec(text.slice(c.end, c.end + 24))?.[0];
}

/** ". de R.L.", ". de R.L. de C.V.": the rest of "S. de R.L." after the run's "S". */
const LIMITADA_AFTER_S = /^\.\s?de\s?R\.\s?L\.(?:\s?de\s?C\.\s?V\.)?/;
/** (", Lda.": the Portuguese limitada, as Timor-Leste's, Mozambique's and Angola's firms write it after a comma.) */
const COMMA_LIMITADA = /^,\s?(?:S\.\s?de\s?R\.\s?L\.(?:\s?de\s?C\.\s?V\.)?|Lda\.?(?![\p{L}]))/u;

/** One to three lower-case words that are no English ("dopravní stavební"), then a lower-case legal form. */
const LOWER_WORDS_THEN_FORM = new RegExp(String.raw`^(?:\s+\p{Ll}[\p{Ll}-]*){1,3}(?=${LOWER_LEGAL_FORM.source.slice(1)})`, "u");
function lowerWordsThenForm(after: string): string | undefined {
  const m = LOWER_WORDS_THEN_FORM.exec(after);
  if (!m || m[0].trim().split(/\s+/).some((w) => isCommonWord(w) || w.length < 3)) return undefined;
  return m[0] + (LOWER_LEGAL_FORM.exec(after.slice(m[0].length))?.[0] ?? "");
}

/** "Golden Lotus Apparel (Cambodia) Co., Ltd.", "Kestrel (Malaysia) Sdn Bhd": a subsidiary's country in brackets before its legal form. */
const BRACKETED_HOME = /^ \((\p{Lu}[\p{L} ]{1,30})\) (?:Co\.,? ?Ltd\.?|Company Limited|Co\.|Ltd\.?|Limited|Sdn\.? Bhd\.?|Pte\.? Ltd\.?|Pvt\.? Ltd\.?|Private Limited|Inc\.?|PLC|LLC|JSC)/u;

/**
 * The country in brackets and the legal form after it are part of the company's name, as its register writes it;
 * the runs stop at the bracket, so they are joined here, and the runs inside ("Cambodia", "Co") dropped.
 */
export function withBracketedHomes(text: string, cands: Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  for (const c of cands) {
    if (joined.some((j) => j.start <= c.start && c.end <= j.end)) continue;
    const m = BRACKETED_HOME.exec(text.slice(c.end, c.end + 60));
    // ("Isle Verte Hospitality (Pty) Ltd", "(Pvt) Ltd": the proprietary company's own bracket.)
    const country = m?.[1] && (isPlaceWord(m[1]) || /^(?:Pty|Pvt|Private)$/.test(m[1])) ? m[0].length - (m[0].endsWith(".") && /^\s*(?:\n|$)/.test(text.slice(c.end + m[0].length)) ? 1 : 0) : 0;
    const end = c.end + (country || countryInAcronym(text, c));
    if (end > c.end) joined.push({ ...c, end, text: text.slice(c.start, end), possessive: false });
  }
  if (!joined.length) return cands;
  return cands.flatMap((c) => {
    const host = joined.find((j) => j.start === c.start);
    if (host) return [host];
    return joined.some((j) => j.start < c.start && c.start < j.end) ? [] : [c];
  });
}

/**
 * ("Textile, Apparel, Footwear and Travel Goods Association in Cambodia (TAFTAC)": the country after "in" is part of
 * the name when the acronym in brackets after it spells the name from its first word to the country.) The length of
 * " in <country>", or 0.
 */
function countryInAcronym(text: string, c: Candidate): number {
  const m = /^ in (\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?) \((\p{Lu}{3,8})\)/u.exec(text.slice(c.end, c.end + 50));
  if (!m?.[1] || !m[2] || !isPlaceWord(m[1]) || c.text.split(" ").length < 2) return 0;
  return m[2].startsWith(c.text[0] ?? "") && m[2].endsWith(m[1][0] ?? "") ? 4 + m[1].length : 0;
}
