import type { ContradictionKind, Severity } from "@/lib/views/contradiction";
import { KIND_LABEL, SEVERITY_CLASS } from "../_lib/labels";

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`inline-block rounded px-1.5 py-0.5 text-[11px] font-bold uppercase tracking-wide ${SEVERITY_CLASS[severity]}`}>{severity}</span>;
}

export function KindBadge({ kind }: { kind: ContradictionKind }) {
  return <span className="inline-block rounded border border-stone-300 px-1.5 py-0.5 text-[11px] font-semibold uppercase tracking-wide text-stone-600 dark:border-stone-600 dark:text-stone-300">{KIND_LABEL[kind]}</span>;
}

export function TypeBadge({ type }: { type: string }) {
  return <span className="inline-block rounded bg-stone-200 px-1.5 py-0.5 font-mono text-[10px] font-semibold tracking-wide text-stone-700 dark:bg-stone-800 dark:text-stone-300">{type}</span>;
}
