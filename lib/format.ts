/** Dates are shown in UTC with the zone named, so every reader sees the same instant the same way. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function formatDay(iso: string): string {
  return iso.slice(0, 10);
}
