/** Milliseconds to wait from a Retry-After header (delay-seconds or an HTTP date), or undefined if absent/unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Exponential backoff with a little jitter so parallel workers do not retry in lockstep. */
export function backoffMs(attempt: number, baseMs: number): number {
  return baseMs * 2 ** attempt * (1 + Math.random() * 0.2);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
