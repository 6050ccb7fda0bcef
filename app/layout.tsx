import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Newsgraph", template: "%s · Newsgraph" },
  description: "Who asserted what, about whom, when, and where the reports disagree.",
};

const NAV = [
  { href: "/", label: "Timeline" },
  { href: "/search", label: "Search" },
  { href: "/entities", label: "Entities" },
  { href: "/disputes", label: "Disputes" },
  { href: "/explore", label: "Explorer" },
  { href: "/console", label: "Console" },
];

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 text-stone-900 dark:bg-stone-950 dark:text-stone-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:p-2">Skip to content</a>
        <header className="border-b border-stone-300 bg-white dark:border-stone-800 dark:bg-stone-900">
          <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
            <Link href="/" className="font-serif text-xl font-bold tracking-tight">Newsgraph</Link>
            {NAV.map((item) => (
              <Link key={item.href} href={item.href} className="text-sm text-stone-600 hover:text-stone-950 focus-visible:outline-2 dark:text-stone-300 dark:hover:text-white">
                {item.label}
              </Link>
            ))}
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">{children}</main>
      </body>
    </html>
  );
}
