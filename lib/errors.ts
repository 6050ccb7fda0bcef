/**
 * One typed error for everything a user can cause or fix. The message is a single line that says
 * what was wrong and what to do; the code maps to a CLI exit status and an HTTP status in one place each.
 */
export type ErrorCode =
  | "USAGE"
  | "CONFIG"
  | "NOT_FOUND"
  | "FETCH_FAILED"
  | "ROBOTS_DISALLOWED"
  | "NOT_HTML"
  | "TOO_LARGE"
  | "TIMEOUT"
  | "BAD_FEED"
  | "EXTRACT_FAILED"
  | "DB_UNAVAILABLE"
  | "WRITE_REFUSED"
  | "INTERNAL";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "AppError";
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** A one-line description of any thrown value, for reports and logs. */
export function describeError(e: unknown): string {
  if (e instanceof Error) return e.message.split("\n")[0] ?? e.name;
  return String(e);
}
