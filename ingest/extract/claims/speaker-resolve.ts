import type { EntityType } from "@/lib/schemas/extraction";
import type { EntityIndex, Located } from "../entities/resolve";
import { isDemonym, MEMBERS_BODY_HEAD, nameGender } from "../entities/words";
import { townPopulation } from "../entities/gazetteer";

/** `at`: where the claim this speaker made starts, when it is the previous claim's speaker. */
export type Speaker = { speakerId?: string; speakerText?: string; at?: number };
/** Where a speaker is looked up: mentions before `sentenceStart` are "earlier in the article". */
export type Scope = { index: EntityIndex; sentenceStart: number; previous?: Speaker; cited?: Cited; text?: string };
/** How many earlier sentences each entity was the speaker of. */
export type Cited = ReadonlyMap<string, number>;

// ("The prefecture defended its decision", "the governorate said": a French prefecture and an Arab governorate are state bodies;
// "the port administration said": so is a port's; "the producers' organisation says": an organisation is a body of its members.)
// ("The service said" after "the Northern Ireland Ambulance Service": a state service by its kind.)
// ("The shire wrote to the company" after "the Shire of Katanning": an Australian local council by its kind.)
// ("The management committee rejected the claim" after "the Gui'an New Area Management Committee", "The committee also
// accused …" after "the Gezira Tenants Committee": a committee by its kind, a state's or its members'.)
const GOV_NOUN = /\b(central bank|health board|health service|ambulance service|fire service|service|board|committee|taxman|city|county|district|ministry|department|agency|commission|authority|government|regulator|court|prosecutors?|police|watchdog|cabinet|panel|tribunal|parliament|council|regulators?|directorate|inspectorate|superintendency|secretariat|municipality|shire|bench|judges|bureau|coastguard|coast guard|prefecture|governorate|province|port administration)\b/i;
// ("The importer says …" after "Harcourt & Vane, a London merchant": an importer, a merchant and a winery are bodies too;
// so are "the packer" and "the miller", and a GP partnership and its practice.)
const ORG_NOUN = /\b(co-op|cooperative|partnership|practice|railroad|railway|landlord|miner|producer|processor|packer|miller|exporter|importer|merchant|winery|supplier|distributor|brewer|builder|administrators|liquidators|receivers|contractor|consortium|fund|trust|band|journal|system|company|corporation|enterprise|firm|group|startup|carmaker|automaker|lab|developer|maker|papermaker|toymaker|watchmaker|glassmaker|drugmaker|steelmaker|shipbuilder|airline|carrier|bank|union|hospital|clinic|insurer|retailer|chipmaker|manufacturer|business|lender|operator|brand|league|club|association|society|organisation|organization|federation|collective|collectif|alliance|coalition|chamber|syndicate|guild|grocer|utility|university|charity|publisher|studio|museum|team|institute|foundation|college|school|gallery|theatre|theater|orchestra|platform|yard|shipyard|forum)\b/i;

const typeOf = (scope: Scope, id?: string): EntityType | undefined => (id ? scope.index.byId.get(id)?.type : undefined);

/** The last entity of one of `types` named before the sentence (whose name passes `named`, when given). */
/**
 * ("It ordered mayors …", "The municipality denies …" in a story that cites EU rules: the Union is a state body, but one
 * a story names when it speaks; "it" and a body's common noun refer back to the bodies of the story.)
 */
const NAMED_WHEN_IT_SPEAKS = /^European Union$/;
const referable = (scope: Scope, id: string) => !NAMED_WHEN_IT_SPEAKS.test(scope.index.byId.get(id)?.name ?? "");

export function lastOf(scope: Scope, types: EntityType[], named?: RegExp): Speaker | undefined {
  const prior = scope.index.mentions.filter((m) => m.end <= scope.sentenceStart && types.includes(m.type) && referable(scope, m.id) && (!named || named.test(scope.index.byId.get(m.id)?.name ?? "")));
  const last = prior[prior.length - 1];
  return last ? { speakerId: last.id } : undefined;
}

const COMPANY_NOUN = /^(?:co-op|cooperative|railroad|railway|landlord|miner|producer|processor|exporter|supplier|distributor|brewer|builder|club|company|corporation|enterprise|firm|carrier|airline|maker|papermaker|toymaker|watchmaker|glassmaker|drugmaker|steelmaker|carmaker|automaker|chipmaker|manufacturer|retailer|lender|insurer|operator|developer|startup|business|group|brand|grocer|utility|publisher)$/;
const RAIL_NAME = /\b(?:Railroad|Rail|Railways?)\b/;
// ("Cooperativa de Buzos Unidos de Bilwi", "Coopérative des Pêcheurs": a co-operative named in Spanish, Portuguese or French;
// "The co-op flatly rejects" after "Les Vignerons du Haut-Minervois", "The cooperative flatly denied" after "Bodegas Alto
// Vero, a cooperative of about 240 growers": a growers' or a winemakers' one by its own language's words.)
const COOP_NAME = /\b(?:Co-op|Co-operative|Cooperative|Cooperativa|Coop[eé]rative|Vignerons|Winzergenossenschaft|Genossenschaft|Bodegas?|Cantina|Adega|eG)\b/;
const ORGANISATION_NAME = /\bOrgani[sz]ation\b/;
const SHIPYARD_NAME = /\b(?:Yard|Yards|Shipyard|Verft|Varv|Værft|Werft|Astillero|Stocznia|Brodogradilište)\b/u;
/** "the union" for "Retail and Warehouse Workers Canada", "the carrier" for "Kaiyo Airlines": words a body's name uses for what it is. */
/** An importer's, a merchant's or a winery's kind: "Harcourt & Vane, a London merchant", "Weingut Adlerhof". */
const TRADER_NOUN = /^(?:importer|merchant|winery)$/;
const NAME_HINTS: Record<string, RegExp> = {
  // ("The collective says" after "the Collectif Eau Vive Vercors": a collective named in French, Spanish, Portuguese or Italian.)
  collective: /\b(?:Collectif|Collective|Colectivo|Coletivo|Collettivo)\b/u,
  // ("The winery tells a different story" after "Weingut Rauchberger": a wine estate by its own language's word.)
  winery: /\b(?:Weingut|Winery|Bodegas?|Cantina|Château|Domaine|Tenuta|Quinta|Vineyards?)\b/u,
  // ("Sindicato Único de Trabajadores …", "Syndicat des Chauffeurs …", "Unión de Productores Cafetaleros …": a union named
  // in Spanish, Portuguese or French.)
  // (… and "SIPTU", "COSATU": a union known by an acronym, whose last letter is the union's.)
  // ("IG Metall", "IG BCE": a German industrial union, an Industriegewerkschaft, by its initials and its trade.)
  // ("the union" after "Unia", "Syna": Switzerland's unions by their names; not an industry's federation, "Federation of
  // the Swiss Watch Industry", which speaks for the employers.)
  union: /\b(?:IG \p{Lu}[\p{L}]+|Unia|Syna|Workers|\p{Lu}\p{Ll}+workers|Union|Uni[óo]n|Federation(?! of (?:the )?(?:[\p{L}-]+ ){0,3}(?:Industry|Industries|Employers|Manufacturers))|Guild|Employees|Teamsters|Nurses|Teachers|Drivers|Pilots|Miners|Sindicato|Syndicat|Trabajadores|Trabalhadores|[A-Z]{2,}U)\b/u,
  // ("The municipality says" after "Marktgemeinde Pörtschach am Wörthersee", "The Tudela council denied" after
  // "Ayuntamiento de Tudela": a municipality or a council named in its own language.)
  // ("the municipality" after "Odense Kommune", "Saaremaa vald", "Līvānu novada pašvaldība", "Občina Beltinci": Nordic,
  // Estonian, Latvian and Slovene ones too.)
  municipality: /\b(?:Municipality|Gemeente|Gemeinde|Marktgemeinde|Stadtgemeinde|Commune|Comune|Municipio|Ayuntamiento|Concello|Kommune|kommune|kommun|vald|pašvaldība|Občina|Obec)(?![\p{L}])/u,
  // ("The district rejects that comparison" after "Landkreis Spree-Neiße": a German rural district.)
  district: /\b(?:District|Landkreis|Landratsamt|Bezirkshauptmannschaft)\b/u,
  // ("The judges concluded" after "the Overijssel District Court": the bench speaks for its court.)
  judges: /\b(?:Court|Tribunal|Rechtbank|Gericht|Tribunale)\b/,
  council: /\b(?:Council|Ayuntamiento|Concello|Consell|Conseil|Consiglio|Gemeinderat|Raad)\b/u,
  // ("The practice said" after "Moorside Medical Partnership": a GP practice by its partnership's or its surgery's name.)
  practice: /\b(?:Practice|Partnership|Medical Centre|Health Centre)\b/u,
  // ("according to the consortium" after "Consorzio Tutela Vini Collio": an Italian producers' consortium by its own word.)
  consortium: /\b(?:Consortium|Consorzio|Consorcio|Consórcio)\b/u,
  // ("The chamber said" after "Cámara Patagónica de Contratistas de Perforación": a chamber named in Spanish or French.)
  // ("the chamber" after "Podlaska Izba Rolnicza": a Polish one.)
  chamber: /\b(?:Chamber|C[áa]mara|Chambre|Izba)\b/u,
  // ("According to the inspectorate" after "the Environmental Protection and Mining Inspection Body".)
  inspectorate: /\b(?:Inspectorate|Inspection|Inspektorat|Inspekcja|Inspektionen)\b/u,
  // ("a spokesperson for the prefecture" after "the Préfecture des Ardennes": a prefecture named in its own language.)
  prefecture: /(?<![\p{L}])(?:Prefecture|Préfecture|Prefettura|Prefectura)(?![\p{L}])/u,
  carrier: /\b(?:Airlines?|Airways|Air|Aviation|Shipping|Lines|Rail|Railways?|Railroad)\b/,
  // (Not a development bank, agency or fund: "Hungarian Development Bank" lends to developers.)
  developer: /\b(?:Development|Developments|Developers|Properties|Realty|Homes|Estates)\b(?!\s+(?:Bank|Agency|Fund|Authority|Ministry|Programme|Program))/,
  contractor: /\b(?:Contracting|Contractors|Construction|Builders|Engineering)\b/,
  // ("The fund said" after "Rheintal Capital Partners": an investment firm is rarely named "Fund".)
  fund: /\b(?:Fund|Funds|Capital|Partners|Investors|Investments|Management|Advisors|Advisers|Asset)\b/,
  railroad: RAIL_NAME,
  railway: RAIL_NAME,
  // ("The operator disputes that account" after "Société Aéroportuaire Bigorre Pyrénées": an airport's operator by its name.)
  operator: /\b(?:Aéroportuaire|Aeroportuaria|Aeroportuária|Airport|Airports|Aéroport|Aeropuerto|Aeroporto|Operator|Operators)\b/u,
  "co-op": COOP_NAME,
  cooperative: COOP_NAME,
  airline: /\b(?:Airlines?|Airways|Air|Aviation)\b/,
  // ("The utility said" after "Public Utilities Board", "Palau Public Utilities Corporation".)
  utility: /\bUtilit(?:y|ies)\b/,
  // ("The yard tells a different story" after "Stavern Marine Verft": a shipyard named in its own language.)
  yard: SHIPYARD_NAME,
  shipyard: SHIPYARD_NAME,
  // ("The platform has called a protest" after "Plataforma Soria Agua Viva": a citizens' platform named in Spanish,
  // Portuguese, French or Italian.)
  platform: /(?<![\p{L}])(?:Platform|Plataforma|Plateforme|Piattaforma)(?![\p{L}])/u,
  // ("According to the clinic" after "Clínica Vale do Mondego": a clinic named in Portuguese, Spanish, Italian or German.)
  clinic: /(?<![\p{L}])(?:Clinic|Cl[íi]nica|Clinique|Klinik|Klinika)(?![\p{L}])/u,
  "central bank": /\b(?:Bank|Reserve)\b/,
  "health board": /\bHealth Board\b/,
  organisation: ORGANISATION_NAME,
  organization: ORGANISATION_NAME,
  // ("In its objection, the bank said" after "Sjever Banka": a bank named in its own language.)
  bank: /(?<![\p{L}])(?:Bank|Banco|Banca|Bancorp|Banka|Banque|Bankas|Bankası)(?![\p{L}])/u,
  // ("The bench did not accept that argument": a court's or tribunal's bench.)
  bench: /\b(?:Court|Tribunal)\b/,
  watchdog: /\b(?:Commission|Authority|Agency|Office|Inspectorate|Board)\b/,
  regulator: /\b(?:Commission|Authority|Agency|Office|Inspectorate|Board|Directorate)\b/,
  // ("The taxman denies it" after "Uganda Revenue Authority".)
  taxman: /\b(?:Revenue|Tax|Taxation|Inland)\b/,
  club: /\b(?:FC|AFC|United|City|Athletic|Town|Rovers|Wanderers|Albion|County|Club)\b/,
};

/** A body of members ("… Workers' Union"; "Union des Syndicats de Monaco", named the French way, opens with its head). */
function isMembersBody(name: string): boolean {
  const words = name.split(" ");
  return MEMBERS_BODY_HEAD.test(words.at(-1) ?? "") || (words.length > 2 && MEMBERS_BODY_HEAD.test(words[0] ?? "") && /^(?:des|de|du|of)$/.test(words[1] ?? ""));
}

/**
 * "the hospital", "the ministry", "the company": the last body whose own name ends in that noun
 * ("St. Aldric Hospital"), else the most salient body of that kind so far.
 */
/** ("would appeal to the Federal Supreme Court", "can be appealed before the tribunal"): a court a case only goes to. */
export const appealedTo = (text: string, m: { start: number }) => /\b(?:to|before)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 12), m.start));
/** ("A group of about 250 small investors calling itself Aktionärsforum Toggenburg": a group that gives its own name.) */
export const NAMES_ITSELF = /\b(?:calling|called|known)\b/;

export function resolveBody(scope: Scope, phrase: string): Speaker | undefined {
  // "The finance ministry denied": a ministry named by its portfolio is a ministry of that portfolio, or no body the text named.
  const portfolio = /^the\s+(\p{Ll}+)\s+ministry$/iu.exec(phrase)?.[1]?.toLowerCase();
  if (portfolio && !["the", "its", "same"].includes(portfolio)) {
    const ofPortfolio = new RegExp(`\\b(?:ministry|department)\\b[\\s\\S]*\\b${portfolio}|\\b${portfolio}[\\s\\S]*\\b(?:ministry|department)\\b`, "i");
    const ministry = scope.index.mentions.filter((m) => m.end <= scope.sentenceStart && m.type === "GOV" && ofPortfolio.test(scope.index.byId.get(m.id)?.name ?? "")).at(-1);
    return ministry ? { speakerId: ministry.id } : { speakerText: phrase };
  }
  // ("Deputy Chief Maria Castellanos will run the department, the city said": the city the story is about speaks as itself.)
  // ("The county said" after "Maricopa County": the county itself, not its board or its court; "the Wellbeing Services
  // County of North Savo" too.)
  // ("The works council said": a company's elected employees' body, speaking as itself, no state council.)
  if (/\b(?:works|staff|employee|employees['’]?)\s+council$/i.test(phrase)) return { speakerText: phrase };
  const local = /^the\s+(city|county)$/i.exec(phrase)?.[1]?.toLowerCase();
  if (local) {
    const named = (m: Located) => scope.index.byId.get(m.id)?.name ?? "";
    const place = scope.index.mentions.filter((m) => m.end <= scope.sentenceStart && (local === "city" ? m.type === "PLACE" && townPopulation(named(m)) > 0 : / County(?:$| of )/.test(named(m)))).at(-1);
    return place ? { speakerId: place.id } : undefined;
  }
  const noun = headNoun(phrase);
  const hint = NAME_HINTS[noun];
  const named = scope.index.mentions.filter((m) => {
    const name = scope.index.byId.get(m.id)?.name ?? "";
    // ("the health service said" after "Galician Health Service": a noun of two words is looked for as two.)
    // ("The union dismissed those pledges" after "the European Union's recovery funds": a union that speaks is no state's.)
    return m.end <= scope.sentenceStart && !(noun === "union" && m.type === "GOV") && (` ${name.toLowerCase()} `.includes(` ${noun} `) || Boolean(hint?.test(name) && m.type !== "PERSON" && m.type !== "PLACE"));
  });
  // "The university said" after "Harbourne University" and the "University and College Union": the name headed by the noun first.
  // ("the court" after "the Cantonal Court of Vaud": a head before "of" heads the name too.)
  const headed = named.filter((m) => { const n = (scope.index.byId.get(m.id)?.name ?? "").toLowerCase(); return n.endsWith(noun) || n.startsWith(`${noun} of `) || n.includes(` ${noun} of `); });
  // ("the club": of the clubs named, the one the article is about, not the last one mentioned.)
  // ("The court disagreed" after "The Cantonal Court of Vaud ruled …; the group said it would appeal to the Federal
  // Supreme Court": a court the copy only says a case goes to has not ruled on it.)
  const text = scope.text;
  const ruling = noun === "court" && text !== undefined ? headed.filter((m) => !appealedTo(text, m)) : [];
  const lastNamed = noun === "club" ? mostSalientOf(scope, named) : ruling.at(-1) ?? headed.at(-1) ?? named.at(-1);
  // "The bank said" beside "the Bank of Spain": a central bank is "the central bank" or "the regulator", so a lender goes first.
  const lender = noun === "bank" && lastNamed?.type === "GOV" ? named.filter((m) => m.type === "ORG").at(-1) : undefined;
  if (lender) return { speakerId: lender.id };
  // ("The province disputes those numbers" after "the Autonomous Province of Bolzano": only a province the copy named as
  // its administration speaks; a province that is only a place leaves the phrase as it stands.)
  if (noun === "province") return lastNamed?.type === "GOV" ? { speakerId: lastNamed.id } : { speakerText: phrase };
  if (lastNamed && lastNamed.type !== "PLACE" && lastNamed.type !== "PERSON") return { speakerId: lastNamed.id };
  // ("According to the governorate, …" after "Fayoum Governorate": a governorate or a prefecture the copy named, typed a
  // place by its head, speaks as its administration.)
  if (lastNamed?.type === "PLACE" && /^(?:governorate|prefecture)$/.test(noun) && (scope.index.byId.get(lastNamed.id)?.name ?? "").toLowerCase().endsWith(noun)) return { speakerId: lastNamed.id };
  // ("the board said" after "Rwanda Social Security Board": only a body the article named a board; a company's board of
  // directors is no state body, and which company's it is the noun alone does not say.)
  // ("the producers' organisation says" after "Organisation de producteurs du Bocage normand": likewise only a body named
  // an organisation, in English or French; a consumer centre is one the noun does not find.)
  // ("The centre said …" after "the South-Central Public Transport Centre": a centre too, and only one so named.)
  // ("The committee says the turbines …" in a story that names no committee: nor does a committee.)
  if (/^(?:board|organi[sz]ation|centre|center|committee)$/.test(noun)) return undefined;
  const introduced = introducedAs(scope, noun);
  if (introduced) return introduced;
  const answering = COMPANY_NOUN.test(noun) ? speakerOfNextSentence(scope) : undefined;
  if (answering) return answering;
  // ("The importer says …" in a story of an importer and the cooperative it sued: a trader's kind, unlike a company's,
  // says which party it is only where the copy called one so.)
  if (TRADER_NOUN.test(noun)) return undefined;
  // "a government spokesperson" speaks for the government, which an agency named earlier is not.
  // ("The federal government has said", "the state government warned": a state's or a country's government described by
  // its level speaks as described, when no body the text named is it; a province's or a city's is looked for by name.)
  // ("The provincial government insists" after "the Autonomous Province of Bolzano": a province the copy named as a body.)
  const province = /^the\s+provincial\s+government$/i.test(phrase) ? lastOf(scope, ["GOV"], /\bProvinc(?:e|ial)\b/) : undefined;
  if (province) return province;
  // ("The cantonal government, which approved the permit, defended its decision": a canton's or a province's too, when no
  // body the text named is it.)
  if (noun === "government") return /^the\s+(?:federal|state|national|central|cantonal|provincial)\s+government$/i.test(phrase) ? { speakerText: phrase } : undefined;
  // "Cabin crew … have voted to strike, their union said. The Hanbit Air Cabin Crew Union said …": a kind of body its name shows, named soon after.
  // ("The local union says …" in a lede, "The Meseș Free Trade Union, which says …" three paragraphs on: a union, which a
  // lede leaves unnamed longer than a company or a utility, whose own name is no union's, is looked for further.)
  const reach = noun === "union" ? 900 : 600;
  const soon = hint ? scope.index.mentions.find((m) => m.start >= scope.sentenceStart && m.start - scope.sentenceStart < reach && m.type === (GOV_NOUN.test(noun) ? "GOV" : "ORG") && hint.test(scope.index.byId.get(m.id)?.name ?? "")) : undefined;
  if (soon) return { speakerId: soon.id };
  // "The company has offered 3.5 percent": a company, not the union or trust that is the other side.
  const employer = COMPANY_NOUN.test(noun) ? employerOfPrevious(scope) : undefined;
  if (employer) return employer;
  // ("The company rejects that account" after "Hospital Universitario Central de Asturias" and the ambulance firm: a
  // hospital, a university or a school is no company.)
  const exclude = COMPANY_NOUN.test(noun) ? (id: string) => isMembersBody(scope.index.byId.get(id)?.name ?? "") || NOT_A_COMPANY.test(scope.index.byId.get(id)?.name ?? "") || civicBody(scope, id) : undefined;
  const subject = COMPANY_NOUN.test(noun) ? previousSubject(scope, exclude) : undefined;
  if (subject) return subject;
  return mostSalient(scope, GOV_NOUN.test(phrase) ? ["GOV"] : ["ORG"], exclude) ?? namedLaterAs(scope, noun);
}

const NOT_A_COMPANY = /\b(?:Hospital|Universitario|University|Universidad|College|School)\b/;
/**
 * ("The injunction was requested by the association Ria Viva … The company disputes the figures": an association is no
 * company; nor is a union its kind follows, "the OZ KOVO metalworkers' union at Považské Autodiely".)
 */
/** (Asked of every prior mention while "the company" is looked up: worked out once per entity and article.) */
const civicBodies = new WeakMap<EntityIndex, Map<string, boolean>>();
function civicBody(scope: Scope, id: string): boolean {
  const known = civicBodies.get(scope.index) ?? civicBodies.set(scope.index, new Map()).get(scope.index);
  const cached = known?.get(id);
  if (cached !== undefined) return cached;
  const text = scope.text ?? "";
  const civic = scope.index.mentions.some((m) => m.id === id && (/\b(?:association|foundation|charity|NGO|campaign group|pressure group|residents['’] group)\s+$/i.test(text.slice(Math.max(0, m.start - 30), m.start)) || /^,\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,2}(?:association|foundation|charity|NGO|campaign group|pressure group)\b/u.test(text.slice(m.end, m.end + 50)) || /^\s+(?:[\p{Ll}-]+(?:s['’]|['’]s)\s+)?(?:trade )?union\b/u.test(text.slice(m.end, m.end + 50))));
  known?.set(id, civic);
  return civic;
}

/**
 * "“…,” Sienna's general counsel Marco Benedetti said. The company said …": right after a person speaks for
 * their employer ("X's counsel Y", "X chief executive Y", "Y, a spokesperson for X"), "the company" is that employer.
 */
function employerOfPrevious(scope: Scope): Speaker | undefined {
  const { text, previous } = scope;
  const person = previous?.speakerId && previous.at !== undefined ? scope.index.mentions.find((m) => m.id === previous.speakerId && m.type === "PERSON" && m.start >= (previous.at ?? 0) && m.end <= scope.sentenceStart) : undefined;
  if (!text || !person) return undefined;
  // ("said Jefferies analyst Tomás Ibarra. Orders fell 12%, the company said": an analyst's firm is no company the story is about.)
  const outsider = (m: { start: number; end: number }) => /\b(?:analysts?|economists?|strategists?|researchers?)\b/i.test(text.slice(Math.min(m.end, person.end), Math.max(m.start, person.start)));
  const employer = scope.index.mentions.find((m) => m.type === "ORG" && m.start >= (previous?.at ?? 0) && !outsider(m) && (
    (m.end <= person.start && rolesBetween(text, m, person)) ||
    (m.start >= person.end && /^,\s+(?:an?|the|its)\s+(?:[\p{Ll}-]+\s+){0,3}(?:at|of|for|with)\s+$/u.test(text.slice(person.end, m.start)))));
  return employer && { speakerId: employer.id };
}

/** "Leerink Partners analyst Priya Venkataraman", "Sienna's general counsel Marco Benedetti": only a lower-case role stands between employer and person. */
export const rolesBetween = (text: string, employer: Located, person: Located) => /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(text.slice(employer.end, person.start));

/**
 * "the union" after "the GMB union", "the grocer" after "British grocer Fernhill Stores": the body the text introduced with
 * that noun; "the association" after "Puhas Rapla, a residents' association": or in apposition.
 */
const BARE_DENIAL = /^[^.!?]{0,40}?\b(?:denied|denies|rejected|rejects|disputed|disputes|dismissed|dismisses)\s+(?:the|those|these|that|this|all|any)\s+(?:allegations?|accusations?|claims?|charges?|criticism|account)\s*[.!?]\s+/;
/**
 * ("The company flatly rejected the accusation. In a statement issued on Sunday, Al Shihr Petroleum Services said …"):
 * a bare denial, then the body that made it speaking by name in the very next sentence, is that body's.
 */
function speakerOfNextSentence(scope: Scope): Speaker | undefined {
  const { text } = scope;
  const denial = text ? BARE_DENIAL.exec(text.slice(scope.sentenceStart, scope.sentenceStart + 200)) : null;
  if (!text || !denial) return undefined;
  const from = scope.sentenceStart + denial[0].length;
  const stop = text.slice(from).search(/[.!?]["”]?(?:\s|$)/);
  const to = stop < 0 ? text.length : from + stop;
  const speaking = scope.index.mentions.find((m) => m.start >= from && m.end <= to && m.type === "ORG" && /^(?:\s*\([^)]*\))?,?\s+(?:said|says|told|stated)\b/.test(text.slice(m.end, m.end + 40)));
  return speaking && { speakerId: speaking.id };
}

function introducedAs(scope: Scope, noun: string): Speaker | undefined {
  const { text } = scope;
  if (!text || !noun) return undefined;
  // (The apposition only for a civic body's noun: "Rakuten, an online retailer" is no retailer the story is about.)
  const appositive = /^(?:association|society|federation|foundation|charity|coalition|alliance|movement|platform|committee|campaign|initiative)$/.test(noun) || TRADER_NOUN.test(noun) ? `|(?:^,\\s+(?:an?|the)\\s+(?:[\\p{Ll}'’-]+\\s+){0,2}${noun}\\b)` : "";
  // ("The Lemnarul trade union, which represents …": a union's kind may stand between.)
  const near = new RegExp(`(?:\\b${noun}\\s+$)|(?:^\\s+(?:(?:trade|labou?r|workers['’]|local|national|regional)\\s+)?${noun}\\b)${appositive}`, "iu");
  const hits = scope.index.mentions.filter((m) => m.end <= scope.sentenceStart && m.type !== "PLACE" && m.type !== "PERSON" && (near.test(text.slice(Math.max(0, m.start - 30), m.start)) || near.test(text.slice(m.end, m.end + 50))));
  const last = hits.at(-1);
  return last && { speakerId: last.id };
}

/**
 * "Chile's mining regulator has opened an inquiry … Sernageomin, the regulator, said": an opening description
 * names its body later, in apposition ("X, the regulator,") or as a descriptor ("regulator X"). Only asked
 * when nothing earlier fits.
 */
function namedLaterAs(scope: Scope, noun: string): Speaker | undefined {
  const { text } = scope;
  if (!text || !noun) return undefined;
  const appositive = new RegExp(`^,\\s+(?:the|its)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${noun}\\s*[,.;]`, "iu");
  const descriptor = new RegExp(`\\b${noun}\\s+$`, "i");
  const bodies = scope.index.mentions.filter((m) => m.start >= scope.sentenceStart && (m.type === "ORG" || m.type === "GOV"));
  // …or "The group, Clean Air Transport Europe, said": the noun, then the name in apposition ("A civic group, Živé
  // Javorie, said" too).
  const before = new RegExp(`\\b(?:the|its|an?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${noun},\\s+$`, "iu");
  const later = bodies.find((m) => appositive.test(text.slice(m.end, m.end + 50)) || descriptor.test(text.slice(Math.max(0, m.start - 30), m.start)) || before.test(text.slice(Math.max(0, m.start - 40), m.start)));
  // "Australia's competition watchdog has sued X. … The Australian Competition and Consumer Commission alleges": else the first state body named soon after.
  const kind = GOV_NOUN.test(noun) ? "GOV" : undefined;
  const near = kind ? bodies.filter((m) => m.type === kind && m.start - scope.sentenceStart < 900) : [];
  const hint = NAME_HINTS[noun];
  const soon = near.find((m) => hint?.test(scope.index.byId.get(m.id)?.name ?? "")) ?? near[0];
  if (later ?? soon) return { speakerId: (later ?? soon)?.id };
  // ("… moved to strip a solar developer of its licence. The developer says it will fight … OfReg issued a notice to
  // Northwind Solar Cayman Ltd": a company the copy introduced unnamed, and no company named yet, is the first one named
  // soon after.)
  // (Only a sentence that opens with it: "nuts that the exporter says were left to rot" is a clause of another's claim.)
  const opens = /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(text.slice(Math.max(0, scope.sentenceStart - 4), scope.sentenceStart));
  const unnamed = opens && COMPANY_NOUN.test(noun) && new RegExp(`\\ban?\\s+(?:[\\p{Ll}-]+\\s+){0,2}${noun}\\b`, "u").test(text.slice(0, scope.sentenceStart)) && !scope.index.mentions.some((m) => m.end <= scope.sentenceStart && m.type === "ORG");
  const first = unnamed ? bodies.find((m) => m.type === "ORG" && m.start - scope.sentenceStart < 600) : undefined;
  return first && { speakerId: first.id };
}

/** How far around a sentence its neighbour's bounds are looked for (news sentences are far shorter). */
const SENTENCE_WINDOW = 1000;

/** Where the sentence that ends right before a position begins (its paragraph's start at the latest). */
export function sentenceBegin(text: string, at: number): number {
  // (Only the sentence next to this one matters: a window, not the article up to here, is searched for its bounds.)
  const from = Math.max(0, at - SENTENCE_WINDOW);
  const before = text.slice(from, at).trimEnd();
  // (The last line's start by lastIndexOf: a search for /[^\n]*$/ retries every position of the window.)
  return from + Math.max(before.lastIndexOf("\n") + 1, ...[...before.slice(0, -1).matchAll(/[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu)].map((m) => m.index + m[0].length));
}

/**
 * "DoorDash, which runs a delivery app, is not affected by the cap. The company said …": a company that is the
 * subject of the sentence just before is the one "the company" goes on about, however often another was named.
 */
function previousSubject(scope: Scope, exclude?: (id: string) => boolean): Speaker | undefined {
  const { text } = scope;
  if (!text) return undefined;
  // ("DOMLEC swiftly rejected that claim. In a statement on Wednesday, the utility said …": a clause may open after an
  // adverbial of its sentence, so the sentence before is the one before that opening.)
  const own = sentenceBegin(text, scope.sentenceStart);
  const start = sentenceBegin(text, /[.!?]["”’]?\s*$/.test(text.slice(0, scope.sentenceStart).trimEnd()) || own <= 0 ? scope.sentenceStart : own);
  const first = scope.index.mentions.find((m) => m.start >= start && m.end <= scope.sentenceStart);
  // ("Telstra and Coral Telecom compete." has two subjects; "the operator behind Telstra" is not Telstra.)
  if (!first || first.type !== "ORG" || exclude?.(first.id) || !/^(?:The\s+)?$/.test(text.slice(start, first.start)) || /^\s*(?:(?:and|or|&)\s|,\s+\p{Lu})/u.test(text.slice(first.end, first.end + 8))) return undefined;
  const length = text.slice(scope.sentenceStart, scope.sentenceStart + SENTENCE_WINDOW).search(/[.!?]["”’]?\s/);
  const end = scope.sentenceStart + (length < 0 ? SENTENCE_WINDOW : length);
  if (scope.index.mentions.some((m) => m.id === first.id && m.start >= scope.sentenceStart && m.start < end)) return undefined;
  return { speakerId: first.id };
}

/**
 * An article's "the company" is the company the article is about, not whichever one was named or
 * cited last ("…, according to LSEG data. …, the company said" is not LSEG). Salience is mentions plus
 * times quoted so far; a tie goes to the previous speaker, then to the one named last.
 */
function mostSalient(scope: Scope, kinds: EntityType[], exclude?: (id: string) => boolean): Speaker | undefined {
  const prior = scope.index.mentions.filter((m) => m.end <= scope.sentenceStart && kinds.includes(m.type) && referable(scope, m.id) && !exclude?.(m.id));
  const score = new Map<string, number>();
  for (const m of prior) score.set(m.id, (score.get(m.id) ?? 0) + 1 + (score.has(m.id) ? 0 : scope.cited?.get(m.id) ?? 0));
  const best = Math.max(0, ...score.values());
  const top = new Set([...score].filter(([, n]) => n === best).map(([id]) => id));
  const prevId = scope.previous?.speakerId;
  if (prevId && top.has(prevId)) return { speakerId: prevId };
  const latest = prior.filter((m) => top.has(m.id)).at(-1);
  return latest && { speakerId: latest.id };
}

/** Of some mentions, the entity mentioned most (ties: the latest). */
function mostSalientOf(scope: Scope, mentions: Located[]): Located | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  return [...mentions].reverse().sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))[0];
}

/** he/she: the last person quoted or named; it: the last organisation; they/we: the previous speaker. */
export function resolvePronoun(scope: Scope, word: string): Speaker | undefined {
  const prev = scope.previous;
  const prevType = typeOf(scope, prev?.speakerId);
  if (/^(he|she)$/i.test(word)) {
    // "…," she said after a man was quoted: the pronoun's gender, where a first name shows one, picks the person.
    const gender = word.toLowerCase() === "she" ? "m" : "f";
    const fits = (id?: string) => nameGender(scope.index.byId.get(id ?? "")?.name ?? "") !== gender;
    // "Among them was Loretta Banks, 67. “…,” she said": a person named since a body last spoke is who "she" is.
    const since = prevType !== "PERSON" && prev?.at !== undefined ? [...scope.index.mentions].reverse().find((m) => m.type === "PERSON" && m.start > (prev.at ?? 0) && m.end <= scope.sentenceStart && fits(m.id)) : undefined;
    if (since) return { speakerId: since.id };
    if (prev && (prevType === "PERSON" || prev.speakerText) && fits(prev.speakerId)) return prev;
    const person = [...scope.index.mentions].reverse().find((m) => m.end <= scope.sentenceStart && m.type === "PERSON" && fits(m.id));
    return person ? { speakerId: person.id } : lastOf(scope, ["PERSON"]) ?? prev;
  }
  if (/^it$/i.test(word)) return prev?.speakerId && !prev.speakerText && prevType !== "PERSON" ? prev : lastOf(scope, ["ORG", "GOV"]) ?? prev;
  return prev ?? lastOf(scope, ["ORG", "GOV", "PERSON"]);
}

/** A group by its plural noun, then where it is ("Boat owners across the strait in Rameswaram", "civic leaders in Potosí"). */
// ("Residents in Sheikh Othman, Crater and Al-Mansoura said", "Traders at the Grand Marché in Pointe-Noire say": the
// places may be a list, and a market or a port in the town may come first.)
const PLACE_NAME = String.raw`\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2}`;
// ("Producers across the West Bank say", "Drivers on the Ugandan side said": across a region, or on one side of a border;
// "Sheep farmers in the Ariège": a department or a river's land named with its article.)
// ("More than 340 households in Tân Hưng Commune say": a count may be qualified.)
// ("Villagers on the Gower have accused", "Ranchers along the Nechako River say": or on a land or along a river;
// "Farmers in the surrounding municipalities of Geel, Mol and Kasterlee say": or in towns named by their kind first;
// "Fishmongers at the Mahabibo market said": or at a market named for its place; "Rice farmers in Mali's Inner Niger
// Delta say", "Exporters on Madagascar's east coast are threatening": or in a part of a country named by its possessive.)
// (Not "Figures from the Department show": papers and numbers are no group of people.)
const NOT_PEOPLE = /^(?:figures|data|documents|records|papers|statistics|numbers|estimates|reports|results|filings|minutes|emails|letters|images|photos|photographs)\b/i;
const PLURAL_GROUP_IN_PLACE = new RegExp(String.raw`^(?:(?:more than|over|about|nearly|almost|some|around)\s+)?(?:(?:two|three|four|five|six|several|some|many|most|dozens of|hundreds of|[\d,]+)\s+)?(?:\p{L}[\p{Ll}-]*\s+){0,2}\p{L}[\p{Ll}-]*(?:s|men)\s+(?:(?:(?:across|along|on)\s+(?:the\s+)?\p{Ll}+\s+)?(?:at\s+the\s+${PLACE_NAME}\s+)?in\s+(?:the\s+(?=\p{Lu})|the\s+(?:surrounding\s+|neighbouring\s+|neighboring\s+|nearby\s+)?(?:municipalities|towns|villages|communities|districts|parishes)\s+of\s+)?(?:(?:northern|southern|eastern|western|central|rural)\s+)?${PLACE_NAME}(?:(?:,\s+|,?\s+and\s+)${PLACE_NAME}){0,4}|at\s+the\s+${PLACE_NAME}\s+market|(?:in|on)\s+${PLACE_NAME}['’]s\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+|(?:across|throughout|along|on)\s+(?:the\s+)?${PLACE_NAME}|on\s+the\s+\p{L}+\s+side)$`, "iu");
/**
 * ("Elders from the Little Pamir told", "Farmers from Yakawlang, Panjab and Shibar districts told": or from there, its
 * name in capitals, since "leaders from both countries" come from nowhere named.)
 */
const GROUP_FROM_PLACE = new RegExp(String.raw`^(?:\p{Lu}\p{Ll}+\s+)?\p{L}\p{Ll}+(?:s|men)\s+from\s+(?:the\s+)?${PLACE_NAME}(?:(?:,\s+|,?\s+and\s+)${PLACE_NAME}){0,4}(?:\s+(?:districts|provinces|villages|counties))?$`, "u");
export const isGroupInPlace = (phrase: string) => !NOT_PEOPLE.test(phrase) && (PLURAL_GROUP_IN_PLACE.test(phrase) || GROUP_FROM_PLACE.test(phrase));
/**
 * A described speaker ("An insider at Alibaba", "a company spokesperson", "a ministry official")
 * speaks for the organisation named in the description, or for the kind of body it names.
 */
export function describe(phrase: string, found: Located[], scope: Scope): Speaker {
  // ("A Labour Directorate official in Antofagasta": where the official sits is no part of who they are; nor is "working
  // in Badakhshan" after "a representative of an international aid group".)
  // (A group is told apart by where it is: "Private minibus operators in Bishkek"; so is someone who speaks for no body,
  // "One senior banker in La Massana", "A pharmacist in Fomboni".)
  const forBody = found.some((m) => m.type !== "PLACE") || GOV_NOUN.test(phrase) || ORG_NOUN.test(phrase);
  const segment = isGroupInPlace(phrase) || !forBody ? phrase : phrase.replace(/(?:\s+(?:working|based|operating))?\s+in\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$/u, "");
  const org = found.find((m) => m.type !== "MEDIA" || found.length === 1);
  if (org) return { speakerText: segment, speakerId: org.id };
  const voiced = voiceOfBody(segment, scope);
  if (voiced) return voiced;
  if (/\b(seen|obtained|reviewed) by\b/i.test(segment)) return { speakerText: segment };
  const indefinite = indefiniteBody(segment, scope);
  if (indefinite) return indefinite;
  if (GOV_NOUN.test(segment) || ORG_NOUN.test(segment)) return { speakerText: segment, speakerId: resolveBody(scope, segment)?.speakerId };
  return { speakerText: segment };
}

/**
 * "according to the region", "The region rejects the claim" after "Region Kronoberg": a region speaks only where the
 * copy named its administration so (a Swedish county council, "Région Grand Est", "Regione Basilicata"); "the region"
 * is otherwise a place, so the word is no body noun of its own.
 */
export function regionAdministration(scope: Scope, phrase: string): Speaker | undefined {
  const region = /^the region$/i.test(phrase) ? lastOf(scope, ["GOV"], REGION_NAMED) : undefined;
  return region && { ...region, speakerText: phrase };
}
const REGION_NAMED = /^(?:Region|Région|Regione|Región)\s+\p{Lu}/u;

/** Whether an entity can be what a body phrase names: a GOV noun needs a GOV body, an ORG noun an ORG. */
export function sameKind(index: EntityIndex, id: string, phrase: string): boolean {
  const type = index.byId.get(id)?.type;
  return GOV_NOUN.test(phrase) ? type === "GOV" : ORG_NOUN.test(phrase) && type === "ORG";
}

/**
 * "the press service of the ministry", "a spokesperson for the regulator": the voice of a body the text named before
 * (the body is definite, whatever article opens the phrase), before the verb or after "according to".
 */
export function voiceOfBody(phrase: string, scope: Scope): Speaker | undefined {
  const body = /^(?:an?|the)\s+(?:press\s+(?:service|office)|spokes(?:person|man|woman)|official|representative)\s+(?:for|of|at|from|with)\s+(the\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)$/iu.exec(phrase)?.[1];
  return body && isBodyPhrase(body) ? { speakerText: phrase, speakerId: resolveBody(scope, body)?.speakerId } : undefined;
}

/**
 * "A European environmental group said …", "An independent commission found": an unnamed body introduced
 * with "a"/"an" is a described speaker, resolved only to a body the text names later as that noun.
 */
export function indefiniteBody(segment: string, scope: Scope): Speaker | undefined {
  const head = segment.split(/\s+/).at(-1) ?? "";
  if (!/^an?\s/i.test(segment) || !isBodyNoun(head)) return undefined;
  return { speakerText: segment, speakerId: namedLaterAs(scope, head.toLowerCase())?.speakerId };
}

/** The body noun a phrase ends on ("the city government" is a government, not a city). */
const GOV_NOUN_ALL = new RegExp(GOV_NOUN.source, "gi");
function headNoun(phrase: string): string {
  const last = [...phrase.matchAll(GOV_NOUN_ALL)].at(-1);
  const gov = last && /^\s*$/.test(phrase.slice((last.index ?? 0) + last[0].length)) ? last[1] : undefined;
  return (gov ?? GOV_NOUN.exec(phrase)?.[1] ?? ORG_NOUN.exec(phrase)?.[1] ?? CENTRE.exec(phrase)?.[1])?.toLowerCase() ?? "";
}
/** "shareholders of", "employees of": people who belong to a company, speaking for themselves, not for it. */
/** ("Students at the University of Mahajanga", "Members of the Marsabit County Assembly": or at a body, or of one named with its article.) */
export const PEOPLE_OF = /\b(?:shareholders|investors|employees|workers|residents|customers|creditors|bondholders|lenders|staff|owners|passengers|users|members|tenants|suppliers|franchisees|students|pupils)\s+(?:of|at)\s+(?:the\s+)?$/i;
export const isBodyNoun = (s: string) => GOV_NOUN.test(s) || ORG_NOUN.test(s);
/** "the institute" (or "the Chicago-based company") is a body phrase; "the Brisco Institute" is a name. */
export const isBodyPhrase = (s: string) => /^(the|its|their) /i.test(s) && !namedAfterArticle(withoutPlaceAttribute(s)) && (GOV_NOUN.test(s) || ORG_NOUN.test(s) || CENTRE.test(s)) && withoutOwnership(s).split(/\s+/).length <= 4;
/** ("The privately held tissue maker": who owns a body is no part of the noun phrase's length.) */
const withoutOwnership = (s: string) => s.replace(/\s(?:privately|publicly|family|state|foreign|locally)[- ](?:held|owned|run|controlled|listed)(?=\s)/i, "");
/** ("The Thunder Bay-based papermaker": a place of two words made into an attribute names no body; the noun after it describes one.) */
const withoutPlaceAttribute = (s: string) => s.replace(/^(\S+\s+)\p{Lu}[\p{L}.]*\s+\p{Lu}[\p{L}.]*-based\s+/u, "$1");
/** ("The centre said …" after "the South-Central Public Transport Centre": "the centre" alone, or "the transport centre",
 * is a body phrase; not the centre a nurse works at, "a nurse at the health centre in Kolaboui", which is a place.) */
const CENTRE = /^the\s+(?:[\p{Ll}-]+\s+)?(cent(?:re|er))$/iu;
/** "the Brisco Institute" is a name; "the Japanese carrier" is still a description. */
const namedAfterArticle = (s: string) => {
  const second = /^\S+\s+(\p{Lu}\p{L}*)(?:\s|$)/u.exec(s)?.[1];
  // ("According to the Commission": a body noun alone, capitalised by house style, is still the description.)
  if (second !== undefined && s.split(/\s+/).length === 2 && isBodyNoun(second)) return false;
  return second !== undefined && !isDemonym(second);
};
/** The body phrase a sentence opens with, if any ("The central bank lowered …", "The Japanese carrier said …"). */
export function openingBodyPhrase(sentence: string): string | undefined {
  const m = /^(?:The|Its)\s+[\p{L}-]+(?:\s+[\p{Ll}-]+){0,2}/u.exec(sentence)?.[0] ?? "";
  const words = m.split(/\s+/);
  for (let n = Math.min(words.length, 3); n >= 2; n--) {
    const phrase = words.slice(0, n).join(" ");
    if (isBodyPhrase(phrase) && /(?:bank|[a-z]{3,})$/i.test(phrase) && (GOV_NOUN.test(words[n - 1] ?? "") || ORG_NOUN.test(words[n - 1] ?? "") || /central bank$/i.test(phrase))) return phrase;
  }
  return undefined;
}
