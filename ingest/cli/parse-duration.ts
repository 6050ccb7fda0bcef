import { AppError } from "@/lib/errors";

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "90s", "15m", "1h", "1d" -> milliseconds. Hand-written: four units do not justify a dependency. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([smhd])$/.exec(text.trim());
  if (!m) throw new AppError("USAGE", `--every: "${text}" is not a duration; use a number and s, m, h or d, e.g. 15m.`);
  const ms = Number(m[1]) * (UNIT_MS[m[2] ?? "m"] ?? 60_000);
  if (ms < 10_000) throw new AppError("USAGE", `--every: ${text} is too often for polite polling; use at least 10s.`);
  return ms;
}
