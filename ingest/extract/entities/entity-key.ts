import { stableId } from "@/lib/hash";
import type { EntityType } from "@/lib/schemas/extraction";
import { remembered } from "../text/remembered";

/** Trailing words that name a company's legal form, not the company ("Alibaba Group Holding" is Alibaba). */
const CORPORATE_SUFFIXES = new Set([
  "group", "holding", "holdings", "inc", "incorporated", "ltd", "limited", "co", "corp", "corporation",
  "company", "plc", "llc", "ag", "sa", "gmbh", "pbc", "nv", "se",
  // Malaysian, Australian, Singaporean, Indonesian, Italian, Dutch, Nordic forms ("Tanjung Compute Sdn Bhd", "Kestrel Lane Capital Pty Ltd").
  "sdn", "bhd", "berhad", "pty", "pte", "tbk", "spa", "srl", "bv", "oyj", "asa", "llp",
  // Zimbabwean, Indian and Pakistani private companies ("Shumba Lithium (Pvt) Ltd").
  "pvt",
  // Peruvian and Mexican forms, written with full stops ("Minera Quilcay S.A.A.", "S.A.B.").
  "saa", "sac", "sab",
  // The Portuguese limitada ("Ramelau Highlands Coffee, Lda.").
  "lda",
  // Spanish limited companies ("Ahumados Garganta S.L.", "S.L.U.", "S.A.U.") and German registered cooperatives ("Milchproduzenten Angeln eG").
  "sl", "slu", "sau", "eg",
  // Icelandic public and private limited companies ("Suðurvarmi hf.").
  "hf", "ehf",
  // Vietnamese joint-stock companies ("Vexa Technology JSC"), and the closed and open ones of the former Soviet states
  // ("Lori Polymetal CJSC").
  "jsc", "cjsc", "ojsc", "pjsc",
  // Albanian limited and joint-stock companies ("Adriatik Resorts sh.p.k.", "sh.a."), Croatian, Slovenian and Serbian ones
  // ("Kvarner Bulk Terminal d.d.", "Jadran d.o.o."), Finnish limited partnerships and companies ("Tammisto Infra Ky", "Oy").
  "shpk", "sha", "dd", "doo", "ky", "oy",
  // Quebec's limited companies ("Placements Cap-Rouge Ltée").
  "ltée", "ltee", "limitée",
]);

/** Whether a word of a name is its legal form ("Ltd.", "S.A.", "JSC", "Holdings"), as the key drops it. */
export const isCorporateSuffix = (word: string) => CORPORATE_SUFFIXES.has(word.toLowerCase().replace(/[^\p{L}]/gu, ""));

/**
 * The key entities are resolved by, inside one article and across articles: lower case, accents,
 * possessives, punctuation and a leading "the" removed, corporate suffixes stripped.
 */
export const entityKey = remembered(keyOf);

function keyOf(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    // ("Mariscos del Caribe S.A.", "Minera Quilcay S.A.A.", "Kvarner d.d.", "Adriatik sh.p.k.": a legal form written with
    // full stops is one word, as the suffixes below are written.)
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}{1,2}\.){2,}/gu, (m) => m.replace(/\./g, ""))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
  if (words[0] === "the" && words.length > 1) words.shift();
  // ("Confecciones Ulúa S. de R.L. de C.V.": Central American and Mexican forms of several letters.)
  if (words.length > 3 && words.slice(-3).join(" ") === "de c v") words.splice(-3);
  if (words.length > 4 && words.slice(-4).join(" ") === "s de r l") words.splice(-4);
  while (words.length > 1 && CORPORATE_SUFFIXES.has(words[words.length - 1] ?? "")) words.pop();
  return words.join(" ");
}

export function entityId(type: EntityType, name: string): string {
  return stableId("ent", type, entityKey(name));
}
