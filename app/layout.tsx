import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { NavLinks } from "./components/nav-links";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Newsgraph", template: "%s · Newsgraph" },
  description: "Who asserted what, about whom, when, and where the reports disagree.",
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "Newsgraph timeline" }] } },
};

export const viewport: Viewport = {
  themeColor: [{ media: "(prefers-color-scheme: light)", color: "#fafaf9" }, { media: "(prefers-color-scheme: dark)", color: "#0c0a09" }],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 text-stone-900 antialiased dark:bg-stone-950 dark:text-stone-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2 focus:text-stone-900">Skip to content</a>
        <header className="border-b border-stone-300 bg-white dark:border-stone-800 dark:bg-stone-900">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-3">
            <Link href="/" className="font-serif text-2xl font-bold tracking-tight">News<span className="text-red-700 dark:text-red-500">graph</span></Link>
            <nav aria-label="Main" className="flex-1"><NavLinks /></nav>
            <form action="/search" method="get" role="search" className="hidden sm:block">
              <label htmlFor="site-search" className="sr-only">Search</label>
              <input id="site-search" name="q" type="search" placeholder="Search…" className="w-44 rounded border border-stone-300 bg-stone-50 px-2 py-1 text-sm dark:border-stone-700 dark:bg-stone-950" />
            </form>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">{children}</main>
        <footer className="mx-auto max-w-6xl px-4 pb-8 pt-4 text-xs text-stone-500">
          Newsgraph · who asserted what, about whom, when, and where the reports disagree · <a href="/feed.xml" className="hover:underline">Atom feed</a> · <a href="/api/timeline" className="hover:underline">JSON API</a>
        </footer>
      </body>
    </html>
  );
}
