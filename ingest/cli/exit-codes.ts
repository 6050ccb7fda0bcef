import { AppError, describeError, type ErrorCode } from "@/lib/errors";

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

const USAGE_CODES: ReadonlySet<ErrorCode> = new Set(["USAGE", "CONFIG"]);

/** The one place that turns an error into what the terminal shows and the exit status. */
export function exitFor(e: unknown): { message: string; code: number } {
  if (e instanceof AppError) return { message: `newsgraph: ${e.message}`, code: USAGE_CODES.has(e.code) ? EXIT.usage : EXIT.someFailed };
  return { message: `newsgraph: unexpected error: ${describeError(e)}`, code: EXIT.someFailed };
}
