/**
 * Feed dates as ISO instants that keep the publisher's own UTC offset ("10:21:54+09:00", not
 * "01:21:54Z"): the local time of publication is part of the story for a journalist. The feed
 * library gives us the instant; the offset is read from the date text it came from.
 */
const ZONES: Record<string, number> = { GMT: 0, UT: 0, UTC: 0, Z: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

export function isoWithOffset(instant: Date | string | null | undefined, rawText?: string | null): string | undefined {
  if (!instant) return undefined;
  const d = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(d.getTime())) return undefined;
  const offset = offsetMinutes(rawText ?? (typeof instant === "string" ? instant : undefined));
  if (offset === undefined || offset === 0) return d.toISOString().replace(".000Z", "Z");
  const local = new Date(d.getTime() + offset * 60_000).toISOString().replace(/(\.000)?Z$/, "");
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function offsetMinutes(text: string | undefined): number | undefined {
  const t = text?.trim();
  if (!t) return undefined;
  const numeric = t.match(/([+-])(\d{2}):?(\d{2})$/);
  if (numeric && /\d[T ]?\d{1,2}:\d{2}/.test(t)) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return minutes > 14 * 60 ? undefined : numeric[1] === "-" ? -minutes : minutes;
  }
  const zone = t.match(/\b([A-Z]{1,3})$/)?.[1];
  return zone === undefined ? undefined : ZONES[zone];
}

const pad = (n: number) => String(n).padStart(2, "0");
