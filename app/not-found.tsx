import Link from "next/link";

export default function NotFound() {
  return (
    <section className="mx-auto max-w-xl py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">Not in the graph</h1>
      <p className="mt-3 text-stone-600 dark:text-stone-400">Nothing has this address. It may have been merged into another entity or rejected by a correction.</p>
      <p className="mt-6 flex justify-center gap-6 text-sm"><Link href="/" className="hover:underline">Timeline</Link><Link href="/search" className="hover:underline">Search</Link><Link href="/entities" className="hover:underline">Entities</Link></p>
    </section>
  );
}
