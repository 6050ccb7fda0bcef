import type { ConsoleResult } from "@/graph/console/run-console-query";

function cell(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** Query results as a plain table; values are text nodes, so stored HTML is shown, never rendered. */
export function ConsoleTable({ result }: { result: ConsoleResult }) {
  return (
    <div className="space-y-2">
      <p className="text-xs text-stone-500" role="status">
        {result.rows.length} row{result.rows.length === 1 ? "" : "s"} in {result.elapsedMs} ms
        {result.truncated ? ` · stopped at the row limit of ${result.rowLimit}` : ""}
      </p>
      {result.columns.length > 0 ? (
        <div className="overflow-x-auto rounded border border-stone-200 dark:border-stone-800">
          <table className="w-full text-left text-sm" data-testid="console-result">
            <thead className="bg-stone-100 dark:bg-stone-900">
              <tr>{result.columns.map((c) => <th key={c} scope="col" className="px-3 py-2 font-mono text-xs">{c}</th>)}</tr>
            </thead>
            <tbody className="divide-y divide-stone-200 dark:divide-stone-800">
              {result.rows.map((row, i) => <tr key={i}>{row.map((v, j) => <td key={j} className="max-w-md px-3 py-1.5 align-top font-mono text-xs break-words">{cell(v)}</td>)}</tr>)}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
