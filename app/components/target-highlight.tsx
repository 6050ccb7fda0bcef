"use client";
import { useEffect } from "react";

const CLASS = "claim-target";

/** The mark a #claim-… or #offset-… anchor stands for: the mark itself, the one it wraps, or the one it precedes. */
function markFor(el: HTMLElement): Element | null {
  if (el.classList.contains("claim-mark")) return el;
  return el.querySelector(":scope > .claim-mark") ?? el.parentElement?.querySelector(":scope > .claim-mark") ?? null;
}

/**
 * Outlines the quote the URL's fragment points at. next/link reaches the article with pushState,
 * which never updates CSS :target, so a quote followed from a dispute would otherwise land unmarked;
 * :target still covers full page loads without JavaScript. Keyed on the article, so moving from one
 * article to another re-marks even if React keeps this component.
 */
export function TargetHighlight({ articleId }: { articleId: string }) {
  useEffect(() => {
    const mark = () => {
      for (const el of document.querySelectorAll(`.${CLASS}`)) el.classList.remove(CLASS);
      const id = decodeURIComponent(window.location.hash.slice(1));
      const el = id ? document.getElementById(id) : null;
      if (el) markFor(el)?.classList.add(CLASS);
    };
    mark();
    window.addEventListener("hashchange", mark);
    return () => window.removeEventListener("hashchange", mark);
  }, [articleId]);
  return null;
}
