import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";
import { request, type Dispatcher } from "undici";
import { AppError } from "@/lib/errors";

export type RawResponse = { url: string; status: number; headers: Record<string, string>; body: Uint8Array };
export type GetLimits = { timeoutMs: number; maxBodyBytes: number };

/**
 * One GET, no redirects followed. undici's `request` rather than `fetch`: it exposes the raw
 * (still compressed) body stream, so the size limit applies to bytes on the wire *and* to the
 * decompressed result (a gzip bomb cannot slip past), and its Agent has a real connect timeout.
 */
export async function httpGet(url: string, headers: Record<string, string>, limits: GetLimits, dispatcher: Dispatcher): Promise<RawResponse> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const res = await request(url, { method: "GET", headers, dispatcher, signal });
    const flat = flattenHeaders(res.headers);
    if (res.statusCode < 200 || res.statusCode >= 300) {
      await res.body.dump().catch(() => undefined);
      return { url, status: res.statusCode, headers: flat, body: new Uint8Array() };
    }
    const declared = Number(flat["content-length"] ?? NaN);
    if (declared > limits.maxBodyBytes) {
      res.body.destroy();
      throw tooLarge(url, limits.maxBodyBytes, `Content-Length ${declared}`);
    }
    const raw = await readCapped(res.body, url, limits.maxBodyBytes);
    return { url, status: res.statusCode, headers: flat, body: decompress(raw, flat["content-encoding"], url, limits.maxBodyBytes) };
  } catch (e) {
    throw asAppError(e, url, limits, signal);
  }
}

async function readCapped(body: AsyncIterable<Buffer> & { destroy(): void }, url: string, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > max) {
      body.destroy();
      throw tooLarge(url, max, "body");
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function decompress(raw: Buffer, encoding: string | undefined, url: string, max: number): Uint8Array {
  const enc = (encoding ?? "identity").trim().toLowerCase();
  const opts = { maxOutputLength: max };
  try {
    if (enc === "gzip" || enc === "x-gzip") return gunzipSync(raw, opts);
    if (enc === "br") return brotliDecompressSync(raw, opts);
    // "deflate" should be zlib-wrapped, but some servers send raw deflate: accept both.
    if (enc === "deflate") return tryBoth(() => inflateSync(raw, opts), () => inflateRawSync(raw, opts));
    return raw;
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge(url, max, "decompressed body");
    throw new AppError("FETCH_FAILED", `Could not decompress the ${enc} body of ${url}: ${(e as Error).message}`, { cause: e });
  }
}

function tryBoth(first: () => Buffer, second: () => Buffer): Buffer {
  try {
    return first();
  } catch (e) {
    if (e instanceof RangeError) throw e;
    return second();
  }
}

function tooLarge(url: string, max: number, what: string): AppError {
  return new AppError("TOO_LARGE", `${url} is larger than the ${Math.round(max / 1e6 * 10) / 10} MB limit (${what}); raise maxBodyBytes if it is really needed.`);
}

function flattenHeaders(h: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
  return out;
}

function asAppError(e: unknown, url: string, limits: GetLimits, signal: AbortSignal): unknown {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string }).code;
  if (signal.aborted) return new AppError("TIMEOUT", `${url} did not finish within ${limits.timeoutMs / 1000}s (whole-response timeout); the server is too slow or drip-feeding.`, { cause: e });
  if (code === "UND_ERR_CONNECT_TIMEOUT") return new AppError("TIMEOUT", `Could not connect to ${new URL(url).host} in time (connect timeout).`, { cause: e });
  const reason = (e as { cause?: { code?: string } }).cause?.code ?? code ?? (e as Error).message;
  return new AppError("FETCH_FAILED", `GET ${url} failed: ${reason}`, { cause: e });
}
