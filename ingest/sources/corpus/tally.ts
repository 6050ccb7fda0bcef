import { readFileSync } from "node:fs";
import * as cheerio from "cheerio";
import { describeError } from "@/lib/errors";
import { decodeBody } from "@/ingest/fetch/decode-body";

export type CheckReport = { passed: number; failed: number; details: string[] };

/** Counts one named case: it passes when `run` finds no problems and throws nothing. */
export class Tally implements CheckReport {
  passed = 0;
  failed = 0;
  details: string[] = [];
  notes: string[] = [];

  constructor(private readonly suite: string) {}

  check(name: string, run: () => string[]): void {
    let problems: string[];
    try {
      problems = run();
    } catch (e) {
      problems = [`threw: ${describeError(e)}`];
    }
    if (problems.length === 0) this.passed++;
    else {
      this.failed++;
      this.details.push(`${this.suite}/${name}: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? ` (+${problems.length - 3} more)` : ""}`);
    }
  }

  summary(): string {
    const total = this.passed + this.failed;
    return `${this.suite}: ${this.passed}/${total} passed (${total ? ((100 * this.passed) / total).toFixed(1) : "0"}%)`;
  }
}

export function readDecoded(file: string, contentType?: string): string {
  return decodeBody(new Uint8Array(readFileSync(file)), contentType).text;
}

export function readJson(file: string, encoding: BufferEncoding = "utf8"): unknown {
  return JSON.parse(readFileSync(file, encoding));
}

/** Titles and names compared as a reader sees them: tags dropped, entities decoded, whitespace collapsed. */
export function norm(s: unknown): string {
  if (typeof s !== "string") return "";
  const text = /[<&]/.test(s) ? cheerio.load(s, null, false).root().text() : s;
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Equal as read; a U+FFFD in the expectation (the upstream parser mis-decoded that byte) matches
 * any one character.
 */
export function sameText(got: unknown, expected: unknown): boolean {
  const g = norm(got);
  const e = norm(expected);
  if (!e.includes("\uFFFD")) return g === e;
  const pattern = e.split("\uFFFD").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".");
  return new RegExp(`^${pattern}$`, "su").test(g);
}

/** Notes cases that pass for a reason worth stating (e.g. a file that is not what its folder says). */
export function noted(tally: Tally, text: string): string[] {
  tally.notes.push(text);
  return [];
}

export function sameInstant(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && new Date(a).getTime() === new Date(b).getTime();
}
