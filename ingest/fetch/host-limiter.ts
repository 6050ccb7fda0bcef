import pLimit, { type LimitFunction } from "p-limit";
import { sleep } from "./retry-after";

type HostState = { limit: LimitFunction; nextStart: number; delayMs: number };

/**
 * Politeness per host: at most `concurrency` requests in flight, and request starts spaced at
 * least `delayMs` apart (raised per host when its robots.txt asks for a Crawl-delay).
 */
export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly concurrency: number,
    private readonly delayMs: number,
  ) {}

  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const state = this.state(host);
    return state.limit(async () => {
      const now = Date.now();
      const start = Math.max(now, state.nextStart);
      // Reserve the slot before sleeping so concurrent callers queue behind it.
      state.nextStart = start + state.delayMs;
      if (start > now) await sleep(start - now);
      return task();
    });
  }

  /** Never lowers the configured delay: robots.txt may only ask us to be slower. */
  setMinDelay(host: string, delayMs: number): void {
    const state = this.state(host);
    state.delayMs = Math.max(state.delayMs, delayMs);
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { limit: pLimit(this.concurrency), nextStart: 0, delayMs: this.delayMs };
      this.hosts.set(host, s);
    }
    return s;
  }
}
