import { byReport, type AnalysisClaim, type Conflict, type Finding } from "./analysis-claim";
import { describeFigure } from "./figures";

const who = (c: AnalysisClaim) => c.speakerName ?? c.sourceName;

type Position = { label: string; key: string };

/** A side's position in a few words, and the part of it the stable id uses (so wording does not matter). */
export function positionOf(kind: Finding["kind"], c: AnalysisClaim): Position {
  switch (kind) {
    case "figure_mismatch":
    case "figure_discrepancy":
      return { label: describeFigure(c), key: String(c.value) };
    case "date_mismatch":
      return { label: c.dateText && c.dateText !== c.date ? `${c.date} (${c.dateText})` : (c.date ?? ""), key: c.date ?? "" };
    case "denial":
      return c.polarity === "negative"
        ? { label: `${who(c)} denies`, key: `denied by ${c.speakerId ?? c.sourceId}` }
        : { label: `${who(c)} asserts`, key: "asserted" };
    case "competing_explanation":
      return { label: who(c), key: c.speakerId ?? c.sourceId };
  }
}

const earliest = (side: AnalysisClaim[]) => [...side].sort(byReport)[0];

/**
 * Turns a conflict between two claims into a contradiction between whole sides: each side keeps its
 * representative (the conflicting claim, else its first member) first and the rest in report order;
 * the side holding the earliest report comes first. `matter` names what is disputed (default: the
 * representatives' predicate and subject), and with the positions makes the stable key.
 */
export function widen(conflict: Conflict, groups: AnalysisClaim[][], matter?: string): Finding {
  const picked = new Set<string>(conflict.claimIds);
  const sides = groups
    .filter((g) => g.length > 0)
    .map((g) => {
      const rep = g.find((c) => picked.has(c.id)) ?? g[0];
      return rep ? [rep, ...g.filter((c) => c !== rep).sort(byReport)] : [];
    })
    .sort((x, y) => {
      const [ex, ey] = [earliest(x), earliest(y)];
      return ex && ey ? byReport(ex, ey) : 0;
    });
  const reps = sides.map((s) => s[0]).filter((c): c is AnalysisClaim => c !== undefined);
  const [r0, r1] = reps;
  if (!r0 || !r1) throw new Error("a contradiction needs two sides");
  const positions = reps.map((c) => positionOf(conflict.kind, c));
  const what = matter ?? `${r0.predicate}|${r0.subjectId ?? r1.subjectId ?? ""}`;
  return {
    ...conflict,
    claimIds: [r0.id, r1.id],
    sides: sides.map((s) => s.map((c) => c.id)),
    sideLabels: positions.map((p) => p.label),
    key: [conflict.kind, what, ...positions.map((p) => p.key).sort()].join("|"),
  };
}
