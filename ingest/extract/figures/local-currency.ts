import { countryNames, townCountry } from "../entities/gazetteer";
import { titleCase } from "../text/datelines";
import { escapeRegExp } from "../text/regex";
import { STATE_ABBREVIATIONS, STATE_NAMES } from "../text/us-addresses";

/** Countries whose own currency is written with a bare "$" in their press. */
const DOLLAR_OF: Record<string, string> = { CA: "CAD", AU: "AUD", NZ: "NZD", HK: "HKD", SG: "SGD", TW: "TWD", JM: "JMD", TT: "TTD", BB: "BBD", FJ: "FJD", BS: "BSD", WS: "WST", TO: "TOP", BZ: "BZD", GY: "GYD", NA: "NAD", BN: "BND", SB: "SBD", DM: "XCD", LC: "XCD", GD: "XCD", VC: "XCD", AG: "XCD", KN: "XCD", AI: "XCD", MS: "XCD", KI: "AUD", TV: "AUD", NR: "AUD", BM: "BMD", KY: "KYD" };
/** "VANCOUVER —", "BRISBANE, Sept 14 (Reuters) -", "SYDNEY:": the all-capitals place that opens the copy. */
const DATELINE = /^\s*(\p{Lu}[\p{Lu} .'-]{2,40}?)(?:,|\s*\(|\s+[—–-]|:)/u;
/** ("Courtenay — Workers at …": a dateline's town in title case, before a dash, opening the copy.) */
const TITLE_DATELINE = /^\s*(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})\s+[—–]\s/u;
const US_STATE_DATELINE = new RegExp(String.raw`^\s*\p{Lu}[\p{Lu} .'-]{2,40}?,\s+(?:${STATE_ABBREVIATIONS}\.|${STATE_NAMES})\s*[—–-]`, "u");
const HOME_NAMES: Array<[RegExp, string]> = [
  // (New Zealand's regions, which a local story names more often than its country; its cities are datelines above;
  // "the Wairarapa", "the King Country", "the Waitaki" and their towns too.)
  // (And its cities that no other dollar country shares a name with, "Saskatoon", "Winnipeg"; not the exchanges' cities, "Toronto-listed";
  // and the territories' towns and regions, "Whitehorse", "Klondike"; and British Columbia's interior and valley towns,
  // "Chilliwack", "Kelowna", whose papers write "B.C.", which no word boundary closes; and Ontario's cottage country and
  // Quebec's Lanaudière, "Muskoka", "Joliette"; and the province as French writes it, "Hydro-Québec", and the
  // Bas-Saint-Laurent; and British Columbia's southern interior, "the Similkameen", "Keremeos", whose papers name neither
  // the province nor the country; and the Cowichan and Comox valleys, the Bruce Peninsula, the Bay of Quinte's county
  // and towns, and Quebec's regions, "Prince Edward County", "Lac-Saint-Jean".)
  [/\b(?:Canada|Canadian|Ottawa|Ontario|Quebec|Québec|Bas-Saint-Laurent|Similkameen|Okanagan|Keremeos|Penticton|Cowichan|Comox|Courtenay|Bruce Peninsula|Tobermory|Prince Edward County|County of Prince Edward|Belleville|Napanee|Quinte|Lac-Saint-Jean|Saguenay|Eastern Townships|British Columbia|Alberta|Saskatchewan|Manitoba|Nova Scotia|New Brunswick|Newfoundland|Prince Edward Island|Saskatoon|Regina|Winnipeg|Calgary|Edmonton|Halifax|Brandon|Moose Jaw|Lethbridge|Yukon|Whitehorse|Chilliwack|Abbotsford|Kelowna|Kamloops|Nanaimo|Fraser Valley|Muskoka|Huntsville|Bracebridge|Gravenhurst|Lanaudière|Joliette|Dawson City|Klondike|Northwest Territories|Yellowknife|Nunavut|Iqaluit)\b/g, "CAD"],
  // (And Tasmania's towns, which a Burnie or Launceston paper names more often than the country; and regional
  // Queensland's and Victoria's, "Mackay", "Townsville", "Bendigo", whose papers name neither state nor country; and
  // Western Australia's, the Murray's, the Eyre Peninsula's and the Limestone Coast's, "Merredin", "the Wheatbelt",
  // "Renmark", "Kimba", "Naracoorte"; and Sydney, whose name a Nova Scotia town shares but which counts here only beside
  // others, and the farm country of New South Wales, Victoria and Queensland, "the Hawkesbury", "Sunraysia", "the
  // Atherton Tablelands"; and the Otways, Colac, the Great Ocean Road, the Nullarbor and Kakadu; and the Grampians, the
  // Tiwi Islands, Darwin, the Whitsundays, the Torres Strait and the Red Centre, and the "Traditional Owners" Australian copy
  // capitalises, whose papers name neither state nor country twice.)
  [/\b(?:Australia|Australian|Canberra|Queensland|New South Wales|NSW|Victoria|Western Australia|South Australia|Northern Territory|Tasmania|Tasmanian|Tasmanians|Hobart|Launceston|Burnie|Devonport|Adelaide|Brisbane|Mackay|Townsville|Cairns|Rockhampton|Bundaberg|Toowoomba|Gold Coast|Sunshine Coast|Geelong|Ballarat|Bendigo|Wollongong|Alice Springs|Perth|Fremantle|Kwinana|Bunbury|Geraldton|Kalgoorlie|Merredin|Esperance|Wheatbelt|Riverland|Renmark|Mildura|Shepparton|Wagga Wagga|Dubbo|Eyre Peninsula|Port Lincoln|Whyalla|Port Augusta|Kimba|Ceduna|Limestone Coast|Mount Gambier|Naracoorte|Penola|Millicent|Sydney|Hawkesbury|Sunraysia|Atherton Tablelands|Far North Queensland|Otways|Colac|Great Ocean Road|Nullarbor|Kakadu|Grampians|Halls Gap|Tiwi|Darwin|Whitsunday|Whitsundays|Airlie Beach|Torres Strait|Thursday Island|Red Centre|Traditional Owners)\b/g, "AUD"],
  [/\b(?:New Zealand|Wellington|Auckland|NZ|Aotearoa|Hawke['’]s Bay|Otago|Waikato|Taranaki|Manawat[uū]|Tair[aā]whiti|Bay of Plenty|Christchurch|Dunedin|Tauranga|Napier|Whanganui|Rotorua|Canterbury|Northland|Southland|Marlborough|Whang[aā]rei|Kait[aā]ia|Invercargill|Timaru|Ashburton|Queenstown|Gisborne|New Plymouth|Palmerston North|Wairarapa|Masterton|King Country|Te K[uū]iti|Waitaki|Oamaru)\b/g, "NZD"],
  // (Not Hong Kong or Taiwan: their own press writes HK$ and NT$, and a bare "$" in a story about them is the US dollar.)
  [/\b(?:Singapore|Singaporean)\b/g, "SGD"],
  [/\b(?:Jamaica|Jamaican|Kingston)\b/g, "JMD"],
  [/\b(?:Trinidad|Tobago|Port of Spain)\b/g, "TTD"],
  [/\b(?:Barbados|Barbadian|Barbadians|Bridgetown)\b/g, "BBD"],
  // (Guyana's and Brunei's dollars, written "$" in Georgetown and Bandar Seri Begawan papers, which name the regions and
  // districts more than the country; not "Georgetown" or "Muara" alone, names elsewhere too.)
  [/\b(?:Guyana|Guyanese|Berbice|Demerara|Essequibo|Corentyne)\b/g, "GYD"],
  [/\b(?:Brunei|Bruneian|Bruneians|Bandar Seri Begawan|Belait|Tutong|Temburong)\b/g, "BND"],
  [/\b(?:Fiji|Fijian|Fijians|Suva)\b/g, "FJD"],
  // (The Cook Islands, Niue and Tokelau pay in the New Zealand dollar and write it "$"; their papers name the islands, not New Zealand.)
  [/\b(?:Cook Islands|Cook Islanders|Rarotonga|Aitutaki|Niue|Niuean|Alofi|Tokelau|Tokelauan|Tokelauans|Nukunonu|Fakaofo|Atafu)\b/g, "NZD"],
  // (Australia's external territories pay in its dollar; their papers name the island, not the country.)
  [/\b(?:Christmas Island|Cocos \(Keeling\) Islands|Cocos Islands|Norfolk Island)\b/g, "AUD"],
  // (Samoa's tala and Tonga's pa'anga, which their papers write with a bare "$".)
  [/\b(?:Samoa|Samoan|Samoans|Apia)\b/g, "WST"],
  [/\b(?:Tonga|Tongan|Tongans|Nuku['’]alofa)\b/g, "TOP"],
  // (The Solomon Islands dollar, written "$" in Honiara papers, which name the islands and provinces more than the country.)
  [/\b(?:Solomon Islands|Solomon Islanders|Honiara|Guadalcanal|Malaita|Makira|Gizo|Auki)\b/g, "SBD"],
  // (The Bahamas' dollar, at par with the US dollar and written "$" in Nassau papers; its islands more often than the country.)
  [/\b(?:Bahamas|Bahamian|Bahamians|Nassau|Grand Bahama|Exuma|Eleuthera|Abaco|Andros)\b/g, "BSD"],
  // (The Eastern Caribbean dollar of the OECS states, written "$" and "cents" in their papers.)
  // (Kiribati, Tuvalu and Nauru pay in the Australian dollar and write it "$".)
  [/\b(?:Kiribati|I-Kiribati|Tarawa|South Tarawa|Betio|Tuvalu|Funafuti|Nauru)\b/g, "AUD"],
  // (Belize's dollar, written "$" in its papers and broadcasts, which name the towns and districts more than the country.)
  [/\b(?:Belize|Belizean|Belizeans|Belmopan|Placencia|Dangriga|Stann Creek|Orange Walk|Corozal|Punta Gorda|San Ignacio|Cayo District|Toledo District)\b/g, "BZD"],
  // (Bermuda's and the Cayman Islands' dollars, at or near par with the US dollar and written "$" in Hamilton and George
  // Town papers; not "Hamilton" itself, a town in Canada, New Zealand and Scotland too.)
  [/\b(?:Bermuda|Bermudian|Bermudians)\b/g, "BMD"],
  [/\b(?:Cayman|Caymanian|Caymanians|George Town|Bodden Town|West Bay|Cayman Brac|Little Cayman)\b/g, "KYD"],
  [/\b(?:Dominica|Roseau|Saint Lucia|St\.? Lucia|Castries|Grenada|Grenadian|Saint Vincent|St\.? Vincent|Kingstown|Antigua|Antiguan|Barbuda|Saint Kitts|St\.? Kitts|Nevis|Basseterre|Anguilla|Montserrat)\b/g, "XCD"],
];
const US_NAMES = /\bU\.S\.(?!\w)|\b(?:United States|American|Washington|Americans)\b/g;

/** ("Singapore-based"): a company's home, no mention of where the story is; one pattern per home, built once. */
const BASED = new Map(HOME_NAMES.map(([names]) => [names, new RegExp(`${names.source}-based`, "g")]));
/** Every other country's name (not a dollar country's, not the United States'), with its pattern, built on first use. */
let otherCountries: Array<[string, RegExp]> | undefined;
function namesOtherCountryMore(text: string, home: number): boolean {
  otherCountries ??= countryNames().filter((n) => !HOME_NAMES.some(([names]) => n.match(names)) && !n.match(US_NAMES)).map((n) => [n, new RegExp(`\\b${escapeRegExp(n)}\\b(?!-based)`, "g")]);
  return otherCountries.some(([n, re]) => text.includes(n) && (text.match(re) ?? []).length > home);
}

/**
 * A dollar country's exchange, its dollar, and the sign copy writes when it marks that dollar apart from a bare "$".
 * ("Toronto-based Northfield … shares fell to $14.37 on the Toronto Stock Exchange": the exchange named in full counts
 * for a firm based in Canada; a "Toronto-listed" miner in Tanzania reports in US dollars.)
 */
const EXCHANGE_DOLLARS: Array<[RegExp, string, RegExp]> = [[/\bASX\b|\bAustralian Securities Exchange\b/, "AUD", /\bAU?\$/], [/\bNZX\b/, "NZD", /\bNZ\$/], [/\bTSX(?:-V)?\b|\b(?:Toronto|Vancouver|Calgary|Montreal)-based\b[\s\S]*\bToronto Stock Exchange\b/, "CAD", /\bCA?\$/], [/\bSGX\b/, "SGD", /\bS\$/], [/\bHKEX\b/, "HKD", /\bHK\$/]];

/**
 * Which dollar a bare "$" means in this article: the currency of the dateline's country, else of a
 * dollar country the copy keeps naming while it does not name the United States; else the US dollar.
 * A Vancouver story's "$1.2 billion" is Canadian, and the wire writes "US$" when it is not.
 */
export function localDollar(text: string): string {
  // (A headline may stand above the dateline: the first three paragraphs are tried.)
  const lines = text.split(/\n+/, 3);
  // ("VALENTINE, Neb. —": a dateline's town followed by a US state's name or abbreviation is American, whatever town of
  // another dollar country shares its name.)
  // (Each paragraph's dateline country, read once: it names the dollar here and keeps a listing's dollar out below.)
  const datelineCountries = lines.map((p) => (US_STATE_DATELINE.test(p.slice(0, 60)) ? "US" : townCountry(titleCase(DATELINE.exec(p.slice(0, 60))?.[1]?.trim() ?? ""))));
  const code = datelineCountries.map((c) => (c ? DOLLAR_OF[c] : undefined)).find(Boolean) ?? DOLLAR_OF[townCountry(TITLE_DATELINE.exec(text)?.[1] ?? "") ?? ""];
  // ("SINGAPORE, May 19 (Commodities Wire) - Indonesia will raise …": a wire's desk city says nothing of the dollars in
  // a story about elsewhere; only a story that names the dateline's country again is priced in its dollar.)
  const wire = lines.some((p) => /^\s*\p{Lu}[\p{Lu} .'-]+,\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2}\s*\([^)]+\)/u.test(p.slice(0, 80)));
  const datelineNames = HOME_NAMES.find(([, c]) => c === code)?.[0];
  if (code && !(wire && datelineNames && (text.match(datelineNames) ?? []).length < 3)) return namedInstead(text, code) ?? code;
  const us = (text.match(US_NAMES) ?? []).length;
  // ("ASX-listed Murray Crest Wines … its $48 million purchase", "Corvane shares fell … to $7.85 on the ASX": a firm
  // listed on a dollar country's exchange reports in its dollars, wherever the story is set; not where the copy writes
  // that dollar with its own sign, "C$38 million ($28 million)", and a bare "$" is the US dollar.)
  // ("RAPID CITY — … The company's shares, which trade on the TSX Venture Exchange in Toronto, …": not in a story
  // datelined in an American town, where a bare "$" is the US dollar.)
  const listed = us <= 1 && !datelineCountries.includes("US") ? EXCHANGE_DOLLARS.find(([exchange, , sign]) => exchange.test(text) && !sign.test(text))?.[1] : undefined;
  if (listed) return listed;
  // (A passing mention of the United States does not make a New Zealand story's dollars American.)
  // ("Singapore-based Kestrel cancelled calls at Port Klang … Malaysia": a story that names another country more than the
  // dollar country is about that other country, and a company's home ("-based") is no mention of where the story is.)
  for (const [names, code] of HOME_NAMES) {
    const home = (text.match(names) ?? []).length - (text.match(BASED.get(names) ?? names) ?? []).length;
    // ("flows … between Hedley and the U.S. border … in Washington state": nor do two, in a story that names its own
    // land three times as often.)
    if ((us <= 1 || us * 3 <= home) && home >= 2 + us && !namesOtherCountryMore(text, home)) return code;
  }
  return "USD";
}

/**
 * ("PICTON – … sued the County of Prince Edward … in Ontario Superior Court in Belleville": a dateline's town that several
 * dollar countries share is read as the largest of them; copy that never names that country but names another three times
 * or more is set in the other.)
 */
function namedInstead(text: string, code: string): string | undefined {
  const counts = HOME_NAMES.map(([names, c]) => [c, (text.match(names) ?? []).length] as const);
  if (counts.some(([c, n]) => c === code && n > 0)) return undefined;
  const [best, n] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return n >= 3 ? best : undefined;
}

/** Countries that write their own rupee "Rs" ("Rs2.39tr" in Karachi is Pakistani). */
const RUPEE_NAMES: Array<[RegExp, string]> = [
  [/\b(?:Pakistan|Pakistani|Islamabad|Karachi|Lahore|Rawalpindi|Peshawar)\b/g, "PKR"],
  [/\b(?:Sri Lanka|Sri Lankan|Colombo)\b/g, "LKR"],
  [/\b(?:Nepal|Nepali|Nepalese|Kathmandu)\b/g, "NPR"],
  [/\b(?:Mauritius|Mauritian|Mauritians|Port Louis)\b/g, "MUR"],
  [/\b(?:India|Indian|New Delhi|Mumbai|Bengaluru|Chennai|Kolkata)\b/g, "INR"],
];

/** The currency of the country the copy names most (at least `least` times), `fallback` when it names none so often. */
function mostNamed(text: string, table: Array<[RegExp, string]>, fallback: string, least = 1): string {
  const counts = table.map(([names, code]) => [code, (text.match(names) ?? []).length] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] >= least ? best[0] : fallback;
}

/** Which rupee a bare "Rs" means: India's when the copy names no other rupee country. */
export const localRupee = (text: string) => mostNamed(text, RUPEE_NAMES, "INR");

const PESO_NAMES: Array<[RegExp, string]> = [
  // (Mexico's own names count too: "Mendoza", an Argentine city, is a surname in a Michoacán story.)
  [/\b(?:Mexico|Mexican|Mexicans|Michoac[áa]n|Oaxaca|Jalisco|Sinaloa|Sonora|Chihuahua|Veracruz|Puebla|Chiapas|Tamaulipas|Nuevo Le[óo]n|Monterrey|Guadalajara|Tijuana|San Luis Potos[íi])\b/g, "MXN"],
  [/\b(?:Philippines?|Philippine|Manila|Filipino)\b/g, "PHP"],
  [/\b(?:Chile|Chilean|Santiago)\b/g, "CLP"],
  // ("Neuquén's labour authority", "In Ushuaia, the provincial capital", "Misiones": Argentina's provinces and cities name its peso too.)
  [/\b(?:Argentina|Argentine|Buenos Aires|Neuqu[ée]n|Patagonia|Patagonian|Tierra del Fuego|Ushuaia|Mendoza|Rosario|Tucum[áa]n|Bariloche|Chubut|Comodoro Rivadavia|R[íi]o Gallegos|Vaca Muerta|Mar del Plata|Misiones|Posadas|Ober[áa])\b/g, "ARS"],
  [/\b(?:Colombia|Colombian|Bogot[aá])\b/g, "COP"],
  [/\b(?:Cuba|Cuban|Havana|Santiago de Cuba|Matanzas|Holgu[ií]n)\b/g, "CUP"],
  [/\b(?:Uruguay|Uruguayan|Uruguayans|Montevideo|Salto|Paysand[uú]|Rivera|Maldonado)\b/g, "UYU"],
  [/\b(?:Dominican Republic|Santo Domingo)\b/g, "DOP"],
];

/** Which peso "pesos" means: Mexico's when the copy names no other peso country. */
export const localPeso = (text: string) => mostNamed(text, PESO_NAMES, "MXN");

const DINAR_NAMES: Array<[RegExp, string]> = [
  [/\b(?:Iraq|Iraqi|Baghdad|Basra|Mosul|Erbil|Duhok|Sulaimani|Sulaymaniyah|Kurdistan Region)\b/g, "IQD"],
  [/\b(?:Jordan|Jordanian|Amman|Aqaba)\b/g, "JOD"],
  [/\b(?:Kuwait|Kuwaiti)\b/g, "KWD"],
  [/\b(?:Bahrain|Bahraini|Manama)\b/g, "BHD"],
  [/\b(?:Algeria|Algerian|Algiers|Oran)\b/g, "DZD"],
  [/\b(?:Libya|Libyan|Tripoli|Benghazi)\b/g, "LYD"],
  [/\b(?:Tunisia|Tunisian|Tunis|Sfax)\b/g, "TND"],
  [/\b(?:Serbia|Serbian|Belgrade|Novi Sad)\b/g, "RSD"],
];

const KRONE_NAMES: Array<[RegExp, string]> = [
  [/\b(?:Norway|Norwegian|Oslo|Bergen|Vestland|Trondheim|Stavanger|Troms[øo]|Finnmark)\b/g, "NOK"],
  // (Greenland pays in Danish kroner: "16.50 kroner a kilo" in an Ilulissat story.)
  // ("300,000 kroner" in an Odense story: Denmark's cities and islands name its krone too.)
  [/\b(?:Denmark|Danish|Copenhagen|Greenland|Greenlandic|Nuuk|Aarhus|Odense|Aalborg|Esbjerg|Funen|Fyn|Jutland|Zealand|Bornholm|Lolland)\b/g, "DKK"],
];

// (Sudan's names but not South Sudan's, whose pound is another currency: "South Sudanese" holds "Sudanese".)
const POUND_NAMES: Array<[RegExp, string]> = [
  [/\b(?:Syria|Syrian|Damascus|Aleppo|Homs|Hama|Latakia|Tartus|Deir ez-Zor)\b/g, "SYP"],
  [/\b(?:Egypt|Egyptian|Egyptians|Cairo|Alexandria|Giza|Port Said)\b/g, "EGP"],
  [/\b(?:Lebanon|Lebanese|Beirut|Sidon|Tyre)\b/g, "LBP"],
  [/\b(?<!South )(?:Sudan|Sudanese|Khartoum|Omdurman|Kordofan|Darfur)\b/g, "SDG"],
  [/\b(?:Britain|British|UK|United Kingdom|England|Scotland|Scottish|Wales|Welsh|London)\b/g, "GBP"],
];

// (Not "Mary", Turkmenistan's province and city, which is a given name too.)
const MANAT_NAMES: Array<[RegExp, string]> = [
  [/\b(?:Turkmenistan|Turkmen|Ashgabat|Turkmenabat|Dashoguz|Balkanabat|Lebap|Ahal)\b/g, "TMT"],
  [/\b(?:Azerbaijan|Azerbaijani|Azerbaijanis|Baku|Ganja|Sumgait|Sumqayit|Nakhchivan|Lankaran|Shaki|Mingachevir)\b/g, "AZN"],
];

const BR_NAMES: Array<[RegExp, string]> = [
  [/\b(?:Belarus|Belarusian|Belarusians|Minsk|Grodno|Hrodna|Brest|Gomel|Homel|Vitebsk|Mogilev|BelTA)\b/g, "BYN"],
  [/\b(?:Ethiopia|Ethiopian|Ethiopians|Addis Ababa)\b/g, "ETB"],
];

// (Moldova's leu shares its plural with Romania's; a Chisinau story's "lei" are Moldovan.)
const LEI_NAMES: Array<[RegExp, string]> = [
  [/\b(?:Moldova|Moldovan|Moldovans|Chisinau|Chișinău|Balti|Bălți|Cahul|Orhei|Gagauzia|Transnistria)\b/g, "MDL"],
  [/\b(?:Romania|Romanian|Romanians|Bucharest|Cluj|Timisoara|Timișoara|Iasi|Iași|Constanta|Constanța)\b/g, "RON"],
];

const RIAL_NAMES: Array<[RegExp, string]> = [
  [/\b(?:Oman|Omani|Omanis|Muscat|Sohar|Salalah|Duqm)\b/g, "OMR"],
  [/\b(?:Yemen|Yemeni|Yemenis|Sanaa|Sana['’]a|Aden|Hodeidah|Taiz|Marib|Mukalla)\b/g, "YER"],
];

/**
 * Currency words and signs the copy writes without their country, each with the countries that write them and how
 * often the copy must name one: "kroner", "dinars", "pounds" (not "Syrian pounds", which names its own; named twice,
 * so a Glasgow story that mentions Syrian refugees once keeps its pounds), "manats", Belarus's and Ethiopia's "Br", "rials" (Iran's, unless the copy is Oman's or Yemen's), "lei" (Romania's, unless the copy is Moldova's).
 */
// ("4.8 mln rubles" in a Petrozavodsk story is Russia's; in a Minsk one, Belarus's.)
const RUBLE_NAMES: Array<[RegExp, string]> = [
  [/\b(?:Russia|Russian|Moscow|St Petersburg|Saint Petersburg|Karelia|Petrozavodsk|Novosibirsk|Yekaterinburg)\b/g, "RUB"],
  [/\b(?:Belarus|Belarusian|Minsk|Grodno|Hrodna|Gomel|Homel|Vitebsk|Mogilev)\b/g, "BYN"],
];

const COUNTRY_WORDS: Array<{ is: (unit: string, text: string) => boolean; names: Array<[RegExp, string]>; least?: number }> = [
  { is: (unit) => unit === "kroner", names: KRONE_NAMES },
  { is: (unit) => /^dinars?$/i.test(unit), names: DINAR_NAMES },
  { is: (unit, text) => unit === "GBP" && /(?<!\p{Lu}\p{Ll}+\s)pounds$/u.test(text), names: POUND_NAMES, least: 2 },
  { is: (unit) => /^manats?$/i.test(unit), names: MANAT_NAMES },
  { is: (unit, text) => unit === "ETB" && /\bBr\s?\d/.test(text), names: BR_NAMES },
  { is: (unit, text) => unit === "IRR" && /\brials?$/.test(text), names: RIAL_NAMES },
  { is: (unit, text) => unit === "RON" && /\blei$/.test(text), names: LEI_NAMES },
  { is: (unit, text) => unit === "RUB" && /r(?:o)?ubles?$/i.test(text), names: RUBLE_NAMES },
];

/**
 * Which currency a currency word or sign means in this copy: the country's the copy names most ("7.4 billion kroner"
 * in a Norwegian story, "6 million dinars" in a Duhok one, "Br2.1 million" in a Grodno one); none named, it stays as
 * written.
 */
export function countryWordCurrency(text: string): (unit: string | undefined, figure: string) => string | undefined {
  // (Counted only for a word a figure actually carries, once per copy: most copy has none of them.)
  const codes = new Map<(typeof COUNTRY_WORDS)[number], string>();
  const codeOf = (w: (typeof COUNTRY_WORDS)[number]) => codes.get(w) ?? codes.set(w, mostNamed(text, w.names, "", w.least)).get(w);
  return (unit, figure) => {
    for (const w of COUNTRY_WORDS) {
      const code = w.is(unit ?? "", figure) ? codeOf(w) : undefined;
      if (code) return code;
    }
    return undefined;
  };
}

const SHILLING_NAMES: Array<[RegExp, string]> = [
  [/\b(?:Uganda|Ugandan|Kampala)\b/g, "UGX"],
  [/\b(?:Tanzania|Tanzanian|Dar es Salaam|Dodoma|Zanzibar)\b/g, "TZS"],
  [/\b(?:Kenya|Kenyan|Nairobi|Mombasa)\b/g, "KES"],
  // (Puntland's papers name the state and its towns, and price in the Somali shilling.)
  [/\b(?:Somalia|Mogadishu|Kismayo|Puntland|Bosaso|Garowe|Galkayo)\b/g, "SOS"],
  // (Somaliland's shilling has no ISO code; its papers write "SLSH".)
  [/\b(?:Somaliland|Hargeisa|Berbera|Burao)\b/g, "SLSH"],
];

const ISLAND_POUND_NAMES: Array<[RegExp, string]> = [
  [/\b(?:St\.? Helena|Saint Helena|Jamestown|Half Tree Hollow)\b/g, "SHP"],
  [/\b(?:Falkland Islands|Falklands|Falkland Islanders|Stanley)\b/g, "FKP"],
];

/**
 * Which island pound sterling's sign means: the Saint Helena or the Falkland Islands pound, at par with sterling, in
 * copy that names the islands more than twice; "" otherwise.
 */
export const localIslandPound = (text: string) => mostNamed(text, ISLAND_POUND_NAMES, "", 3);

/** Which shilling "Sh"/"Shs" means: Kenya's when the copy names no other shilling country ("Shs4.8 billion" in Kampala is Ugandan). */
export const localShilling = (text: string) => mostNamed(text, SHILLING_NAMES, "KES");

const CFA_NAMES: Array<[RegExp, string]> = [
  [/\b(?:Senegal(?:ese)?|Dakar|Mali(?:an)?|Bamako|Ivory Coast|C[oô]te d['’]Ivoire|Ivorian|Abidjan|Burkina Faso|Ouagadougou|Niger|Niamey|Togo(?:lese)?|Lom[eé]|Benin(?:ese)?|Cotonou|Guinea-Bissau)\b/g, "XOF"],
  [/\b(?:Cameroon(?:ian)?|Yaound[eé]|Douala|Buea|Kumba|Limbe|Bamenda|Chad(?:ian)?|N['’]Djamena|Gabon(?:ese)?|Libreville|Republic of (?:the )?Congo|Brazzaville|Central African Republic|Bangui|Equatorial Guinea|Malabo)\b/g, "XAF"],
];

/**
 * Which CFA franc "CFA francs" means: Central Africa's (XAF) in copy that names its countries more, else West
 * Africa's (XOF); "" when the copy names neither (a bare "francs" then stays the Swiss franc).
 */
export const localCfa = (text: string) => mostNamed(text, CFA_NAMES, "");
