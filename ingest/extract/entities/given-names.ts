import { createRequire } from "node:module";
import type { LocaleDefinition } from "@faker-js/faker";
import { withoutAccents } from "../text/accents";

/**
 * Given names and family names of 70-odd locales, taken from faker's locale data (the name lists it
 * generates people from). compromise knows mostly English first names, so "Priya Saxena" or "Thandeka
 * Mokoena" looked like companies; these lists are one typing vote among others. Loaded on first use.
 */
type Names = { given: Set<string>; family: Set<string>; female: Set<string>; male: Set<string> };
let names: Names | undefined;

const NAME = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

function collect(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) if (typeof v === "string" && NAME.test(v)) into.add(v);
  if (value && typeof value === "object" && !Array.isArray(value)) for (const v of Object.values(value)) collect(v, into);
}

function load(): Names {
  const require = createRequire(import.meta.url);
  const { allLocales } = require("@faker-js/faker") as { allLocales: Record<string, LocaleDefinition> };
  const out: Names = { given: new Set(), family: new Set(), female: new Set(), male: new Set() };
  for (const locale of Object.values(allLocales)) {
    const first = locale.person?.first_name;
    collect(first, out.given);
    collect(locale.person?.last_name, out.family);
    // Most locales list given names by sex ({ female, male, generic }).
    if (first && typeof first === "object" && !Array.isArray(first)) {
      const bySex = first as { female?: unknown; male?: unknown };
      collect(bySex.female, out.female);
      collect(bySex.male, out.male);
    }
  }
  // (Spanish women's names taken from a title of the Virgin, which faker's lists lack; some are towns too, "Encarnación".)
  for (const name of DEVOTIONAL_GIVEN) { out.given.add(name); out.female.add(name); }
  return out;
}

const DEVOTIONAL_GIVEN = ["Encarnación", "Inmaculada", "Remedios", "Begoña", "Milagros", "Nieves", "Socorro", "Montserrat", "Covadonga", "Purificación", "Visitación", "Presentación"];

/** Family names of Chinese, Korean and Vietnamese people, written first. */
export const EAST_ASIAN_FAMILY = /^(?:Tan|Lim|Lee|Ng|Wong|Chan|Chen|Wang|Li|Zhang|Liu|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|Lin|Luo|Goh|Teo|Koh|Ong|Chua|Yeo|Kim|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Nguyen|Tran|Pham|Hoang|Phan|Vu|Dang|Bui|Ngo|Duong|Tsai|Lai|Hsu|Tseng|Chiang|Cheng|Chou|Yeh|Hsieh|Kuo|Ryu|Bae|Baek|Jeon|Moon|Hong|Yoo|Noh|Kwak|Byun)$/;

export function isGivenName(word: string): boolean {
  names ??= load();
  return names.given.has(word) || names.given.has(withoutAccents(word));
}

export function isFamilyName(word: string): boolean {
  names ??= load();
  return names.family.has(word) || names.family.has(withoutAccents(word));
}

/** "f" or "m" when faker's lists give the name to one sex only, else undefined. */
export function givenNameSex(word: string): "f" | "m" | undefined {
  names ??= load();
  const f = names.female.has(word);
  const m = names.male.has(word);
  return f === m ? undefined : f ? "f" : "m";
}
