/** Inside a quotation when an odd number of quotation marks open the paragraph before `at`. */
export function openQuoteAt(text: string, at: number): boolean {
  const from = text.lastIndexOf("\n", at - 1) + 1;
  return (text.slice(from, at).match(/["“”«»]/g)?.length ?? 0) % 2 === 1;
}
