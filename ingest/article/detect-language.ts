import { franc } from "franc-min";

/** franc-min's ISO 639-3 codes -> ISO 639-1 (macrolanguage codes where franc names an individual one). */
const TO_639_1: Record<string, string> = {
  spa: "es", eng: "en", por: "pt", ind: "id", fra: "fr", deu: "de", jav: "jv", vie: "vi", ita: "it",
  tur: "tr", pol: "pl", swh: "sw", sun: "su", ron: "ro", hau: "ha", fuv: "ff", bos: "bs", hrv: "hr",
  nld: "nl", srp: "sr", ckb: "ku", yor: "yo", uzn: "uz", zlm: "ms", ibo: "ig", ceb: "und", tgl: "tl",
  hun: "hu", azj: "az", ces: "cs", run: "rn", plt: "mg", nya: "ny", kin: "rw", zul: "zu", swe: "sv",
  lin: "ln", som: "so", rus: "ru", ukr: "uk", koi: "kv", bel: "be", bul: "bg", kaz: "kk", arb: "ar",
  urd: "ur", pes: "fa", pbu: "ps", hin: "hi", mar: "mr", mai: "und", npi: "ne", cmn: "zh", ben: "bn",
  jpn: "ja", kor: "ko", tel: "te", tam: "ta", guj: "gu", kan: "kn", mal: "ml", mya: "my", pan: "pa",
  amh: "am", tha: "th", sin: "si", ell: "el", ilo: "und", hms: "und", hnj: "und", qug: "und",
};

/** Script-level signals are certain where trigram statistics are not (short CJK texts, mixed pages). */
const SCRIPT_HINTS: Array<[RegExp, string]> = [
  [/[\u3040-\u30ff]/g, "ja"],
  [/[\uac00-\ud7af\u1100-\u11ff]/g, "ko"],
];

/** ISO 639-1 code of the text's language, or "und" when the text is too short or ambiguous. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return "und";
  for (const [re, code] of SCRIPT_HINTS) {
    if ((sample.match(re)?.length ?? 0) / letters > 0.15) return code;
  }
  const code = franc(sample, { minLength: 20 });
  return TO_639_1[code] ?? "und";
}

/** "en-US", "ko_KR", "EN" -> "en"; undefined for anything that is not a language tag. */
export function languageFromTag(tag: string | undefined): string | undefined {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag ?? "");
  if (!m?.[1]) return undefined;
  const primary = m[1].toLowerCase();
  return primary.length === 2 ? primary : TO_639_1[primary];
}
