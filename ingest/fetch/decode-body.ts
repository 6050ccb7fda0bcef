import iconv from "iconv-lite";
import { canonicalCharset, codecFor } from "./charset-labels";
import { decodeStrict, sniffCharset } from "./sniff-charset";

export type DecodedBody = { text: string; charset: string };

/**
 * Bytes -> text, choosing the charset the way browsers do: byte-order mark, then the HTTP header,
 * then the document's own declaration (`<?xml encoding>`, `<meta charset>`, `<meta http-equiv>`),
 * then strict UTF-8, then a guess. Written over iconv-lite because the one library that does this
 * prescan (encoding-sniffer) is only a transitive dependency of cheerio and has no content guess.
 */
export function decodeBody(bytes: Uint8Array, contentType?: string): DecodedBody {
  const signature = signatureCharset(bytes);
  if (signature) return decodeAs(bytes.subarray(signature.length), signature.charset);
  const declared = canonicalCharset(headerCharset(contentType)) ?? documentCharset(bytes);
  if (declared) return decodeAs(bytes, declared);
  const utf8 = decodeStrict(bytes, "utf-8");
  if (utf8 !== undefined) return { text: utf8, charset: "utf-8" };
  return decodeAs(bytes, sniffCharset(bytes));
}

/**
 * iconv-lite rather than Node's TextDecoder: Node decodes "windows-1252" as ISO-8859-1 (0x80 is not
 * "€"), the commonest legacy charset on Western news sites, and small-ICU builds lack the CJK tables.
 */
function decodeAs(bytes: Uint8Array, charset: string): DecodedBody {
  if (charset === "utf-8") return { text: new TextDecoder("utf-8").decode(bytes), charset };
  return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), codecFor(charset)), charset };
}

/** A byte-order mark (`length` bytes, skipped), else the zero bytes of wide markup (nothing to skip). */
function signatureCharset(bytes: Uint8Array): { charset: string; length: number } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { charset: "utf-8", length: 3 };
  // UTF-32's marks first: FF FE 00 00 also starts like UTF-16LE's.
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { charset: "utf-32be", length: 4 };
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return { charset: "utf-32le", length: 4 };
  if (a === 0xfe && b === 0xff) return { charset: "utf-16be", length: 2 };
  if (a === 0xff && b === 0xfe) return { charset: "utf-16le", length: 2 };
  return wideMarkup(a, b, c, d);
}

/**
 * Feeds in UTF-16 or UTF-32 without a byte-order mark still start with "<", and the zero bytes
 * around it give the width and byte order away (XML 1.0, appendix F). No ASCII-compatible text has
 * a NUL beside its first "<", so the check cannot misfire on ordinary pages.
 */
function wideMarkup(a?: number, b?: number, c?: number, d?: number): { charset: string; length: number } | undefined {
  if (a === 0x00 && b === 0x00 && c === 0x00 && d === 0x3c) return { charset: "utf-32be", length: 0 };
  if (a === 0x3c && b === 0x00 && c === 0x00 && d === 0x00) return { charset: "utf-32le", length: 0 };
  if (a === 0x00 && b === 0x3c && c === 0x00 && d !== 0x00) return { charset: "utf-16be", length: 0 };
  if (a === 0x3c && b === 0x00 && c !== 0x00 && d === 0x00) return { charset: "utf-16le", length: 0 };
  return undefined;
}

export function headerCharset(contentType: string | undefined): string | undefined {
  return contentType?.match(/charset\s*=\s*["']?([^;"'\s]+)/i)?.[1];
}

/**
 * Looks for a declaration in the first 4 KB (browsers read 1 KB; news pages often put long inline
 * scripts before the meta tag, and reading further costs nothing).
 */
function documentCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString("latin1");
  const xml = head.match(/^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/i)?.[1];
  const meta = head.match(/<meta\b[^>]*?charset\s*=\s*["']?\s*([^\s"'/>;]+)/i)?.[1];
  const found = canonicalCharset(xml) ?? canonicalCharset(meta);
  // A document readable as ASCII cannot really be UTF-16, whatever it says (WHATWG rule).
  return found?.startsWith("utf-16") ? "utf-8" : found;
}
