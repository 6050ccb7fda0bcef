"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const NAV = [
  { href: "/", label: "Timeline" },
  { href: "/search", label: "Search" },
  { href: "/entities", label: "Entities" },
  { href: "/disputes", label: "Disputes" },
  { href: "/explore", label: "Explorer" },
  { href: "/console", label: "Console" },
] as const;

/** Main navigation; the current section is marked for assistive technology as well as visually. */
export function NavLinks() {
  const path = usePathname();
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1">
      {NAV.map((item) => {
        const current = item.href === "/" ? path === "/" : path.startsWith(item.href);
        return (
          <li key={item.href}>
            <Link href={item.href} aria-current={current ? "page" : undefined}
              className={`text-sm ${current ? "font-semibold text-stone-950 underline decoration-red-700 decoration-2 underline-offset-8 dark:text-white" : "text-stone-600 hover:text-stone-950 dark:text-stone-300 dark:hover:text-white"}`}>
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
