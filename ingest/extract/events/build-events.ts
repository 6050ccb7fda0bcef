import { stableId } from "@/lib/hash";
import type { Claim, ExtractedEvent } from "@/lib/schemas/extraction";
import { EVENT_KINDS } from "../claims/predicates";
import { ACCUSING_ACTS } from "../claims/speech-acts";

/**
 * Timeline events from claims: one per kind, subject and day, so two sentences about the same ban
 * (or an accusation repeated with two figures) become one event citing both claims.
 */
export function buildEvents(claims: Claim[]): ExtractedEvent[] {
  const events = new Map<string, ExtractedEvent>();
  for (const c of claims) {
    const kind = c.polarity === "positive" ? kindOf(c) : undefined;
    if (!kind) continue;
    const key = `${kind}|${c.subjectId ?? ""}|${c.date?.date ?? ""}`;
    const e = events.get(key) ?? {
      id: stableId("evt", kind, c.subjectId ?? "", c.date?.date ?? "", c.start),
      kind,
      ...(c.date ? { date: c.date.date, dateText: c.date.text } : {}),
      entityIds: [],
      claimIds: [],
    };
    for (const id of [c.subjectId, ...c.objectIds, c.speakerId]) if (id && !e.entityIds.includes(id)) e.entityIds.push(id);
    e.claimIds.push(c.id);
    events.set(key, e);
  }
  return [...events.values()];
}

function kindOf(c: Claim): ExtractedEvent["kind"] | undefined {
  const direct = EVENT_KINDS[c.predicate];
  if (direct) return direct;
  if (ACCUSING_ACTS.has(c.speechAct) && c.speakerId && c.subjectId && c.speakerId !== c.subjectId) return "accusation";
  return undefined;
}
