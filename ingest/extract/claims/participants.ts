import type { Claim } from "@/lib/schemas/extraction";
import type { Sentence } from "../text/sentences";
import type { PredicateMatch } from "./predicates";
import type { ClaimInput } from "./build-claims";
import { filedByAgency } from "./dateline";
import { rolesBetween } from "./speaker-resolve";
import type { Located } from "../entities/resolve";

type Frame = { speaker?: { speakerId?: string }; act?: { act: string }; contentStart: number; contentEnd: number };
const PRONOUN_START = /^\s*(?:that\s+)?(it|they|he|she|we|the company|the firm|its|their)\b/i;
const ANAPHOR_START = /^(These|Those|Such|They|It)\b/;

/**
 * Subject: the entity named before the predicate in the content ("Alibaba-affiliated organizations
 * operated" -> Alibaba); a pronoun there means the speaker. Objects: entities named after it.
 */
export function subjectAndObjects(input: ClaimInput, s: Sentence, f: Frame, pred: PredicateMatch | undefined, previous: Claim | undefined): { subjectId?: string; objectIds: string[] } {
  const { text, index } = input;
  const speakerId = f.speaker?.speakerId;
  const inContent = index.mentions.filter((m) => m.start >= f.contentStart && m.end <= f.contentEnd && m.type !== "PLACE" && !filedByAgency(text, m));
  const pivot = pred?.start ?? f.contentStart;
  const beforePred = inContent.filter((m) => m.end <= pivot && m.id !== speakerId);
  let subjectId: string | undefined;
  if (pred && PRONOUN_START.test(text.slice(f.contentStart, pivot)) && speakerId) subjectId = speakerId;
  else if (beforePred[0]) subjectId = employee(text, beforePred) ?? beforePred[0].id;
  else if (!pred && f.act) subjectId = inContent.find((m) => m.id !== speakerId && m.type !== "MEDIA")?.id ?? speakerId;
  else if (ANAPHOR_START.test(s.text) && previous?.subjectId) subjectId = previous.subjectId;
  else if (!f.act) subjectId = index.mentions.find((m) => m.start >= s.start && m.end <= pivot && m.type !== "PLACE")?.id;
  else subjectId = speakerId;
  const objects = inContent.filter((m) => (pred ? m.start >= pred.start : true) && m.id !== subjectId && m.id !== speakerId);
  return { subjectId, objectIds: [...new Set(objects.map((m) => m.id))] };
}

/** "Leerink Partners analyst Priya Venkataraman cut her target": the person after the employer and a lower-case role is who acts. */
function employee(text: string, mentions: Located[]): string | undefined {
  const [employer, person] = mentions;
  if (!employer || !person || (employer.type !== "ORG" && employer.type !== "GOV") || person.type !== "PERSON") return undefined;
  return rolesBetween(text, employer, person) ? person.id : undefined;
}
