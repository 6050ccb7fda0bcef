import * as chrono from "chrono-node";

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(\.\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Any date a page declares -> ISO-8601 with an explicit offset, keeping the page's own offset.
 * When the page gives no offset (a bare date or local time) we keep the wall-clock value and
 * assume UTC: guessing the outlet's zone would be worse than a documented rule.
 */
export function normaliseDate(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  return fromIso(text) ?? fromNaturalText(text);
}

function fromIso(text: string): string | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h = "00", mi = "00", s = "00", frac = "", zone] = m;
  const offset = offsetOf(zone);
  const out = `${y}-${mo}-${d}T${h}:${mi}:${s}${frac.slice(0, 4)}${offset}`;
  return Number.isNaN(Date.parse(out)) ? undefined : out;
}

function offsetOf(zone: string | undefined): string {
  if (!zone || /^(Z|UTC|GMT)$/i.test(zone)) return "Z";
  const digits = zone.replace(":", "");
  const hh = digits.slice(1, 3);
  const mm = digits.slice(3, 5) || "00";
  return `${digits[0]}${hh}:${mm}`;
}

/** RFC 2822 and prose dates ("Nov. 18, 2019 10:05 a.m. EST"): chrono reads them with their zone. */
function fromNaturalText(text: string): string | undefined {
  const result = chrono.parse(text, undefined, { forwardDate: false })[0];
  if (!result) return undefined;
  const c = result.start;
  const year = c.get("year");
  const month = c.get("month");
  const day = c.get("day");
  // chrono also reads "yesterday" and fills in noon: only calendar dates that name their year count.
  if (year === null || month === null || day === null || !/\d{4}/.test(text) || !c.isCertain("day")) return undefined;
  const tz = c.isCertain("timezoneOffset") ? c.get("timezoneOffset") : null;
  const part = (k: "hour" | "minute" | "second") => (c.isCertain(k) ? (c.get(k) ?? 0) : 0);
  const wall = [year, month, day, part("hour"), part("minute"), part("second")];
  const [yy, mo, dd, h, mi, s] = wall.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0"));
  const offset = tz === null ? "Z" : formatOffset(tz);
  return `${yy}-${mo}-${dd}T${h}:${mi}:${s}${offset}`;
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}
