import type { FigurePoint } from "@/lib/views/entity";
import { formatDateTime, formatFigure } from "@/lib/format";

/**
 * Figures reported about one measure, one dot per report in order of publication, so drift such as
 * 28 million -> 28.8 million shows at a glance. Hand-drawn inline SVG because no chart library is
 * installed (and packages cannot be added here); it is static, server-rendered, and paired with a
 * data table for screen readers. The relationship graph, which needs layout and interaction, uses cytoscape.
 */
const W = 560;
const H = 180;
const PAD = { l: 84, r: 56, t: 14, b: 40 };

export function FigureChart({ title, points }: { title: string; points: FigurePoint[] }) {
  const values = points.flatMap((p) => [p.value, p.low ?? p.value, p.high ?? p.value]);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || Math.abs(max) * 0.1 || 1;
  const lo = min - span * 0.15;
  const hi = max + span * 0.15;
  const x = (i: number) => PAD.l + (points.length === 1 ? (W - PAD.l - PAD.r) / 2 : (i * (W - PAD.l - PAD.r)) / (points.length - 1));
  const y = (v: number) => PAD.t + ((hi - v) * (H - PAD.t - PAD.b)) / (hi - lo);
  const ticks = [lo + (hi - lo) * 0.1, (lo + hi) / 2, hi - (hi - lo) * 0.1];
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-3 dark:border-stone-800 dark:bg-stone-900">
      <figcaption className="mb-1 text-sm font-semibold">{title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title}: ${points.map((p) => `${p.text ?? formatFigure(p.value)} (${p.source})`).join(", ")}`} className="h-auto w-full text-stone-500">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(t)} y2={y(t)} stroke="currentColor" strokeOpacity={0.2} />
            <text x={PAD.l - 6} y={y(t) + 4} textAnchor="end" fontSize={11} fill="currentColor">{formatFigure(Number(t.toPrecision(3)))}</text>
          </g>
        ))}
        <path d={path} fill="none" stroke="currentColor" strokeOpacity={0.5} strokeDasharray="4 3" />
        {points.map((p, i) => (
          <g key={p.claimId} className="text-red-700 dark:text-red-400">
            {p.low !== null || p.high !== null ? <line x1={x(i)} x2={x(i)} y1={y(p.high ?? p.value)} y2={y(p.low ?? p.value)} stroke="currentColor" strokeWidth={3} strokeOpacity={0.35} /> : null}
            <circle cx={x(i)} cy={y(p.value)} r={5} fill="currentColor"><title>{`${p.text ?? formatFigure(p.value)} — ${p.source}${p.reportedAt ? `, ${formatDateTime(p.reportedAt)}` : ""}`}</title></circle>
            <text x={x(i)} y={H - PAD.b + 16} textAnchor="middle" fontSize={10} className="fill-stone-600 dark:fill-stone-400">{p.source.slice(0, 16)}</text>
            <text x={x(i)} y={H - PAD.b + 29} textAnchor="middle" fontSize={9} className="fill-stone-500">{p.reportedAt?.slice(0, 10) ?? ""}</text>
          </g>
        ))}
      </svg>
      <details className="mt-1 text-xs text-stone-500">
        <summary className="cursor-pointer">Data</summary>
        <table className="mt-1 w-full text-left">
          <thead><tr><th>Reported</th><th>Outlet</th><th>Figure</th><th>Value</th></tr></thead>
          <tbody>{points.map((p) => <tr key={p.claimId}><td>{p.reportedAt ? formatDateTime(p.reportedAt) : "?"}</td><td>{p.source}</td><td>{p.text ?? ""}</td><td>{formatFigure(p.value)}</td></tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}

/** Figures grouped by what they measure; only measures reported at least twice are worth a chart. */
export function chartGroups(figures: FigurePoint[]): Array<{ title: string; points: FigurePoint[] }> {
  const groups = new Map<string, FigurePoint[]>();
  for (const f of figures) {
    const key = `${f.predicate.replace(/_/g, " ")}${f.unit ? ` (${f.unit})` : ""}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups].filter(([, pts]) => pts.length >= 2).map(([title, points]) => ({ title, points }));
}
