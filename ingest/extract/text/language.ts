import { detectLanguage, languageFromTag } from "../../article/detect-language";

/** The languages the rules read: English (every rule) and Spanish (its own dates, figures and claims). */
export type RuleLanguage = "en" | "es";

/** English copy says "the" many times in its first lines; franc is asked only when it does not. */
const ENGLISH_ARTICLES = /\bthe\b/gi;
/**
 * Spanish function words that names seldom hold (not "de" or "la": "Cámara Patagónica de Contratistas" is a name in
 * English copy too). A short English line can look like anything to franc, so Spanish needs these as well.
 */
const SPANISH_WORDS = /(?<![\p{L}])(?:que|los|las|por|con|una|para|según|fue|está|como|pero|sus|más)(?![\p{L}])/giu;

/**
 * Which rules read a text: the article's own language tag when it has one, else the language franc finds (asked only
 * when the opening lines are not plainly English and hold Spanish function words, so English copy pays nothing). Anything but Spanish is read as English,
 * as before Spanish rules existed.
 */
export function ruleLanguage(text: string, tag?: string): RuleLanguage {
  const tagged = languageFromTag(tag);
  if (tagged) return tagged === "es" ? "es" : "en";
  const opening = text.slice(0, 1500);
  if ((opening.match(ENGLISH_ARTICLES)?.length ?? 0) >= 6) return "en";
  if ((opening.match(SPANISH_WORDS)?.length ?? 0) < 6) return "en";
  return detectLanguage(text) === "es" ? "es" : "en";
}
