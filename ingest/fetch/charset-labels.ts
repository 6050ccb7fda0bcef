import iconv from "iconv-lite";

/**
 * Labels real pages use, folded to the WHATWG Encoding Standard's names, because browsers (and so
 * publishers' testing) treat e.g. "gb2312" as GBK and "iso-8859-1" as windows-1252. iconv-lite knows
 * the codecs but not these browser foldings, so the few that matter are listed here.
 */
const FOLD: Record<string, string> = {
  utf8: "utf-8",
  "unicode-1-1-utf-8": "utf-8",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
  "iso-8859-1": "windows-1252",
  "iso8859-1": "windows-1252",
  "iso_8859-1": "windows-1252",
  latin1: "windows-1252",
  "l1": "windows-1252",
  cp1252: "windows-1252",
  "iso-8859-9": "windows-1254",
  latin5: "windows-1254",
  "iso-8859-11": "windows-874",
  "tis-620": "windows-874",
  gb2312: "gbk",
  "gb_2312-80": "gbk",
  chinese: "gbk",
  "x-gbk": "gbk",
  cp936: "gbk",
  "euc-cn": "gbk",
  "euc-kr": "euc-kr",
  cp949: "euc-kr",
  "windows-949": "euc-kr",
  "ks_c_5601-1987": "euc-kr",
  "ks_c_5601-1989": "euc-kr",
  "x-windows-949": "euc-kr",
  sjis: "shift_jis",
  "x-sjis": "shift_jis",
  "shift-jis": "shift_jis",
  ms_kanji: "shift_jis",
  "windows-31j": "shift_jis",
  cp932: "shift_jis",
  "ms932": "shift_jis",
  eucjp: "euc-jp",
  "x-euc-jp": "euc-jp",
  "big5-hkscs": "big5",
  "cn-big5": "big5",
  "x-x-big5": "big5",
  cp950: "big5",
  "iso-8859-8-i": "windows-1255",
  "iso-8859-8": "iso-8859-8",
  "koi8_r": "koi8-r",
  koi: "koi8-r",
  koi8: "koi8-r",
  "utf-16": "utf-16le",
  "unicode": "utf-16le",
};

/** The WHATWG name's superset codec in iconv-lite (euc-kr is decoded as cp949, as browsers do). */
const CODEC: Record<string, string> = {
  "euc-kr": "cp949",
  shift_jis: "cp932",
  gbk: "gb18030",
  big5: "big5hkscs",
  "euc-jp": "eucjp",
};

/** Normalises a declared label; undefined when nothing can decode it (the caller then looks elsewhere). */
export function canonicalCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const key = label.trim().replace(/^["']|["']$/g, "").toLowerCase();
  if (key === "") return undefined;
  const name = FOLD[key] ?? (/^windows-125\d$|^iso-8859-\d+$|^koi8-[ru]$|^utf-(16|32)[lb]e$|^gb18030$|^macintosh$/.test(key) ? key : undefined);
  if (name) return name;
  return iconv.encodingExists(key) ? key : undefined;
}

export function codecFor(charset: string): string {
  return CODEC[charset] ?? charset;
}
