import * as chrono from "chrono-node";
import type { DateRef } from "@/lib/schemas/extraction";
import { notAfter } from "../text/regex";
import { SUNDAY_PAPER_HEAD } from "../text/sunday-papers";
import { addDays, localDay, offsetMinutes, weekday, ymd } from "./calendar";

type Span = { start: number; end: number };
export type DateScan = { dates: DateRef[]; spans: Span[] };

const MONTH_OR_NUMERIC = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}/i;
/**
 * Words that make a weekday after them look forward ("asked the prefect to bring both sides together on Monday": what
 * someone is asked to do lies ahead; "The union has called a rally outside the gates on Friday": an action called, in
 * the present perfect, is still to come; "The judicial review is listed for a three-day hearing beginning on January 18":
 * a case a court has listed is still to be heard, and so is one "set down for hearing in Windhoek on Friday"; "The committee hearing resumes on Monday": a sitting resumed in the
 * present tense is scheduled; not "who asked not to be identified", a source's terms, which look nowhere; "he had
 * offered to host further talks … on Friday": what was offered, proposed or promised is still to come; "announced a
 * protest outside the council building … on Saturday": so is a protest announced; not "scheduled departures between
 * December 1st and February 28th", a timetable's services, which look nowhere; "Opponents plan a rally in Ioannina on
 * Saturday": a rally planned in the present tense lies ahead; "the unions were prepared to meet employers again on
 * Wednesday if …": so does what someone is prepared, ready or willing to do; "expected a reply by Friday", "froze the
 * works until a full hearing on 24 September": so do a reply expected by a day and a hearing works wait for; "said the
 * two sides were due to meet in Caen on Wednesday": a meeting reported as due, unlike a payment that "was due", and so
 * are doses that "were due to arrive in Quelimane on Thursday"; "both
 * sides had agreed to a first meeting on Friday": a meeting agreed to; "had asked the wali, or governor, of Tizi Ouzou
 * province to bring management and union representatives together on Thursday": the one asked, named at length; "a public
 * information session is planned at the roadhouse on Saturday": what is planned).
 */
const FUTURE = /\b(will|would|(?:(?:has|have)\s+(?:also\s+|already\s+)?called|announced|plans?|planning)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:rally|strike|protest|march|demonstration|sit-in|stoppage|meeting|vote|ballot)|(?:called|summoned|invited|agreed)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:meeting|talks|hearing|session)|(?:could|may|might)(?=\s+(?!not\b|have\b|be\s+reached\b)[a-z])|ending|ends|expires|lapses|starting|starts|start|next|later|plans? to|to be|effective|begins?|(?<!(?:fell|was|were|became|been)\s)due|(?:was|were)\s+due\s+to\s+(?:meet|hold|vote|sign|resume|reconvene|hear|decide|rule|arrive|start|begin)|scheduled(?!\s+(?:departures|arrivals|flights|services|trains|buses|sailings|trips|journeys|connections|stops|runs)\b)|(?:(?:is|are|been)\s+listed|set\s+down)\s+for\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:hearing|trial|mention|judgment)|ahead of|expected(?=\s*(?:on\s*)?$)|expect(?:s|ed)?\s+(?:an?\s+|the\s+)?[\w-]+\s+by(?=\s*$)|until\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:hearing|ruling|decision|judgment|trial)(?=\s*(?:on\s*)?$)|forecast for|(?<!(?:propped|left|was|were|is|are|been|remains?|remained|stayed|wide|break|broke|cut|prised|forced|the|in)\s)open|opens|goes on sale|go on sale|takes effect|take effect|(?:expected|set|poised|likely) to|reports? (?:earnings|results)|hosts|meets|holds|testifies|(?<![\d,]\s|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|of|the|by|no|yes|more|fewer|enough)\s)votes|forecast for|expected for|resumes|reconvenes|(?:asked|urged|invited|pressed|called on)\s+(?:[\w'’-]+,?\s+){0,8}?to(?=\s+[a-z])(?!\s+be\s+(?:identified|named)\b)|(?:offered|offers|proposed|proposes|promised|promises|pledged|pledges|prepared|ready|willing)\s+to(?=\s+[a-z])|(?:is|are)\s+planned)\b(?!-)/gi;
/** FUTURE as a plain test: the global one keeps its place between calls. */
const FUTURE_ANYWHERE = new RegExp(FUTURE.source, "i");
/** "before Saturday's home game", "ahead of Monday's vote": a possessive weekday after these looks forward. */
const MISSED = /\b(?:failed|missed|blew|ignored)\b/i;
const AHEAD = /\b(?:before|ahead of|until)\s+$/i;
/** "three weeks after the club reported …": counted from an event, not from publication; no day we can name. */
const FROM_EVENT = /\b(?:after|before)$/i;
/** "from Monday", "until Friday", "a hearing for Thursday": only right before the weekday does "from" look forward ("banned ... from devices on Monday" does not). */
/** ("to step in before Monday", "would not reopen before Friday": a bare weekday after "before" is a deadline ahead.) */
const FUTURE_NEAR = /\b(from|until|by|through|for|before)\s+(?:on\s+)?$/i;
const WEEKDAY_PREP = /\b(?:from|until|by|since|starting)\s+$/i;
/** "last week": the same weekday a week before publication, as the gold annotations and most desks read it. */
const LAST_WEEK = /\blast week\b/gi;
// ("scheduled to end in September, and not a day earlier": a negated day is an idiom for "no sooner".)
// ("the stock's closing price … the previous trading day": a trading or a business day is counted as a day.)
const ANCHORED = new RegExp(String.raw`\b(?:the\s+(following|next|previous|same(?=\s+day(?!\s+(?:as|of)\b)))\s+(?:trading\s+|business\s+|working\s+)?day|(${notAfter(String.raw`\bnot\s`, String.raw`a|one|two|three|four|five|six|seven|eight|nine|ten|\d+`)})\s+days?\s+(later|earlier|before|after)|the\s+day\s+(after|before))\b`, "gi");
/** "for 48 hours", "within 90 days": lengths of time (figures), not days on the calendar. */
/** "Lumora now expects …" is no calendar day; "$4.50 a share" is no clock time (chrono reads "4.50 a" as 4:50 am). */
/** ("4.2 days a year earlier": a year or a month away is no day either; "60 days out of service" is a length, and "three sailings a week out of this route" a rate.) */
/** ("up from 64 hotspots a week earlier", "three weeks later": a week away is not dated by a day in the gold either; nor
 * is "a few days later", a count of days nobody gave.) */
/** ("after a second round of mediation": chrono's "a second" later is an ordinal, no time.) */
const NOT_A_DAY = /^(?:right\s+)?now$|\bweek(?:day|end)s?$|^(?:the\s+)?(?:past|this|next|coming)\s+(?:week|month|year)$|(?:^|\s)(?:a|one|\d+)\s+(?:years?|months?)\s+(?:earlier|ago|later|before|after)$|^(?:a|an|one|two|three|four|five|six|several|a few|\d+)\s+weeks?\s+(?:earlier|ago|later|before|after)$|^(?:a\s+few|several|a\s+couple\s+of)\s+days\s+(?:earlier|ago|later|before|after)$|^\d+\s+days?\s+out$|^(?:a|one|\d+)\s+(?:week|day)\s+out$|\ba\s+(?:second|minute|moment)$/i;
/** ("$12.50", "EUR 12.50 a month": an amount is no clock time.) */
const MONEY_BEFORE = /(?:[$€£¥₩]|\b[A-Z]{3})\s?$/;
/** "up from 5% in 2015": chrono reads "from 5" as five o'clock; a number with a percent sign is no time. */
const PERCENT_AFTER = /^\s?(?:%|per\s?cent\b|percent\b)/i;
/** A count of units of time: "36", "eight", "a couple of". */
const COUNT = String.raw`(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple(?: of)?)`;
/** ("within 48 hours, they should …": chrono may run on past the comma; "for about 13 hours a day": or on to a rate.) */
const DURATION = new RegExp(String.raw`(?:^|\s)(?:for|within|in|over)\s+(?:(?:about|nearly|almost|roughly|around|approximately|some|just|under|less than|more than|up to)\s+)?${COUNT}\s+(?:seconds?|hours?|minutes?|days?|weeks?|months?|years?)(?:$|,\s|\s+(?:a|an|per|each|every)\s+(?:day|night|week|month|year|shift)\b)`, "i");
const RANGE_JOIN = /\s+(?:to|through|until|-|–)\s+/i;
const DAY_MONTH = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{4})?$/i;
/** "the end of June" names a stretch of a month, not a day. */
const PART_OF = /\b(end|start|beginning|middle) of\b/i;
// ("… had not been regulated since the government let the price cap expire on 30 April": irregular pasts too.)
const PAST_CLAUSE = /\b(?:after|when|once|because|since|as|where)\s+(?:[\w'’-]+\s+){0,3}?(?:\w+ed|said|met|voted|won|lost|made|took|held|began|sold|bought|signed|agreed|let|left|kept|cut|gave|went|came|ran|got|broke|chose|put|set)\b/i;
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** The instant and time zone chrono resolves against: publication's, or a fixed one when the article has no date. */
export const chronoReference = (publishedAt?: string) => (publishedAt ? { instant: new Date(publishedAt), timezone: offsetMinutes(publishedAt) } : { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 });

/**
 * Calendar days in the text, resolved in the time zone of the publication instant. chrono-node finds
 * absolute and relative expressions; weekday names and "the following day" need news-specific rules
 * chrono does not have (see resolveWeekday and the anchored rule below).
 */
/** The last year written in the sentence before a day. */
const LAST_YEAR_NAMED = /\b((?:19|20)\d{2})\b(?![\s\S]*\b(?:19|20)\d{2}\b)[^.;!?]*$/;
/** "the summer of 2024, when …", "in 2019, when …": a year a clause after it is about (no sentence end between). */
const WHEN_OF_YEAR = /\b(?:(?:spring|summer|autumn|fall|winter|year)\s+of|in)\s+((?:19|20)\d{2}),?\s+when\b[^.;!?]*$/i;

/**
 * ("departures between 1 June and 31 August had been withdrawn", in April): a range's end written after "between <day>
 * and" comes after its start; an end read as last year's, before the start, is the year after.
 */
function laterEndOfRange(text: string, start: DateRef | undefined, at: number, end: string): string | undefined {
  if (!start || end >= start.date || !/^\s+and\s+$/.test(text.slice(start.end, at)) || !/\bbetween\s+$/i.test(text.slice(Math.max(0, start.start - 8), start.start))) return undefined;
  return `${Number(end.slice(0, 4)) + 1}${end.slice(4)}`;
}

/** " and 15 December 2025", " to Dec. 15, 2025": the other end of a range, and the year it names. */
const RANGE_END_YEAR = /^\s+(?:and|to|until|till|through|[–-])\s+(?:\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2},?)\s+((?:19|20)\d\d)\b/u;

export function findDates(text: string, publishedAt?: string): DateScan {
  const ref = chronoReference(publishedAt);
  const pubDay = publishedAt ? localDay(publishedAt) : undefined;
  // ("on February 21, the day after the ministry is due to report": a day named by an event after it is no day of its own.)
  const matched = [...text.matchAll(ANCHORED)];
  // ("three days before city commissioners are scheduled to …", "84 days after delivery", "11 days before they were
  // discovered": a count of days from an event named after it is a length of time, no day we can name.)
  const anchored = matched.filter((m) => {
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    return !/(?:after|before)$/i.test(m[0]) || !/^\s+\p{L}/u.test(next) || /^\s+(?:that|this|which|it)\b/i.test(next);
  });
  // (Only the anchored ones hide the words from the figures: the length of time is one; chrono may read none of them.)
  const spans: Span[] = anchored.map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const lengths: Span[] = matched.filter((m) => !anchored.includes(m)).map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const dates: DateRef[] = [];
  for (const r of chrono.parse(text, ref).map((r) => withoutFigure(text, withoutDatelineDash(withoutPartOfDay(r, ref), ref), ref))) {
    // ("As of September, 17 mining firms held licences": a comma after the month closes the phrase; the number counts.)
    if (/^\p{Lu}\p{Ll}+,\s\d{1,2}$/u.test(r.text) && /^\s+\p{Ll}/u.test(text.slice(r.index + r.text.length, r.index + r.text.length + 3))) continue;
    // ("then no at the last minute": an idiom, no time.)
    if (/^(?:the\s+)?last minute$/i.test(r.text)) continue;
    // "Monday night", "Tuesday morning": the day is the day; the span shows it the way "on Monday" is shown.
    // "at 7 p.m. Wednesday" shows the day; the hour is not what a reader dates the claim by.
    // ("from 9am today" likewise shows "today".)
    const clock = /^(?:at\s+|around\s+|about\s+|from\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)\s+(?=\p{Lu}|(?:today|tonight|tomorrow|yesterday)\b)/iu.exec(r.text)?.[0] ?? "";
    // ("by 12 on Tuesday": chrono reads a bare "12" as the hour; the day is what is dated.)
    const hour = /^\d{1,2}\s+(?=on\s+\p{Lu})/u.exec(r.text.slice(clock.length))?.[0] ?? "";
    // ("May 13, 2026, 5:42 PM EDT": a dateline's clock time after the day is no part of it either.)
    // ("next Tuesday at 8pm": a clock hour after the day, with no minutes, is no part of it either.)
    let shown = r.text.slice(clock.length + hour.length).replace(/,?\s*\d{1,2}[:.]\d\d\s*(?:a\.m\.|p\.m\.|am|pm)?(?:\s+[A-Z]{2,4})?\)?$/i, "").replace(/\s+at\s+\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm)$/i, "").replace(/[\s,.;:]+$/, "").replace(/,?\s+at$/i, "").replace(/(?<!\blast)\s+(?:morning|afternoon|evening|night)$/i, "");
    // ("on Tuesday, PT Sabana Surya Energi said": capitals after a day's comma with no clock before them are a firm's
    // prefix (Indonesia's PT), not a time zone.)
    if (!/\d/.test(shown)) shown = shown.replace(/,\s+[A-Z]{2,4}$/, "");
    // ("closed on Friday at 4,026 ringgit": an hour read from a figure is no part of the day; "May 1-15" is a stretch of days, not one.)
    if (/^[,.]\d/.test(text.slice(r.index + r.text.length))) shown = shown.replace(/\s+at\s+\d{1,2}$/, "");
    // ("ended on Tuesday after 14 rounds of bidding": a number that counts something after it is no hour.)
    if (/^\s+\p{L}/u.test(text.slice(r.index + r.text.length)) && !/^\s+(?:a\.?m|p\.?m|o['’]clock|hours?\b|hrs?\b|GMT|UTC)/i.test(text.slice(r.index + r.text.length))) shown = shown.replace(/\s+(?:after|before|at|by|until)\s+\d{1,2}$/, "");
    if (/\b\d{1,2}\s?[-–]\s?\d{1,2}$/.test(shown)) continue;
    // ("Praia, 26 Nov. – The company …": a month written short keeps its point, as it does in "Nov. 26".)
    if (/\s(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(shown) && text[r.index + clock.length + hour.length + shown.length] === ".") shown += ".";
    const span = { start: r.index + clock.length + hour.length, end: r.index + clock.length + hour.length + shown.length };
    const overlaps = (x: Span) => x.start < span.end && span.start < x.end;
    if (spans.some(overlaps) || lengths.some(overlaps) || DURATION.test(r.text) || PART_OF.test(shown) || PART_OF.test(text.slice(Math.max(0, span.start - 16), span.start))) continue;
    // "at 17 polling stations", "more than 36 hours before": a bare hour names no day and must not hide a figure.
    // ("from wind and sun,": chrono keeps the comma after a lone weekday's abbreviation.)
    // ("In the Mühlviertel itself": chrono reads "In the M" as a time of day, stopping before a letter outside ASCII; a
    // match that ends inside a word is none.)
    // ("over the past 12 months, they said": chrono runs on past the comma into the pronoun; the stretch is still no day.)
    if (!namesADay(r) || HOURS_OFFSET.test(r.text) || NOT_A_DATE.test(r.text.trim().replace(/,\s+\p{Ll}+$/u, "").replace(/[,;:]$/, "")) || /^\p{L}/u.test(text.slice(r.index + r.text.length, r.index + r.text.length + 1))) continue;
    // ("“At today's prices …”", "“Every ballot cast today will be counted”": the present of a possessive or of a
    // quotation is now in general, not the day the story dates.)
    // ("“Today the court said otherwise”": a quotation's today told in the past is the day it was said.)
    const toldToday = /^\s+(?:(?!(?:will|would|be|is|are|can|could|must|should|may|might|to|has|have|and|but)\b)[\p{L}'’-]+\s+){0,3}?(?:said|ruled|decided|voted|announced|told|confirmed|\p{Ll}{3,}ed)\b/u.test(text.slice(span.end, span.end + 50));
    if (/^(?:today|tonight)$/i.test(shown) && (/^['’]s\b/.test(text.slice(span.end, span.end + 3)) || (quoted(text, span.start) && !toldToday))) continue;
    // ("paid about 6,000 francs in 2021, compared with more than 11,000 francs today", "more than 12,000 people a decade
    // ago and fewer than 5,000 today": a figure's "today" set against a past one is nowadays.)
    if (/^today$/i.test(shown) && /\d[\d,.]*\s+(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(Math.max(0, span.start - 40), span.start)) && /\b(?:ago|in (?:19|20)\d\d|compared with|compared to|up from|down from)\b/i.test(clauseBefore(text, span.start))) continue;
    // ("spoken to by Hawke's Bay Today", "USA Today": a capitalised "Today" after a name is a paper's title.)
    if (/^Today$/.test(shown) && /\p{Lu}[\p{L}'’]*\s$/u.test(text.slice(Math.max(0, span.start - 20), span.start))) continue;
    // ("told the Sunday Times": a Sunday paper's name.)
    if (/^Sunday$/.test(shown) && SUNDAY_PAPER_HEAD.test(/^ (\p{Lu}\p{Ll}+)/u.exec(text.slice(span.end, span.end + 14))?.[1] ?? "")) continue;
    // ("270t of copper a day out of the market": a rate per day names no day.)
    if (/^an?\s+day\b/i.test(shown)) continue;
    // ("we scan patients on a Saturday morning", "every Sunday": any such weekday, or each of them, is no one day.)
    // ("On a busy August Saturday": or one a month's name and a word describe.)
    if (/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.test(shown) && /\b(?:a|an|every|each|any)\s+(?:(?:busy|typical|quiet|normal|ordinary|single|given|sunny|rainy|slow)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?$/i.test(text.slice(Math.max(0, span.start - 30), span.start))) continue;
    if (NOT_A_DAY.test(shown) || (/^\d/.test(shown) && MONEY_BEFORE.test(text.slice(Math.max(0, span.start - 5), span.start))) || PERCENT_AFTER.test(text.slice(span.end, span.end + 9))) continue;
    // ("about 4.5 a night": a rate, which chrono reads as 4:05 a.m.; a clock writes "a.m." or "am", not "a" before a word.)
    if (/^\d{1,2}[.:]\d{1,2}\s+a$/i.test(shown) && /^\s+\p{L}/u.test(text.slice(span.end, span.end + 3))) continue;
    // ("notify customers at least 30 days before a price change", "84 days after delivery": a count of days from an
    // event is a length of time, a figure, not a day the story dates.)
    if (/^\d[\d,]*\s+(?:days?|weeks?|months?)\s+(?:before|after)$/i.test(shown)) continue;
    // ("had spent several days earlier this month cataloguing": a stretch of days within a period named after it is how
    // long, not when.)
    if (/\bdays?\s+earlier$/i.test(shown) && /^\s+this\s+(?:week|month|year)\b/i.test(text.slice(span.end, span.end + 16))) continue;
    spans.push(span);
    if (FROM_EVENT.test(shown) && !/^(?:\d|a |an |one )?\S*\s*days?\b/i.test(shown)) continue;
    const possessive = /^['’]s\b/.test(text.slice(span.end));
    // ("threatens to overshadow Thursday's Independence Day celebrations": or a weekday's event a threat or a plan looks to.)
    const ahead = possessive && (AHEAD.test(text.slice(Math.max(0, span.start - 12), span.start)) || /\b(?:threatens?|threatening|plans?|planning|set|expected|due)\s+to\s+\p{Ll}+\s+$/u.test(clauseBefore(text, span.start)));
    // ("the July 30 deadline" in a March article is this July's: a deadline lies ahead; so does the close of a financial
    // year still running, "guidance for the year to June 30" in February, not one "ended June 30".)
    // ("failed to provide a guarantee by the Dec. 15 deadline": one the clause says was missed is past; read only where it
    // would turn a day ahead.)
    const missed = () => MISSED.test(clauseBefore(text, span.start));
    const isFuture = ahead || (((future(text, span.start) && !possessive) || /^\s+deadline\b/i.test(text.slice(span.end, span.end + 12))) && !missed()) || /\b(?:year|half|quarter|period)\s+(?:to|ending)\s+$/i.test(text.slice(Math.max(0, span.start - 16), span.start));
    // "from June 29 to Wednesday": a stretch written as two days is two dates, each shown as written.
    const join = r.end ? RANGE_JOIN.exec(shown) : null;
    if (join && r.end) {
      const second = span.start + join.index + join[0].length;
      // ("flu cases rose 27 per cent in the week to Saturday": a week counted up to a day is no day of its own, and
      // figures reported for it end on a day past.)
      const weekTo = WEEK_SPAN.test(shown.slice(0, join.index));
      for (const [part, at, c] of [[shown.slice(0, join.index), span.start, r.start], [shown.slice(join.index + join[0].length), second, r.end]] as const) {
        if (weekTo && at === span.start) continue;
        const dow = WEEKDAYS.findIndex((w) => part.toLowerCase().startsWith(w));
        // ("from 2 June to 15 September": chrono reads the first day as the 15th of June; a part that names its own day
        // and month is read on its own.)
        const dayMonth = at === span.start ? DAY_MONTH.exec(part)?.[0] : undefined;
        const own = dayMonth ? chrono.parse(dayMonth, ref)[0]?.start : undefined;
        const d = weekTo && pubDay && dow >= 0 ? resolveWeekday(dow, pubDay, false) : resolveChrono(own ?? c, part, pubDay, at === span.start ? isFuture : future(text, at));
        if (d) dates.push({ start: at, end: at + part.length, text: part, date: d, kind: MONTH_OR_NUMERIC.test(part) ? "absolute" : "relative" });
      }
      // ("records for the period from 1 February to 31 July", late in the year: a stretch begins before it ends, so a
      // start read as next year's, past an end read as this year's, is this year's.)
      const [first, last] = dates.slice(-2);
      if (first && last && first.start === span.start && last.start === second && first.date > last.date && !/\d{4}/.test(first.text)) {
        dates[dates.length - 2] = { ...first, date: `${Number(first.date.slice(0, 4)) - 1}${first.date.slice(4)}` };
      }
      continue;
    }
    // "on March 3 last year": a month and day with the year named after them in words.
    // ("set down for hearing on February 16 next year": and the year after publication's.)
    // (The span keeps the words that name the year: they are what the day was resolved by.)
    const yearWords = /\b\d{4}\b/.test(shown) ? null : /^,?\s+(last|next) year\b/i.exec(text.slice(span.end, span.end + 12));
    const named = yearWords?.[1]?.toLowerCase();
    if (yearWords) { span.end += yearWords[0].length; shown += yearWords[0]; }
    const resolved = resolveChrono(r.start, r.text, pubDay, isFuture);
    // ("between 1 September and 15 December 2025": a range's first day takes the year written at its end.)
    const rangeYear = !/\b\d{4}\b/.test(shown) && !named ? RANGE_END_YEAR.exec(text.slice(span.end, span.end + 40))?.[1] : undefined;
    // ("the summer of 2024, when farmers blocked the road on August 9": a day in a clause about a year named before it is
    // that year's.)
    // ("The last standoff, in 2019, ended on 3 September that year": or one "that year" names back.)
    const thatYear = /^\s+that\s+year\b/i.test(text.slice(span.end, span.end + 12)) ? LAST_YEAR_NAMED.exec(text.slice(Math.max(0, span.start - 160), span.start))?.[1] : undefined;
    const whenYear = !/\b\d{4}\b/.test(shown) && !named && !rangeYear && r.start.isCertain("day") ? thatYear ?? WHEN_OF_YEAR.exec(text.slice(Math.max(0, span.start - 160), span.start))?.[1] : undefined;
    const inRange = resolved && !/\b\d{4}\b/.test(shown) ? laterEndOfRange(text, dates.at(-1), span.start, resolved) : undefined;
    const day = named && resolved && pubDay ? `${Number(pubDay.slice(0, 4)) + (named === "last" ? -1 : 1)}${resolved.slice(4)}` : rangeYear && resolved && r.start.isCertain("day") ? `${rangeYear}${resolved.slice(4)}` : whenYear && resolved ? `${whenYear}${resolved.slice(4)}` : inRange ?? resolved;
    const kind = MONTH_OR_NUMERIC.test(r.text) ? "absolute" : "relative";
    // chrono keeps "on" in "on Monday" but not "from" or "until": the span shows the preposition the same way for all of them.
    const prep = kind === "relative" && !/^on\b/i.test(shown) ? WEEKDAY_PREP.exec(text.slice(Math.max(0, span.start - 12), span.start))?.[0] ?? "" : "";
    // ("The council is due to vote on Thursday … regardless of Thursday's vote": a weekday's possessive names the day the
    // story gave that weekday before, where every earlier mention of it, each "on <weekday>", gave the same day; not
    // after "on Monday … next Monday", nor after "from Sunday", which may be a stretch's start.)
    const same = possessive && !ahead && BARE_WEEKDAY.test(shown) ? dates.filter((d) => weekdayOf(d.text) === weekdayOf(shown)) : [];
    const before = same.length && same.every((d) => d.date === same[0]?.date && /^(?:on\s+)?\p{L}+day$/iu.test(d.text)) ? same[0] : undefined;
    if (day) dates.push({ ...span, start: span.start - prep.length, text: prep + shown, date: before?.date ?? day, kind });
  }
  for (const m of text.matchAll(LAST_WEEK)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (!pubDay || dates.some((d) => d.start < span.end && span.start < d.end)) continue;
    dates.push({ ...span, text: m[0], date: addDays(pubDay, -7), kind: "relative" });
    spans.push(span);
  }
  // "the following day" counts from the latest date written before it, else from publication; in a clause about
  // the past it skips dates still ahead ("an auction set for Oct. 15 … filed suit the following day" follows Aug. 13).
  for (const m of anchored) {
    const clause = clauseBefore(text, m.index, true);
    // ("… revoked the licence on May 8 … an instalment that fell due on January 31. The following day, …": a date inside
    // a relative clause of an earlier sentence describes something else and is no anchor; "a rights issue that closed on
    // March 5, with the shares admitted the following day" in the same sentence is.)
    const relative = (d: DateRef) => d.start < m.index - clause.length && /\b(?:that|which)\s+(?:[\p{L}'’-]+\s+){1,4}(?:on\s+)?$/u.test(clauseBefore(text, d.start));
    // ("The expansion … was due to begin operating on June 1, 2026 … Gulfstar responded the following day": a date an
    // earlier sentence gives as a schedule that was not kept is no event a later one follows.)
    const unkept = (d: DateRef) => d.start < m.index - clause.length && /\b(?:was|were|had been)\s+(?:due|scheduled|expected|set|supposed)\s+to\b/i.test(clauseBefore(text, d.start));
    const earlier = [...dates].filter((d) => d.end <= m.index && !relative(d) && !unkept(d)).sort((a, b) => b.start - a.start);
    // ("said the full Senate was likely to take the bill up on Dec. 2, with the Assembly voting the following day": what
    // is likely, poised or planned is told ahead of it, not after.)
    const told = /\b(?:was|were|had|did|\w+ed)\b/i.test(clause) && !/\b(?:is|are|will|would|expected|scheduled|due|set|likely|poised|planned)\b/i.test(clause);
    const past = pubDay && told && !future(text, m.index) ? earlier.find((d) => d.date < pubDay) : undefined;
    // ("Kalgut-Vostok rejected the allegations the same day": the day of the dated event told just before; not "we will
    // drop that supplier the same day" or "the vessel could be cleared the same day", no day at all, nor a quote's.)
    if (/^the\s+same\b/i.test(m[0]) && (!past || /\b(?:could|can|may|might|should|must)\b/i.test(clause) || quoted(text, m.index))) continue;
    const anchor = past?.date ?? earlier[0]?.date ?? pubDay;
    if (anchor) dates.push({ start: m.index, end: m.index + m[0].length, text: m[0], date: addDays(anchor, anchoredShift(m)), kind: "relative" });
  }
  return { dates: withDateInBrackets(text, dates.sort((a, b) => a.start - b.start).map((d) => withDayInBrackets(text, d))), spans };
}

/**
 * ("on Monday (March 2)", "Tuesday (Apr. 14)": Brazilian and Portuguese copy in English writes the date in brackets
 * after the weekday; where the date falls on that weekday they are one expression, dated by the date, whichever week
 * the weekday alone would have been read in.)
 */
function withDateInBrackets(text: string, dates: DateRef[]): DateRef[] {
  const out: DateRef[] = [];
  for (const d of dates) {
    const prev = out.at(-1);
    const named = prev && /^\s*\($/.test(text.slice(prev.end, d.start)) && text[d.end] === ")" ? /^(?:on\s+|last\s+|next\s+|this\s+)?(\p{L}{3})\p{L}*day$/iu.exec(prev.text)?.[1]?.toLowerCase() : undefined;
    if (prev && named !== undefined && WEEKDAYS[weekday(d.date.slice(0, 10))] === named) {
      out[out.length - 1] = { ...d, start: prev.start, end: d.end + 1, text: text.slice(prev.start, d.end + 1) };
    } else out.push(d);
  }
  return out;
}

/** ("yesterday (16)", "next Monday (21)": Sri Lankan papers write the day of the month in brackets after a relative day; it is part of the span.) */
function withDayInBrackets(text: string, d: DateRef): DateRef {
  const day = /^ \((\d{1,2})\)/.exec(text.slice(d.end, d.end + 6));
  if (!day?.[1] || d.kind !== "relative" || Number(day[1]) !== Number(d.date.slice(8, 10))) return d;
  return { ...d, end: d.end + day[0].length, text: d.text + day[0] };
}

/**
 * "on the morning of Oct. 14, 2023": chrono reads the part of the day as the date and leaves the day uncertain,
 * so the words after "of" are read again on their own (offsets kept). ("applied to miners from 1 May": it reads
 * "from 1" as one o'clock too, so the day and month after "from" are read again the same way.)
 */
function withoutPartOfDay(r: chrono.ParsedResult, ref: chrono.ParsingReference): chrono.ParsedResult {
  const lead = /^(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+/i.exec(r.text)?.[0] ?? /^from\s+(?=\d{1,2}\s+\p{Lu}\p{Ll}+[,.]?\s*$)/u.exec(r.text)?.[0];
  if (!lead || r.start.isCertain("day")) return r;
  return readAgain(r, lead.length, r.text.length, ref);
}

/**
 * ("fell to $1.16 yesterday": chrono reads a price before a day word as the hour of that day; "their decline since May
 * 12 to 19 per cent": and a percentage after a day as the end of a stretch of days; "Friday 6 March, 49 of them": and
 * a count after a comma as the year.) The day is read again without the figure, which is left to the figures.
 */
function withoutFigure(text: string, r: chrono.ParsedResult, ref: chrono.ParsingReference): chrono.ParsedResult {
  const price = /^\d[\d.,]*\s+(?=\p{L})/u.exec(r.text)?.[0];
  if (price && MONEY_BEFORE.test(text.slice(Math.max(0, r.index - 5), r.index))) return readAgain(r, price.length, r.text.length, ref);
  const stretch = /^(.*\d)\s+(?:to|-|–)\s+\d{1,2}$/.exec(r.text)?.[1];
  if (stretch && PERCENT_AFTER.test(text.slice(r.index + r.text.length, r.index + r.text.length + 9))) return readAgain(r, 0, stretch.length, ref);
  // ("73 representations by Friday 6 March, 49 of them objections": two digits after the month's comma count something;
  // a year written after a comma has four.)
  const counted = /^(.*[\p{L}\p{N}])\s*,\s*\d{2}$/u.exec(r.text)?.[1];
  if (counted && /^\s+\p{Ll}/u.test(text.slice(r.index + r.text.length, r.index + r.text.length + 4))) return readAgain(r, 0, counted.length, ref);
  return r;
}

/** `r`'s words from `from` to `to` read again alone, the result placed where they stand (or `r` when they read as no date of their own). */
function readAgain(r: chrono.ParsedResult, from: number, to: number, ref: chrono.ParsingReference): chrono.ParsedResult {
  const again = chrono.parse(r.text.slice(from, to), ref)[0];
  if (!again || again.index !== 0) return r;
  return Object.assign(Object.create(Object.getPrototypeOf(again) as object) as chrono.ParsedResult, again, { index: r.index + from });
}

/**
 * ("Târgoviște, Oct. 15 - The Dâmbovița Tribunal …": chrono reads a dateline's dash and the capital letter after "The"
 * as a time zone, which moves the day; the day before the dash is read again alone, its offset kept.)
 */
function withoutDatelineDash(r: chrono.ParsedResult, ref: chrono.ParsingReference): chrono.ParsedResult {
  const dash = /\s+[-–—]\s+The\s+\p{Lu}$/u.exec(r.text);
  return dash ? readAgain(r, 0, dash.index, ref) : r;
}

/** "36 hours before the test": an offset in hours from an event is a length of time (a figure), not a calendar day. */
const HOURS_OFFSET = new RegExp(String.raw`^${COUNT}\s+(?:hours?|minutes?|seconds?)\b`, "i");
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
const BARE_WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
/** The weekday a relative date names ("on Thursday", "last Friday"), lower case, or undefined. */
const weekdayOf = (s: string) => /\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.exec(s)?.[1]?.toLowerCase();
const WEEK_SPAN = /^(?:(?:in|for|during|over)\s+)?the\s+(?:week|fortnight)$/i;
/** "29/32" and "1/2" are fractions (bond prices, halves); "in the day", "the last five days" are spans ("would last two hours": so is a stretch of hours). */
const NOT_A_DATE = /^lasts?$|^in the year$|^(?:in|for|during|over) the week$|^after\s+\S+\s+(?:days?|weeks?)$|^\d{1,2}\/\d{1,2}$|^in the day$|^in a second$|^(?:sat|sun|wed|mon|tue|thu|fri)$|^(?:the\s+)?(?:last|past|next|previous)\s+(?:\w+\s+)?(?:days|weeks|months|years|hours|minutes)$/i;
const DAY_WORD = /\b(?:yesterday|today|tomorrow|tonight|week|month|year|day|morning|afternoon|evening|night)\b/i;
const CLOCK = /\d[:.]\d\d|\b(?:am|pm|a\.m\.|p\.m\.|noon|midnight|o'clock)\b/i;
/** chrono also reads lone numbers as hours ("at 17", "36 hours before"); only a day, a day word or a written clock time counts. */
function namesADay(r: chrono.ParsedResult): boolean {
  const s = r.start;
  return s.isCertain("day") || s.isCertain("weekday") || s.isCertain("month") || DAY_WORD.test(r.text) || CLOCK.test(r.text);
}

function anchoredShift(m: RegExpMatchArray): number {
  const [, which, count, dir, dayDir] = m;
  if (which) return { previous: -1, same: 0 }[which.toLowerCase()] ?? 1;
  if (dayDir) return dayDir.toLowerCase() === "before" ? -1 : 1;
  const n = COUNTS[(count ?? "").toLowerCase()] ?? Number(count);
  return /later|after/i.test(dir ?? "") ? n : -n;
}

function resolveChrono(s: chrono.ParsedComponents, written: string, pubDay: string | undefined, isFuture: boolean): string | undefined {
  // "late last night" in a 6 am paper is the evening before publication day (chrono counts the small hours as that night).
  if (pubDay && /^(?:late\s+)?last\s+(?:night|evening)$/i.test(written.trim())) return addDays(pubDay, -1);
  const day = ymd(s.get("year") ?? 0, s.get("month") ?? 0, s.get("day") ?? 0);
  if (s.isCertain("day") && !s.isCertain("year") && pubDay && MONTH_OR_NUMERIC.test(written)) return inPublicationYear(s, pubDay, isFuture);
  if (s.isCertain("day")) return pubDay || s.isCertain("year") ? day : undefined;
  if (pubDay && s.isCertain("weekday") && /\bnext\b/i.test(written)) return nextWeekday(s.get("weekday") ?? 0, pubDay);
  if (pubDay && s.isCertain("weekday") && /\blast\b/i.test(written)) return lastWeekday(s.get("weekday") ?? 0, pubDay);
  // ("fishermen this Wednesday demanded compensation", in Thursday's paper: "this" names the weekday of the current week,
  // behind publication for a deed done and ahead for a plan, as a bare weekday; chrono always looks ahead.)
  if (pubDay && s.isCertain("weekday") && /\bthis\b/i.test(written)) return resolveWeekday(s.get("weekday") ?? 0, pubDay, isFuture);
  if (!s.isCertain("weekday") || !pubDay || /\blast\b/i.test(written)) return pubDay && s.isCertain("weekday") ? day : undefined;
  return resolveWeekday(s.get("weekday") ?? 0, pubDay, isFuture);
}

/**
 * "the March 21 call" in a November article is last March: a month and day without a year fall in the
 * publication year (chrono would take the nearest one), unless the sentence looks forward to a day
 * already past this year ("will start on Feb. 1" in December), which is next year's.
 */
function inPublicationYear(s: chrono.ParsedComponents, pubDay: string, isFuture: boolean): string {
  const year = Number(pubDay.slice(0, 4));
  const day = ymd(year, s.get("month") ?? 0, s.get("day") ?? 0);
  // "had until Nov. 1" in a Nov. 18 article is this year's; a plan for a day months behind us is next year's.
  if (isFuture && day < addDays(pubDay, -60)) return ymd(year + 1, s.get("month") ?? 0, s.get("day") ?? 0);
  // "the rule, finalised on Dec. 9" in a June article is last December's: a past event months after publication is last year's.
  if (!isFuture && day > addDays(pubDay, 120)) return ymd(year - 1, s.get("month") ?? 0, s.get("day") ?? 0);
  return day;
}

/** A bare weekday in news copy means the latest such day up to publication, or the next one for future plans. */
export function resolveWeekday(dow: number, pubDay: string, future: boolean): string {
  const diff = (dow - weekday(pubDay) + 7) % 7;
  // "will announce the terms later on Wednesday" in Wednesday's paper is that day; a week ahead is written "next Wednesday".
  if (future) return addDays(pubDay, diff);
  return addDays(pubDay, -((weekday(pubDay) - dow + 7) % 7));
}

/**
 * "last Wednesday" is the latest Wednesday before publication, except the day before it, which copy calls
 * "yesterday" or "on Wednesday": "last Wednesday" in Thursday's paper is eight days back (and "last Thursday" seven).
 */
function lastWeekday(dow: number, pubDay: string): string {
  const back = (weekday(pubDay) - dow + 7) % 7;
  return addDays(pubDay, -(back <= 1 ? back + 7 : back));
}

/**
 * "next Thursday" is the first Thursday after publication (chrono takes the one of next week, which
 * on a Monday is ten days away), except the day after publication, which would be written "tomorrow":
 * "next Thursday" in Wednesday's paper is eight days away.
 */
function nextWeekday(dow: number, pubDay: string): string {
  const diff = (dow - weekday(pubDay) + 7) % 7;
  return addDays(pubDay, diff <= 1 ? diff + 7 : diff);
}

/** Whether a position is inside a quotation: an odd count of straight marks, or a curly one left open, since its paragraph began. */
function quoted(text: string, at: number): boolean {
  const paragraph = text.slice(Math.max(0, text.lastIndexOf("\n", at)), at);
  return (paragraph.match(/"/g) ?? []).length % 2 === 1 || paragraph.lastIndexOf("“") > paragraph.lastIndexOf("”");
}

/** The words of the sentence before a position (from its last full stop or line break). */
// ("with the U.S. Environmental Protection Agency on Thursday": an initial's stop ends no sentence; for the day an
// anchored day follows, nor does a month's, "starting in Mocuba on Feb. 23 and in Namacurra the following day", whose
// date must not read as an earlier sentence's.)
const MONTH_ABBREV_BEFORE = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
function clauseBefore(text: string, at: number, pastMonths = false): string {
  let stop = text.lastIndexOf(". ", at);
  while (stop > 0 && (/(?:^|[\s.(])\p{Lu}$/u.test(text.slice(Math.max(0, stop - 2), stop)) || (pastMonths && MONTH_ABBREV_BEFORE.test(text.slice(Math.max(0, stop - 5), stop))))) stop = text.lastIndexOf(". ", stop - 1);
  return text.slice(Math.max(stop, text.lastIndexOf("\n", at), 0), at);
}

/**
 * A weekday looks forward when a future word precedes it in its sentence ("would challenge ... on
 * Friday"), unless it dates the statement itself ("said on Friday that it would").
 */
function future(text: string, at: number): boolean {
  const before = clauseBefore(text, at);
  // ("12 bookings had been cancelled since Monday": a day something has gone on since is past.)
  if (/\bsince\s+$/i.test(before)) return false;
  // ("called both sides to a meeting on Thursday, where the mill agreed to release …": a meeting told with what was done at
  // it has been held.)
  if (/^(?:on\s+)?[\p{L}.]+,\s+(?:where|at which)\s+[^.;"“]*?\b(?:\p{Ll}+ed|said|met|made|gave|took|won|lost)\b/u.test(text.slice(at, at + 120))) return false;
  // ("a claim the firm's chief executive on Monday called \"simply wrong\"": a weekday right before a past verb dates it,
  // whatever future word the clause holds before it.)
  if (/^(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:\p{Ll}+ed|said|told|wrote|met|sent|took|gave|won|lost)\b/u.test(text.slice(at, at + 40))) return false;
  // "did not receive it until Tuesday": "until" after a past verb in the clause looks back.
  // ("an inspection that ran from Jan. 12": "from" after a past verb too.)
  // ("ordered schools to close from Wednesday" still looks forward: the past verb must stand right before "from".)
  // ("has asked the ministry for an exemption … until January 31": what was asked for lasts until a day ahead.)
  // ("the company had until Friday to pay": a deadline given in the past for something still to do lies ahead.)
  const pastUntil = /\buntil\s+$/i.test(before) && /\b(?:did|didn't|had|was|were|\w+ed)\b[^,;]*$/i.test(before) && !/\b(?:asked|requested|sought|proposed)\b[^,;]*\buntil\s+$/i.test(before) && !/^[\p{L}.]+(?:\s+\d{1,2})?\s+to\s+\p{Ll}/u.test(text.slice(at, at + 40));
  const pastFrom = /\b(?:ran|lasted|was|were|began|\w+ed)\s+from\s+$/i.test(before);
  // ("insurers had received about 5,900 claims by Monday": "by" after the past perfect looks back too.)
  const pastBy = /\bby\s+$/i.test(before) && /\bhad\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+(?:ed|en|t)\b(?:[^,;]|,\d)*$/u.test(before);
  // ("By Wednesday, some 260 containers were sitting on the dock": a sentence that opens with "by" and the day, then
  // tells its clause in the past, looks back.)
  // ("By Wednesday evening more than 600 containers were waiting": without the comma too.)
  const pastOpening = /^\s*(?:by|until)\s+$/i.test(before) && /^[\p{L}.]+(?:\s+\p{L}+)?,?\s+[^.;]*?\b(?:was|were|had|did)\b/iu.test(text.slice(at, at + 120));
  // ("a tariff increase that EDL applied to digital-asset miners from 1 May": a day and month after "from", a few words
  // after a past verb, in a sentence with no future word, is when something past began; not after a verb of intent,
  // "had planned to introduce the change from 1 September", whose day may lie ahead.)
  const pastStart = /\bfrom\s+$/i.test(before) && /^\d{1,2}\s+\p{Lu}\p{Ll}+|^\p{Lu}\p{Ll}+\.?\s+\d/u.test(text.slice(at, at + 16)) && /\b(?!(?:planned|decided|agreed|wanted|hoped|intended|expected|scheduled|proposed|aimed|sought|ordered|asked|urged|instructed|required|allowed|permitted|directed|needed|prepared)\b)\w+ed\s+(?:[\w-]+\s+){0,4}from\s+$/i.test(before) && !FUTURE_ANYWHERE.test(before);
  // ("a meeting that had been scheduled for Monday was cancelled": a schedule told in the past perfect and then called
  // off was for a day past; "He said a meeting had been scheduled for Friday", reported, still lies ahead.)
  const pastFor = /\bhad\s+been\s+(?:scheduled|planned|set|booked|fixed)\s+for\s+$/i.test(before) && /^[^.;]*?\b(?:was|were|had\s+been)\s+(?:cancel+ed|called\s+off|postponed|scrapped|abandoned|dropped)\b/i.test(text.slice(at, at + 120));
  if (pastFor) return false;
  if (FUTURE_NEAR.test(before) && !pastUntil && !pastFrom && !pastBy && !pastOpening && !pastStart) return true;
  // ("sales rose 4% in the week ending Sunday": figures counted up to a day report a day past.)
  if (/\bweek\s+(?:ending|ended)\s+(?:on\s+)?$/i.test(before)) return false;
  // ("a premium of 41% to Castellan's closing price on Friday": a market's close is a day past, whatever the deal will do.)
  if (/\b(?:closing price|closing level|(?<!\b(?:will|to|would|may|could)\s)closed)\s+(?:on\s+)?$/i.test(before)) return false;
  // "according to a report released Monday": a participle of publishing right before the weekday dates something done.
  // ("is expected to be issued on Friday" still looks forward; "the supply contract signed on 1 September", after "since the
  // start of the season", dates a thing done.)
  // ("…, Latvian Radio reported on Monday": what was reported is dated by the report, a day past.)
  if (/(?<!\bbe\s)\b(?:released|published|issued|filed|unveiled|posted|announced|signed|ratified|concluded|reported)\s+(?:on\s+)?$/i.test(before)) return false;
  const futures = [...before.matchAll(FUTURE)];
  const last = futures.at(-1);
  if (!last) return false;
  // "will raise taxes after councillors approved the budget late on Tuesday": a past clause opened after the future word dates the weekday.
  const rest = before.slice(last.index + last[0].length);
  if (PAST_CLAUSE.test(rest)) return false;
  // ("will challenge a decision …, a setback that sent the junior's shares down 23% on Monday": a relative clause told in
  // the past, after the future word and with no comma after it, dates the weekday.)
  if (/\b(?:that|which)\s+(?:\w+ed|sent|sold|cut|made|took|put|set|hit|drove|led|left|gave|brought)\b[^,;]*$/i.test(rest)) return false;
  // ("had offered to lower its demand …, but that the health system walked away on Monday": an offer looks ahead only
  // within its own clause.)
  if (/^(?:offered|offers|proposed|proposes|promised|promises|pledged|pledges)\b/i.test(last[0]) && /[,;"“”]|\b\p{Ll}+ed\b/u.test(rest)) return false;
  // ("will stage a strike next Thursday …, after talks at the Ministry of Labour and Social Security ended on Monday":
  // however long the subject, a past verb right before the weekday, in a clause opened after the future word, dates it.)
  // ("… from next Monday, after talks with the operator broke down late on Tuesday": a phrasal verb's particle may stand between.)
  if (/\b(?:after|when|once|because|since)\s[^,;]*\b(?:\w+ed|met|broke|began|ran|fell|rose)\s+(?:(?:down|off|up|out)\s+)?(?:(?:late|early)\s+)?(?:on\s+)?$/i.test(rest)) return false;
  // ("At a news conference later Wednesday, he said …": "later" that day, in a sentence told in the past, is no day ahead.)
  if (/^later$/i.test(last[0]) && /^\s*(?:on\s+)?$/i.test(rest) && futures.length === 1 && /^[\p{L}]+,?\s+[^.;]*?\b(?:said|told|added|was|were|had)\b/u.test(text.slice(at, at + 120)) && !/^[^.;]*\b(?:will|would)\b/.test(text.slice(at, at + 120))) return false;
  // ("… will leave hayfields parched, a charge the company flatly rejected on Monday": a clause after a comma whose past
  // verb stands right before the weekday dates it, whatever the clause before it foresaw.)
  if (/,\s[^,;]*\b(?!(?:expected|scheduled|planned|slated|proposed|intended|timed)\b)\p{Ll}{3,}ed\s+(?:(?:late|early)\s+)?(?:on\s+)?$/u.test(rest)) return false;
  // ("called on government to set up a committee … during a meeting with the cooperative in Kumba on Friday": the
  // meeting where the call was made is past; what was called for has no day.)
  if (/^(?:asked|urged|invited|pressed|called on)\b/i.test(last[0]) && /\b(?:during|at)\s+(?:a|an|the)\s+[^,;]*?\b(?:meeting|visit|hearing|rally|briefing|conference|ceremony|session)\b[^,;]*$/i.test(rest)) return false;
  // ("could take 12 days to count ballots dropped off on Tuesday": after a mere possibility, a participle dates something done.)
  // ("a term sheet could be signed as early as Friday": a passive's participle is the possibility itself.)
  if (/^(?:could|may|might)$/i.test(last[0]) && /(?<!\bbe\s)\b[a-z]+ed\b/i.test(rest)) return false;
  // ("'… would not even return our calls,' the CEO said in a statement Wednesday": a quotation's future word, and the speech is what is dated.)
  if (/["”],?\s+[^"“”]*\b(?:said|told|wrote|added)\b[^"“”]*$/i.test(rest)) return false;
  // ("Marsa Holding, which founded the company and will retain 15 per cent, said in a statement on Friday": a relative
  // clause's future closed by its comma, the main verb's saying is what is dated.)
  if (/,\s+(?:said|announced|confirmed|told\s+\w+)\s+(?:in\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,4}?(?:filing|statement|release|letter|notice|post|report)\s+)?(?:late\s+|early\s+)?(?:on\s+)?$/iu.test(rest)) return false;
  // ("… plans to lay off 380 people …, the company said in a stock exchange filing on Thursday": an attribution closing
  // the sentence, with the channel it used, dates the statement.)
  if (/,\s+(?:the\s+|a\s+|its\s+)?[\p{L}'’ -]{1,60}?\b(?:said|announced|confirmed|disclosed|wrote)\s+in\s+(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,4}?(?:filing|statement|release|letter|notice|post|report)\s+(?:late\s+|early\s+)?(?:on\s+)?$/iu.test(rest)) return false;
  return !/\b(said|says|announced|told \w+|confirmed)\s*$/i.test(before);
}
