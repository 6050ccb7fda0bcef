import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { decodeBody } from "@/ingest/fetch/decode-body";
import { parseFeed } from "../parse-feed";
import { XMLValidator } from "fast-xml-parser";
import { classifyContent } from "../detect-input";
import { Tally, noted } from "./tally";

const Entry = z.object({ file: z.string(), expected_encoding: z.string(), whatwg_decoder: z.string(), kind: z.string() }).loose();

/**
 * chardet's legacy-charset feeds: our decoding must equal what a browser's decoder for the true
 * charset produces, and each feed must then parse with its items.
 */
export function checkCharsets(dir: string): { decoding: Tally; parsing: Tally } {
  const decoding = new Tally("charset-chardet decode");
  const parsing = new Tally("charset-chardet parse");
  for (const e of z.array(Entry).parse(JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")))) {
    const bytes = new Uint8Array(readFileSync(path.join(dir, e.file)));
    const ours = decodeBody(bytes);
    decoding.check(e.file, () => {
      const truth = new TextDecoder(e.whatwg_decoder).decode(bytes).replace(/^\uFEFF/, "");
      return ours.text === truth ? [] : [`decoded as ${ours.charset}, expected ${e.expected_encoding} (${e.whatwg_decoder})`];
    });
    if (e.kind === "html-test-page") continue;
    parsing.check(e.file, () => {
      if (classifyContent("", ours.text) === "html") return refused(parsing, e.file, ours.text, "is an HTML page, not a feed");
      if (XMLValidator.validate(ours.text) !== true && ours.text.length < 1000) return refused(parsing, e.file, ours.text, "is truncated");
      const feed = parseFeed(ours.text, "https://feed.example/");
      return feed.items.length > 0 && feed.title ? [] : [`title ${JSON.stringify(feed.title)}, ${feed.items.length} items, ${feed.skipped.length} skipped`];
    });
  }
  return { decoding, parsing };
}

/** Files that are not feeds at all must be refused with BAD_FEED, not parsed into nonsense. */
function refused(tally: Tally, file: string, text: string, why: string): string[] {
  try {
    parseFeed(text, "https://feed.example/");
  } catch (e) {
    if ((e as { code?: string }).code === "BAD_FEED") return noted(tally, `${file} ${why}: refused with BAD_FEED as it should be`);
  }
  return [`${file} ${why} but was not refused`];
}
