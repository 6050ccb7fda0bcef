import { SingleBar, Presets } from "cli-progress";
import type { ItemResult } from "./summary";

export type Progress = { total(n: number): void; item(result: ItemResult): void; done(): void };

/** A bar on a terminal; plain log lines when output is piped or in CI, so logs stay readable. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr, quiet = false): Progress {
  if (quiet) return { total() {}, item() {}, done() {} };
  if (!stream.isTTY) {
    return {
      total: () => {},
      item: (r) => stream.write(`${describe(r)}\n`),
      done: () => {},
    };
  }
  const bar = new SingleBar({ stream, format: "{bar} {value}/{total} {last}", hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  let started = false;
  let total = 0;
  return {
    total(n) {
      total += n;
      if (!started) bar.start(total, 0, { last: "" });
      else bar.setTotal(total);
      started = true;
    },
    item(r) {
      if (started) bar.increment(1, { last: describe(r).slice(0, 60) });
    },
    done() {
      if (started) bar.stop();
    },
  };
}

function describe(r: ItemResult): string {
  if (r.kind === "stored") return `${r.outcome.padEnd(9)} ${r.title} (${r.target})`;
  return `${r.kind.padEnd(9)} ${r.target}: ${r.reason}`;
}
