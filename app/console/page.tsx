import type { Metadata } from "next";
import Link from "next/link";
import { CONSOLE_EXAMPLES } from "@/graph/console/console-examples";
import { runConsoleQuery, type ConsoleResult } from "@/graph/console/run-console-query";
import { getConfig } from "@/lib/config";
import { describeError } from "@/lib/errors";
import { withParams } from "../_lib/href";
import { pageQuery, type PageSearchParams } from "../_lib/query-params";
import { ConsoleTable } from "../components/console-table";
import { Notice } from "../components/notice";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Analyst console" };

async function run(cypher: string): Promise<{ result?: ConsoleResult; error?: string }> {
  try {
    return { result: await runConsoleQuery({ cypher }) };
  } catch (e) {
    return { error: describeError(e) };
  }
}

export default async function ConsolePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const q = pageQuery(await searchParams).q;
  const cypher = typeof q === "string" ? q : "";
  const { result, error } = cypher ? await run(cypher) : {};
  const limits = getConfig();
  return (
    // grid-cols-1 (minmax(0, 1fr)) keeps the long example queries from widening a phone screen.
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <section aria-labelledby="console-heading" className="min-w-0 space-y-4">
        <h1 id="console-heading" className="border-b-2 border-stone-900 pb-2 font-serif text-3xl font-bold dark:border-stone-100">Analyst console</h1>
        <p className="text-sm text-stone-600 dark:text-stone-400">Read-only Cypher against the graph: writes are refused, a query stops after {limits.NEWSGRAPH_CONSOLE_TIMEOUT_MS.toLocaleString("en")} ms and shows at most {limits.NEWSGRAPH_CONSOLE_ROW_LIMIT.toLocaleString("en")} rows.</p>
        <form method="get" action="/console" className="space-y-2" aria-label="Cypher query">
          <label htmlFor="q" className="sr-only">Cypher query</label>
          <textarea id="q" name="q" defaultValue={cypher} rows={7} spellCheck={false} placeholder="MATCH (e:Entity) RETURN e.name, e.type LIMIT 10"
            className="w-full rounded border border-stone-400 bg-white p-3 font-mono text-sm dark:border-stone-600 dark:bg-stone-900" />
          <button type="submit" className="rounded bg-stone-900 px-4 py-1.5 text-sm font-semibold text-white dark:bg-stone-100 dark:text-stone-900">Run read query</button>
        </form>
        {error ? <Notice tone="error">{error}</Notice> : null}
        {result ? <ConsoleTable result={result} /> : null}
      </section>
      <aside aria-labelledby="examples-heading" className="min-w-0">
        <h2 id="examples-heading" className="mb-3 border-b border-stone-300 pb-1 text-xs font-bold uppercase tracking-widest text-stone-500 dark:border-stone-700">Saved examples</h2>
        <ul className="space-y-3 text-sm">
          {CONSOLE_EXAMPLES.map((ex) => (
            <li key={ex.title}>
              <Link href={withParams("/console", { q: ex.cypher })} className="font-semibold hover:underline">{ex.title}</Link>
              <pre className="mt-1 overflow-x-auto rounded bg-stone-100 p-2 text-[11px] leading-snug text-stone-600 dark:bg-stone-900 dark:text-stone-400">{ex.cypher}</pre>
            </li>
          ))}
        </ul>
      </aside>
    </div>
  );
}
