import * as chrono from "chrono-node";
import type { DateRef } from "@/lib/schemas/extraction";
import { addDays, localDay, weekday, ymd } from "../dates/calendar";
import { chronoReference, resolveWeekday, type DateScan } from "../dates/find-dates";
import { openQuoteAt } from "./open-quote";

type Span = { start: number; end: number };

const WEEKDAYS_ES = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];
const MONTH_ES = /\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b|\d{1,2}\/\d{1,2}/i;
/**
 * A weekday as Spanish copy writes it: "el jueves", "el pasado martes", "el martes pasado", "el próximo lunes". chrono's
 * Spanish parser always looks ahead for a bare weekday and reads "el pasado martes" as today, so weekdays are ours.
 */
const WEEKDAY_ES = /\b(?:(?:el|este|del|al)\s+)?(?:(pasado|próximo)\s+)?(lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?:\s+(pasado|próximo|que viene))?\b(?!\s+\d)/giu;
/**
 * What makes a bare weekday look ahead in Spanish: the future tense ("volverán", "se tratará"), a plan ("tiene previsto",
 * "está convocada") or a deadline ("hasta el", "a partir del").
 */
const FUTURE_ES = /\b(?:\p{L}+(?:rá|rán|remos|rás)|tiene[n]? previsto|está[n]? previst[oa]s?|prevé|prevén|programad[oa]s?|convocad[oa]s?|vence|próxim[oa]s?)\b/iu;
/** "hasta el viernes", "para el lunes", "a partir del martes": a deadline or a start lies ahead. */
const AHEAD_ES = /\b(?:hasta|para|a partir)\s+$/iu;
/** The verb right before the day says when it was: "entregó el viernes" (past), "se reunirá el jueves" (ahead). */
const PAST_VERB_ES = /(?:\p{L}(?:ó|aron|ieron|ió)|\b(?:fue|fueron|hubo|dijo|dijeron|hizo|hicieron|tuvo|tuvieron|puso|vino|estuvo))\s+(?:\p{L}+\s+){0,2}$/u;
const FUTURE_VERB_ES = /\p{L}(?:rá|rán|remos)\s+(?:\p{L}+\s+){0,2}$/u;
/** "la semana pasada": the same weekday a week before publication, as the English "last week" is read. */
const LAST_WEEK_ES = /\b(?:la\s+)?semana\s+pasada\b|\bpasada\s+semana\b/giu;
/** "al día siguiente", "un día después": the day after the day written last before it. */
const NEXT_DAY_ES = /\b(?:al|el)\s+día\s+siguiente\b|\bun\s+día\s+después\b/giu;
/** Stretches and lengths chrono may read as a day: "la próxima semana", "el mes pasado", "hace dos años". */
const NOT_A_DAY_ES = /\b(?:semana|mes|meses|año|años|trimestre|semestre|horas?|minutos?|días)\b|^(?:hace|durante|por|en)\s/iu;

/** The sentence around a position: the future tense is read in it, not beyond. */
function sentenceAround(text: string, at: number): string {
  const from = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("\n", at)) + 1;
  const stop = text.slice(at).search(/\.\s|\n/);
  return text.slice(from, stop < 0 ? text.length : at + stop);
}

/**
 * Calendar days in Spanish copy, resolved in the time zone of the publication instant: chrono's Spanish parser for
 * written days ("el 29 de octubre", "ayer"), our rules for weekdays, "la semana pasada" and "al día siguiente".
 * A leading "el"/"la" is kept in the span, as Spanish writes it where English writes "on".
 */
export function findDatesEs(text: string, publishedAt?: string): DateScan {
  const ref = chronoReference(publishedAt);
  const pubDay = publishedAt ? localDay(publishedAt) : undefined;
  const dates: DateRef[] = [];
  const spans: Span[] = [];
  const taken = (start: number, end: number) => spans.some((x) => x.start < end && start < x.end);
  const add = (start: number, end: number, date: string, kind: DateRef["kind"]) => {
    spans.push({ start, end });
    dates.push({ start, end, text: text.slice(start, end), date, kind });
  };
  // ("el 29 de octubre": the article belongs to the day as "on" does in English.)
  const withArticle = (start: number) => start - (/(?:\b(?:el|la)\s+)$/i.exec(text.slice(Math.max(0, start - 3), start))?.[0].length ?? 0);
  for (const r of chrono.es.parse(text, ref)) {
    const s = r.start;
    const shown = r.text.replace(/[\s,.;:]+$/, "");
    if (!s.isCertain("day") && !/^(?:ayer|hoy|mañana|anteayer|anoche)$/i.test(shown)) continue;
    if (NOT_A_DAY_ES.test(shown)) continue;
    // ("“Hoy estamos cobrando $310”": a quotation's today is nowadays, not the day the story dates.)
    if (/^hoy$/i.test(shown) && openQuoteAt(text, r.index)) continue;
    // ("a las 10 de la mañana": an hour of the morning is no day.)
    if (/^mañana$/i.test(shown) && /\bde\s+la\s+$/i.test(text.slice(Math.max(0, r.index - 7), r.index))) continue;
    const written = MONTH_ES.test(shown);
    if (!pubDay && !s.isCertain("year")) continue;
    add(withArticle(r.index), r.index + shown.length, ymd(s.get("year") ?? 0, s.get("month") ?? 0, s.get("day") ?? 0), written ? "absolute" : "relative");
  }
  if (!pubDay) return { dates, spans };
  for (const m of text.matchAll(WEEKDAY_ES)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    const dow = WEEKDAYS_ES.indexOf((m[2] ?? "").toLowerCase());
    const marker = (m[1] ?? m[3] ?? "").toLowerCase();
    // ("todos los lunes", "cada viernes": any such weekday is no one day.)
    if (/\b(?:los|cada|todos\s+los)\s+$/i.test(text.slice(Math.max(0, start - 12), start))) continue;
    const lead = text.slice(Math.max(0, start - 40), start);
    const ahead = marker ? marker !== "pasado" : AHEAD_ES.test(lead) || FUTURE_VERB_ES.test(lead) || (!PAST_VERB_ES.test(lead) && FUTURE_ES.test(sentenceAround(text, start)));
    // ("el pasado martes" in Tuesday's paper is a week back, "el próximo martes" a week ahead; a bare one is that day.)
    const day = marker && dow === weekday(pubDay) ? addDays(pubDay, ahead ? 7 : -7) : resolveWeekday(dow, pubDay, ahead);
    // ("desde el lunes" shows "el lunes"; "del lunes", "al lunes" show the weekday alone.)
    const shownStart = /^(?:del|al)\s/i.test(m[0]) ? start + m[0].indexOf(" ") + 1 : start;
    add(shownStart, end, day, "relative");
  }
  for (const m of text.matchAll(LAST_WEEK_ES)) if (!taken(m.index, m.index + m[0].length)) add(m.index, m.index + m[0].length, addDays(pubDay, -7), "relative");
  for (const m of text.matchAll(NEXT_DAY_ES)) {
    const anchor = dates.filter((d) => d.end <= m.index).sort((a, b) => b.end - a.end)[0];
    if (anchor && !taken(m.index, m.index + m[0].length)) add(m.index, m.index + m[0].length, addDays(anchor.date, 1), "relative");
  }
  dates.sort((a, b) => a.start - b.start);
  return { dates, spans };
}
