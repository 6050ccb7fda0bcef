import { Readability } from "@mozilla/readability";
import { DOMParser } from "linkedom";
import { extractArticle } from "../extract-article";
import type { BenchPage } from "./load-corpus";

/** What each system under test answers for one page; metadata fields are what it exposes. */
export type SystemOutput = { text: string; title?: string; byline?: string; publishedAt?: string };
export type System = { name: string; run: (page: BenchPage) => SystemOutput };

export const ours: System = {
  name: "newsgraph",
  run(page) {
    try {
      const doc = extractArticle({ html: page.html, url: page.url, fetchedAt: "2026-01-01T00:00:00Z" });
      return { text: doc.text, title: doc.title, byline: doc.byline, publishedAt: doc.publishedAt };
    } catch {
      return { text: "" };
    }
  },
};

/** Readability on linkedom, as its own README recommends for speed; textContent is the body. */
export const readability: System = {
  name: "readability.js 0.6 + linkedom",
  run(page) {
    const document = new DOMParser().parseFromString(page.html, "text/html");
    const result = new Readability(document as unknown as globalThis.Document).parse();
    return {
      text: result?.textContent ?? "",
      title: result?.title ?? undefined,
      byline: result?.byline ?? undefined,
      publishedAt: result?.publishedTime ?? undefined,
    };
  },
};

export const SYSTEMS: Record<string, System> = { ours, readability };
