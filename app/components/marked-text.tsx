/**
 * Text with [start, end) ranges marked. Everything is rendered as React text nodes, so scraped
 * text can never become markup.
 */
export function MarkedText({ text, ranges }: { text: string; ranges: ReadonlyArray<{ start: number; end: number }> }) {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at) continue;
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(<mark key={r.start} className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-700/60">{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
