import { after, notAfter } from "../text/regex";

export type SpeechAct = { act: string; start: number; end: number; negative: boolean; fallback: string; characterises: boolean };

type Rule = { re: RegExp; act: string; fallback: string; negative?: boolean; characterises?: boolean };
/** What a clause may open with after a verb of assertion ("argue that …", "insist the …", "argue it …"). */
const CLAUSE_START = "that|the|it|its|he|she|they|we";
/**
 * A verb's bare present ("Economists warn that …", "Developers argue the …") attributes only right before its clause,
 * and never after "to" ("prompted users to argue …").
 */
const presentBefore = (verb: string, next = "that") => String.raw`${notAfter(String.raw`\bto\s`, verb)}(?=\s+(?:${next})\b)`;
/** Groups whose stated view is a claim ("Analysts were skeptical that …"). */
const VIEW_HOLDERS = String.raw`(?:analysts|economists|investors|experts|traders|observers|critics|residents|farmers|growers|brokers|bankers|lawyers)`;
/** Verbs that attribute a statement, with the predicate a claim falls back to when its content matches no rule. */
const RULES: Rule[] = [
  { re: new RegExp(String.raw`\b(said|says|say|stated|${notAfter(String.raw`\d\s|\b(?:the|these|other|member|several|many|some|all|of|in|by|between|among|two|three|four|five)\s`, "states")}|told|tells|added|retorted|retorts|countered|pointed out(?=\s+that\b)|indicated(?=\s+that\b)|noted|${presentBefore("note")}|wrote|reported|showed|shows|show(?!\s*[,.])(?<=\b(?:[Ff]igures|[Dd]ata|[Ss]tatistics|[Rr]ecords|[Rr]esults|[Nn]umbers|[Ee]stimates|[Ss]urveys|[Pp]olls)\s[^.;"“”]{0,80}show))\b`), act: "said", fallback: "states" },
  // "estimated"/"projected" attribute only before a clause, a name or a measured thing ("estimated that …", "projects Lumora will …",
  // "estimated the project's value at …"), never as an adjective ("an estimated 25,000").
  { re: new RegExp(String.raw`\b(expects|expected|${after(String.raw`\b[A-Za-z]+s\s`, "fear|feared")}(?=\s+(?:that\s|(?:the\s+)?(?:[\w-]+\s+){1,2}(?:could|would|will|might|may)\b))|expect(?=\s+(?:the|that|it|a|an)\b|\s+(?:[a-z]+\s+){1,3}to\s)|believes(?=\s+(?:that|the|it|this|there)\b)|${after(String.raw`\b[A-Za-z]+s\s+`, "believe")}(?=\s+(?:that|the|it|this|there)\b)|forecasts|predicted|predicts|${notAfter(String.raw`\b(?:an|the|was|were|is|are|been|be|being)\s`, "estimated|estimates|estimate|projected|projects")}(?=\s+(?:that|there|it|in|on|the|its|their|any|total|annual|losses|costs|damages|[a-z]+\s+(?:could|would|will|might|may))\b|\s+[A-Z])|${after(String.raw`(?:\b(?:he|she|they|[A-Z][a-z]+)|,)\s`, "forecast")}(?=\s+(?:that\s|(?:[a-z]+\s+){1,2}(?:could|would|will|might|may)\b|(?:revenue|sales|earnings|profit|growth|output|demand)\b)))\b`), act: "expected", fallback: "states" },
  // A finding or a recommendation is the body's own statement: "An independent commission found that …".
  // ("urged the parties to": the ones urged may take a few words; 'urged both sides "to get round the table"': the
  // demand may open a quotation.)
  { re: /\b(found|finds|concluded|concludes|ruled|rules|recommended|recommends|urged|urges|directed|instructed)\b(?=\s+(?:(?:in|on|last)\s+\w+\s+|in\s+an?\s+(?:[\w-]+\s+){0,2}(?:opinion|judgment|judgement|decision|ruling|order|report|statement)\s+)?(?:that|approval|rejection|(?:\w+\s+){1,3}["“]?to)\b)/, act: "said", fallback: "states" },
  { re: /\b(welcomed|welcomes|praised|criticised|criticized|apologi[sz]ed)\b/, act: "said", fallback: "states" },
  // ("He stressed, however, that Tallinn …": stressing that is saying it.)
  { re: /\b(stressed|stresses|emphasi[sz]ed|emphasi[sz]es|underlined|underlines)\b(?=,?\s+(?:however,\s+|again,?\s+|also\s+)?that\b)/, act: "said", fallback: "states" },
  // ("Analysts were skeptical that shifting work to Poland would fix it", "Analysts were broadly positive about the deal":
  // a group's stated view.)
  { re: new RegExp(String.raw`${after(String.raw`\b${VIEW_HOLDERS}\s+`, "were|are")}\s+(?:broadly\s+|largely\s+|generally\s+|deeply\s+)?(?:skeptical|sceptical|doubtful|unconvinced)(?=\s+(?:that|about|whether)\b)|${after(String.raw`\b${VIEW_HOLDERS}\s+`, "were|are")}\s+(?:broadly\s+|largely\s+|generally\s+)?(?:positive|upbeat|optimistic)(?=\s+(?:about|on|over)\b)`, "i"), act: "said", fallback: "states" },
  { re: new RegExp(String.raw`\b(reaffirmed|reaffirms|reiterated|reiterates|${notAfter(String.raw`\b(?:as|while|when|after)\s+\w+\s`, "questioned")}|questions(?=\s+(?:why|whether|how|the))|queried)\b`), act: "said", fallback: "states" },
  // "points out", "pledged to", "defended the decision, saying": the speaker's own words, reported.
  // (Not "a video message posted on social media, he said": what was posted is the channel, its verb a participle.)
  // ("a hydrogeologist who reviewed the reports at night, said": "reports" after an article is the noun, and "at" is no "a".)
  // ("One grower, who supplies Sunmilla and asked not to be named, said": asking not to be named is no speech.)
  { re: new RegExp(String.raw`\b(quipped|joked|wondered|${notAfter(String.raw`(?:being|been|was|were|is|are|be|get|got)\s`, "asked")}(?!\s+not\s+to\s+be\b)|testified|confessed|replied|responded(?: that|(?=\s+when\b|[.,]))|${notAfter(String.raw`\b(?:the|these|those|its|their|his|her|our|media|news|press)\s`, "reports")}(?=\s+(?:that\s+)?(?:(?:the|a|an|its)\b|[A-Z]))|recalled that|recalls that|points out|pointed out|notes|writes|observed|remarked|commented|tweeted|${notAfter(String.raw`(?:message|video|statement|letter|note|photo|clip|comment)\s`, "posted on")}|pledged|pledges|promised|promises|vowed|vows|defended|defends)\b`), act: "said", fallback: "states" },
  { re: /\b(cried foul|condemned|condemns|slammed|slams)\b/, act: "claimed", fallback: "accuses" },
  // ("'My clients woke up …,' he submitted", "counsel submitted that the lease was void": what counsel puts to a court;
  // not "submitted a bid", "submitted an assessment".)
  // (The word first, then what stands before it: a pattern that opens with a look behind is tried at every position.)
  { re: /\bsubmitted(?:(?<=["”],?\s+(?:he|she|they|\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\s+submitted)\b|(?=\s+that\b))/u, act: "said", fallback: "states" },
  // ("He charged that at least 180 of the positions …": to charge that a thing is so is to accuse; not "wharf charges that …".)
  { re: /\b(charged)(?=\s+that\b)/, act: "claimed", fallback: "accuses" },
  // ("residents of villages near Chachro complained that they were still waiting": a grievance told is an accusation.)
  // (Not in a clause of time or cause: "suspended the plantation after villagers complained that …".)
  { re: new RegExp(String.raw`\b(${notAfter(String.raw`\b(?:after|when|because|since|until|once|as)\s+(?:[\w'’-]+\s+){1,3}`, String.raw`complained|complains|${after(String.raw`\b(?:[A-Za-z]+s|[A-Za-z]*men|people)\s+`, "complain")}`)})(?=\s+that\b)`), act: "claimed", fallback: "accuses" },
  // ("Fishermen in Fayoum blame a salt extraction plant for shrinking catches": the present plural after a plural subject.)
  { re: new RegExp(String.raw`\b(${after(String.raw`\b(?:[A-Za-z]+s|[A-Za-z]*men|people)(?:\s+in\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})?\s+`, "blame")})(?=\s+(?:the|a|an|its|their)\b)`), act: "claimed", fallback: "accuses" },
  // ("declined to comment on Energía Sabana's claims", "the workers' claims": after a possessive "claims" is the noun.)
  { re: new RegExp(String.raw`\b(claimed|${notAfter(String.raw`[\d,]\d\s|\b(?:the|these|other|of|its|their|some|all|many)\s|[\wÀ-ɏ]['’]s?\s`, "claims")}|${notAfter(String.raw`\b(?:[Tt]hat|[Tt]he|[Tt]his|[Aa]|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]hese|[Tt]hose|[Aa]ny|[Nn]o|of)\s`, "claim")}|alleged|alleges)\b`), act: "claimed", fallback: "claims" },
  // ("Community leaders accuse the miner of …": the present plural after a plural subject.)
  // ("Fishermen also accuse the plant of …": a plural in "-men" or "people", and an adverb between.)
  { re: new RegExp(String.raw`\b(accused|accuses|${after(String.raw`\b(?:[A-Za-z]+s|[A-Za-z]*men|people)\s+(?:(?:also|now|still|further|even)\s+)?`, "accuse")}(?=\s+(?:the|a|an|its|their|him|her|them|\p{Lu}\p{L}*)\b))\b`, "u"), act: "claimed", fallback: "accuses" },
  // ("Darbi maintains that it notified the LTRC": present "maintains" only before what is maintained to be so, not
  // "where the group maintains a political office".)
  { re: new RegExp(String.raw`\b(asserted|asserts|maintained|maintains(?=\s+(?:that|it|its|he|she|they|we)\b)|insisted|insists|${presentBefore("insist", CLAUSE_START)}|argued|argues|${presentBefore("argue", CLAUSE_START)}|contended|contends(?=\s+that\b))\b`), act: "asserted", fallback: "claims" },
  { re: /\b(confirmed|confirms)\b/, act: "confirmed", fallback: "confirms" },
  // ("Lopes did not confirm the figure", "The bank declined to confirm that figure": a confirmation withheld, a negative one.)
  { re: /\b((?:declined|declines|refused|refuses)\s+to\s+confirm|(?:did|does|do|would|could)\s+not\s+confirm)\b/, act: "confirmed", fallback: "confirms", negative: true },
  { re: /\b(acknowledged|acknowledges|admitted|admits|accepted the findings)\b/, act: "acknowledged", fallback: "acknowledges" },
  // ("The union disputes nearly all of it": a quantifier after "disputes" opens what is denied.)
  { re: new RegExp(String.raw`\b(${notAfter(String.raw`\bto\s`, String.raw`denied|denies|deny|${after(String.raw`\b(?:is|are)\s`, "disputing|contesting|denying|rejecting")}(?=\s+(?:the|that|this|these|those|its|their|official|claims|allegations|reports|figures|estimates)\b)|rejected|rejects|${after(String.raw`\b(?:we|I|they)\s+(?:\w+\s+)?`, "reject")}|${after(String.raw`\b[A-Za-z]+s\s+(?:\w+ly\s+)?`, "reject|contest")}(?=\s+(?:the|that|this|these|its|their|claims)\b)|disputed|disputes(?=\s+(?:the|that|this|these|those|its|their|his|her|claims|any|a|an|nearly|almost|virtually|practically|allegations|reports|accounts|figures|both|all|each|every|some|much|most|parts?|[A-Z]))|${notAfter(String.raw`\b(?:a|the|hotly|closely|fiercely|keenly|uncontested|in)\s`, "contested")}|contests(?=\s+(?:the|that|this|these|its|their|claims)\b)|${after(String.raw`\b[A-Za-z]+s\s+`, "dispute")}(?=\s+(?:the|that|this|these|those|its|their|claims)\b)|dismissed|dismisses|refuted|disagrees|disagree|disagreed|(?:does|do|did) not agree`)})\b`), act: "denied", fallback: "denies", negative: true },
  // ("Fishermen in the north reject that explanation": the present plural after a plural subject, before what is rejected.)
  // ("Local representatives in Upper Mustang contest that account": a plural subject in a named place too.)
  { re: new RegExp(String.raw`\b(${after(String.raw`\b(?:[A-Za-z]+s|[A-Za-z]*men|people)(?:\s+in\s+the\s+(?:north|south|east|west|[a-z]+ern)|\s+in\s+(?:the\s+)?(?:[a-z]+ern\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})?\s+(?:(?:also|now|still|further|even|flatly)\s+)?`, "reject|dispute|contest")})(?=\s+(?:the|that|this|these|those|its|their|any|claims|allegations)\b)`), act: "denied", fallback: "denies", negative: true },
  // ("The central bank played down the strike threat": to make light of a claim is to answer it.)
  { re: /\b(played down|plays down|downplayed|downplays)\b/, act: "said", fallback: "states" },
  { re: /\b(announced|announces|unveiled|declared)\b/, act: "announced", fallback: "announces" },
  // ("It put the total overcharge at roughly €9.1 million", "the firm puts its losses at $2 billion": an estimate stated;
  // "put the company's losses at ISK 4.3 billion": a currency's code before the amount.)
  // ("Raghavan kept her 'hold' rating on the stock", "He kept a speculative buy rating": an analyst's standing
  // recommendation is a view stated.)
  { re: /\b(kept|keeps|maintained|maintains|reiterated|reiterates|retained|retains)\b(?=\s+(?:(?:her|his|its|their|a|an|the)\s+)?(?:[\w'‘’"“”-]+\s+){0,2}(?:rating|recommendation)\b)/, act: "said", fallback: "states" },
  // ("put crop losses last season at about €23 million": or a bare noun for the losses or costs.)
  // ("Coldiretti … puts production costs on the steep hillside vineyards … at between €0.95 and €1.05": or a range.)
  // ("Analyst Valérie Nantel of Rivard Securities put fair value at between $41 and $44": or an analyst's value.)
  { re: /\b(put|puts)\b(?=\s+(?:the|its|their|total|overall|(?:[a-z-]+\s+)?(?:losses|costs|damages?|bill|toll|shortfall|deficit|value|valuation)(?=\s))\b[^.;]{0,60}?\bat\s+["“]?(?:(?:about|around|roughly|some|nearly|almost|approximately|more than|less than|up to|over|under|between)\s+)?(?:[A-Z]{3}\s)?\S{0,4}\d(?![\d:.]*\s*(?:am|pm|a\.m|p\.m|o['’]clock)\b))/, act: "said", fallback: "states" },
  // "Its finance chief disclosed that …", "as the Daily Mirror revealed": making a fact known is stating it ("was disclosed in a footnote" is not).
  { re: /\b(disclosed|discloses|revealed|reveals)\b/, act: "disclosed", fallback: "states" },
  // ("Economists warn that …": the present plural too, before its clause, not after "to".)
  // ("Manufacturers in the Achterhoek are threatening to move jobs": a threat in the making.)
  { re: new RegExp(String.raw`\b(warned|warns|${presentBefore("warn")}|cautioned|cautions|threatened|threatens|${after(String.raw`\b(?:is|are)\s`, "threatening")}(?=\s+to\b))\b`), act: "warned", fallback: "warns" },
  // "The review blamed understaffing": assigning blame is the body's own statement about a cause.
  { re: /\b(blamed|blames)\b/, act: "said", fallback: "states" },
  // ("Sežana has also raised concerns", "The Region … stood by its decision": a worry voiced, a finding upheld.)
  { re: /\b(raised|raises)\b(?=\s+(?:(?:its|their|his|her|similar|serious|further|fresh|new|the same)\s+)?concerns?\b)/, act: "warned", fallback: "warns" },
  { re: /\b(stood by|stands by|stand by)\b(?=\s+(?:its|their|his|her|the)\s+(?:[\w-]+\s+)?(?:decision|findings|results|evidence|methodology|ruling|report|figures|statement|position|assessment|account|data|decisions|comments|remarks)\b)/, act: "said", fallback: "states" },
  // ("The union denounces “a manoeuvre to divide teachers”": to denounce is to accuse, in French-speaking copy above all.)
  { re: /\b(denounced|denounces)\b/, act: "claimed", fallback: "accuses" },
  { re: /\b(clarified|clarifies|explained|explains)\b/, act: "explained", fallback: "explains", characterises: true },
  { re: /\b(cited|cites)\b/, act: "cited", fallback: "cites", characterises: true },
  // ("A citizens' group called Agua para la Vega said …": a body's kind before "called" and a speech verb after the name
  // it gives; "The company called the strike “irresponsible”" still characterises.)
  { re: /\b(called(?!(?<=\b(?:group|groups|association|company|firm|campaign|organi[sz]ation|coalition|movement|platform|committee|network|village|town|party|cooperative|initiative)\scalled)\s+[A-Z][^,.;]{0,60}?\s(?:said|says|told|argued|argues|claimed|claims)\b)|calls|described|describes|labelled|labeled|branded)\b(?! for| on| off| in)/, act: "called", fallback: "calls", characterises: true },
  // "Several lawmakers have called for a review", "called on Ottawa to …": a demand is a statement too.
  // ("The strike was called on Tuesday" is no demand; "a letter calling for the meeting" is the letter's.)
  { re: /(?<!\b(?:was|were|is|are|been|be)\s)\b((?:called|calls) (?:for|on))\b(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d))/, act: "said", fallback: "calls" },
  { re: /\b(considers|considered|regards|regarded|views|viewed)\b/, act: "considers", fallback: "considers", characterises: true },
  // "Kemar Blackett went further, accusing the utility of …", "The union walked out, saying pay was too low": a participle
  // after a comma reports what the clause's subject said ("…, adding to pressure on the rand" reports nothing).
  // ("Planners recommended refusal in May, concluding that the development would cause harm": a finding, given as such.)
  { re: new RegExp(String.raw`\b(${after(String.raw`,\s`, String.raw`saying|noting|telling|adding(?!\s+to\b)|concluding(?=\s+that\b)`)})\b`), act: "said", fallback: "states" },
  { re: new RegExp(String.raw`\b(${after(String.raw`,\s`, "arguing|insisting|claiming|maintaining")})\b`), act: "asserted", fallback: "claims" },
  { re: new RegExp(String.raw`\b(${after(String.raw`,\s`, "accusing")})\b`), act: "claimed", fallback: "accuses" },
  { re: new RegExp(String.raw`\b(${after(String.raw`,\s`, "warning")})\b`), act: "warned", fallback: "warns" },
  // "All the defendants pleaded not guilty": a plea is the defendant's own statement, a denial or an admission.
  { re: /\b(pleaded not guilty|pleads not guilty|pleaded innocent)\b/, act: "denied", fallback: "denies", negative: true },
  { re: /\b(pleaded guilty|pleads guilty)\b/, act: "acknowledged", fallback: "acknowledges" },
];
/** Compiled once: `exec` walks the matches with the global flag (and the rule's own flags: "u" for `\p{Lu}`). */
const GLOBAL_RULES = RULES.map((r) => ({ ...r, global: new RegExp(r.re.source, `${r.re.flags}g`) }));

/** The first attributing verb of a sentence (offsets relative to the sentence). "according to" is handled by speakers.ts. */
export function findSpeechAct(sentence: string, whole = sentence): SpeechAct | undefined {
  let best: SpeechAct | undefined;
  for (const r of GLOBAL_RULES) {
    // Skip passives ("was confirmed") and relative clauses ("Vogt, who first reported the leak, said"), and a verb that
    // is the end of a hyphenated word ("a biologist who co-wrote the report, said": "wrote" is no verb of its own).
    // (Matches come in order, so the scan stops at the first that passes or at the best verb found so far.)
    r.global.lastIndex = 0;
    for (let x = r.global.exec(sentence); x !== null && !(best && best.start <= x.index); x = r.global.exec(sentence)) {
      // (The words just before the verb: the tests below read the end of what precedes it, never more than 80 characters.)
      const head = sentence.slice(Math.max(0, x.index - 80), x.index);
      // ("A fish farmer … is disputing official estimates": "is" before an "-ing" form makes no passive.)
      // ("It is also regarded as significant": an adverb between the auxiliary and a participle of regard keeps it a passive.)
      // ("because staff had been told not to speak to media": whoever was told what to do is no speaker; "the jury was told"
      // is the prosecution's speech.)
      if ((/\b(was|were|is|are|been|being|be)\s+$/.test(head) && (r.act !== "said" || (x[0] === "told" && /^\s+(?:not\s+)?to\s/.test(sentence.slice(x.index + 4, x.index + 12)))) && !/ing$/.test(x[0])) || (r.act === "considers" && /\b(?:was|were|is|are|been|being|be)\s+(?:also|still|widely|now|often|generally|largely)\s+$/.test(head)) || /\b(who|which|that)\s+(\w+\s+)?$/.test(head) || REFUSAL.test(head) || /\p{L}-$/u.test(head)) continue;
      best = { act: r.act, start: x.index, end: x.index + x[0].length, negative: Boolean(r.negative), fallback: r.fallback, characterises: Boolean(r.characterises) };
      break;
    }
  }
  // "welcomed the ruling, which it called “a victory”": the speaker's own characterisation is what it asserts.
  const owned = OWN_CHARACTERISATION.exec(sentence);
  // The speaker stands before the reaction verb, so that verb keeps its place.
  if (owned?.[1] && best?.fallback === "states" && best.start < owned.index) return { ...best, act: "called", fallback: "calls", characterises: true };
  // "did not deny" is no denial; "these accusations are false," he said, is one.
  if (best?.negative && /\b(not|never|n't)\s+(\w+\s+)?$/i.test(sentence.slice(0, best.start))) return { ...best, act: "said", negative: false, fallback: "states" };
  if (best?.act === "said" && DENIAL_CONTENT.test(whole)) return { ...best, act: "denied", negative: true, fallback: "denies" };
  return best;
}

const OWN_CHARACTERISATION = /,\s*which\s+(?:it|they|he|she|we)\s+(called|described|labelled|labeled|branded)\b/;
/** "declined to say", "would not comment": a refusal to speak attributes nothing. */
const REFUSAL = /\b(?:declined|declines|refused|refuses|would not|will not|did not|could not)\s+(?:to\s+)?(?:immediately\s+)?$/i;
const DENIAL_CONTENT = /\b(?:is|are|was|were)\s+(?:completely\s+|totally\s+|simply\s+)?(?:false|untrue|baseless|unfounded|groundless|fabricated|a fabrication|not true|not accurate|not correct|not the case)\b|\bthere (?:is|was) no evidence\b|\b(?:we|I)\s+(?:\w+\s+)?(?:reject|deny|dispute|disagree with)\b/i;

export const ACCUSING_ACTS = new Set(["claimed", "asserted"]);
