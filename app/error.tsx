"use client";

/**
 * Shown when a page cannot be rendered. In production Next.js hides server error messages, so this
 * names the usual cause (the database) and the digest that matches the line in the server log.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section role="alert" className="mx-auto max-w-xl py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">This page could not be loaded</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-400">
        Most often the graph database is not running: start it with <code>npx newsgraph neo4j start</code> (or check NEO4J_URI), then try again.
      </p>
      {error.digest ? <p className="mt-2 text-xs text-stone-500">Reference {error.digest} (see the server log)</p> : null}
      <button type="button" onClick={reset} className="mt-6 rounded bg-stone-900 px-4 py-1.5 text-sm font-semibold text-white dark:bg-stone-100 dark:text-stone-900">Try again</button>
    </section>
  );
}
