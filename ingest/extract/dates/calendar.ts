/** Calendar-day arithmetic on "YYYY-MM-DD" strings, done in UTC so the host's time zone never leaks in. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

export function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Minutes east of UTC from an ISO instant's suffix ("+09:00" -> 540, "Z" -> 0). */
export function offsetMinutes(iso: string): number {
  const m = /([+-])(\d\d):?(\d\d)$/.exec(iso);
  if (!m) return 0;
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The calendar day of an instant in the time zone of its own offset. */
export function localDay(iso: string): string {
  const shifted = new Date(Date.parse(iso) + offsetMinutes(iso) * 60_000);
  return shifted.toISOString().slice(0, 10);
}
