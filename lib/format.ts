/** Dates are shown in UTC with the zone named, so every reader sees the same instant the same way. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function formatDay(iso: string): string {
  return iso.slice(0, 10);
}

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** 28800000 -> "28.8 million": how reports write large figures, so the chart reads like the text. */
export function formatFigure(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${numberFormat.format(value / 1e9)} billion`;
  if (abs >= 1e6) return `${numberFormat.format(value / 1e6)} million`;
  return numberFormat.format(value);
}
