import type { Candidate } from "./candidates";

/** "Moravia Infra a.s.", "Vltava Stavby s.r.o.", "Polimex sp. z o.o.": Central European legal forms are written in lower case after the name. */
const LOWER_LEGAL_FORM = /^\s+(?:a\.\s?s\.|s\.\s?r\.\s?o\.|spol\. s r\.\s?o\.|sp\. z o\.\s?o\.|k\.\s?s\.|v\.\s?o\.\s?s\.)/;

/**
 * The candidate runs stop at the first lower-case word, so a legal form written in lower case after the
 * name is added back here: it is part of how the company is named (and how a reader searches for it).
 */
export function withLowerCaseLegalForms(text: string, cands: Candidate[]): Candidate[] {
  return cands.map((c) => {
    const form = LOWER_LEGAL_FORM.exec(text.slice(c.end, c.end + 20))?.[0];
    return form ? { ...c, end: c.end + form.length, text: text.slice(c.start, c.end + form.length), possessive: false } : c;
  });
}
