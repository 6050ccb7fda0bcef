import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError, describeError, type ErrorCode } from "@/lib/errors";

/** The one place where an AppError code becomes an HTTP status. */
const STATUS: Record<ErrorCode, number> = {
  USAGE: 400,
  CONFIG: 500,
  NOT_FOUND: 404,
  FETCH_FAILED: 502,
  ROBOTS_DISALLOWED: 403,
  NOT_HTML: 415,
  TOO_LARGE: 413,
  TIMEOUT: 504,
  BAD_FEED: 422,
  EXTRACT_FAILED: 422,
  DB_UNAVAILABLE: 503,
  WRITE_REFUSED: 403,
  INTERNAL: 500,
};

export function statusOf(code: ErrorCode): number {
  return STATUS[code];
}

export type ErrorBody = { error: { code: ErrorCode | "BAD_REQUEST"; message: string; issues?: Array<{ path: string; message: string }> } };

export function ok<T>(data: T, init?: ResponseInit): NextResponse<T> {
  return NextResponse.json(data, init);
}

export function badRequest(error: z.ZodError): NextResponse<ErrorBody> {
  const issues = error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const first = issues[0];
  const message = first ? `${first.path ? `${first.path}: ` : ""}${first.message}` : "invalid request";
  return NextResponse.json({ error: { code: "BAD_REQUEST", message, issues } }, { status: 400 });
}

export function notFoundJson(what: string): NextResponse<ErrorBody> {
  return NextResponse.json({ error: { code: "NOT_FOUND", message: `${what} not found` } }, { status: 404 });
}

/** Any thrown value as a JSON error; unexpected ones are logged and answered without internals. */
export function fail(e: unknown): NextResponse<ErrorBody> {
  if (e instanceof z.ZodError) return badRequest(e);
  if (e instanceof AppError) return NextResponse.json({ error: { code: e.code, message: e.message } }, { status: statusOf(e.code) });
  console.error("api error:", describeError(e));
  return NextResponse.json({ error: { code: "INTERNAL", message: "Unexpected server error; see the server log." } }, { status: 500 });
}

/** Runs a handler body and turns anything it throws into a JSON error response. */
export async function handle(work: () => Promise<NextResponse<unknown>>): Promise<NextResponse<unknown>> {
  try {
    return await work();
  } catch (e) {
    return fail(e);
  }
}
