/**
 * British, Irish and Manx papers set quotations in single marks ('We cannot keep subsidising it,' she said). The
 * claim rules read quotations by their double marks, so in copy that has no double marks at all, each single
 * mark that opens a quotation (before a capital, at a paragraph's start or after a space) and the first single mark
 * after it in the same paragraph that closes one (after a full stop, comma, question or exclamation mark) are read
 * as double marks: one character for one, so every offset stays the same. Apostrophes inside words ("Onchan's",
 * "don't") and after a plural ("the workers' union") are left alone, and so is an opening mark with no close in
 * its paragraph (a quotation running on into the next one). Hand-written: no library reads quotation marks this way.
 */
export function withDoubleQuotes(text: string): string {
  if (/["“”]/.test(text)) return text;
  // (UTF-16 units, as the offsets are.)
  const out = text.split("");
  let paired = 0;
  for (const para of text.matchAll(/[^\n]+/g)) {
    const from = para.index ?? 0;
    const body = para[0];
    let open = -1;
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (c !== "'" && c !== "‘" && c !== "’") continue;
      const prev = body[i - 1] ?? "";
      const next = body[i + 1] ?? "";
      const opens = (i === 0 || /[\s(—–-]/.test(prev)) && /[\p{Lu}\d]/u.test(next) && c !== "’";
      const closes = /[.,!?]/.test(prev) && (next === "" || /[\s)]/.test(next)) && c !== "‘";
      if (open < 0 && opens) open = i;
      else if (open >= 0 && closes) {
        out[from + open] = "\"";
        out[from + i] = "\"";
        open = -1;
        paired++;
      }
    }
  }
  return paired >= 2 ? out.join("") : text;
}
