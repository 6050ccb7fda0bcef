import type { EntityType } from "@/lib/schemas/extraction";
import { isModelAfterMaker, KYRGYZ_PATRONYMIC, MEMBER_FOR, MODEL_CODE, MONGOLIAN_NAME, NAME_PARTICLE, REGION_NUMBER, type Candidate } from "./candidates";
import { hasGovHead, headsWithOf, isCountryAgency, isOwnLanguageStateBody, STATE_INSURANCE_FUND } from "./gov-heads";
import { isCommonWord, isDemonym, isFirstName, isKnownPlace, isLastName, isPlaceWord, SPEECH_OR_AUX, WAY_NOUN } from "./words";
import { isDictionaryWord } from "./dictionary";
import { isCountryName, isItalianRegion, isRegion, townPopulation } from "./gazetteer";
import { lexiconType } from "./lexicon-matches";
import { escapeRegExp, fromEnd } from "../text/regex";
import { DATED_DATELINE_AFTER, titleCase } from "../text/datelines";
import { EAST_ASIAN_FAMILY, isFamilyName, isGivenName } from "./given-names";
import { STATE_ABBREVIATIONS, STATE_NAMES } from "../text/us-addresses";

export type Vote = [EntityType, number];

/** "European Journal of Critical Care", "Annals of Surgery": a journal named for its field. */
/** ("Radio Télé Métropole", "Télé Soleil", "Canal 4", "RTV Novi Pazar", "TV Gazeta": broadcasters named by their medium first.) */
export const MEDIA_OPENING = /^(?:(?:(?:\p{Lu}\p{Ll}+\s+)?Journal|Annals|Archives|Bulletin|Proceedings)\s+of\s+\p{Lu}|(?:Radio|Radyo|Rádio|Ràdio|Télé|Tele|Télévision|Televisión|Televisão|Televisió|Canal|RTV|TV)\s+(?:\p{Lu}|\d|i\s+\p{Lu})|Voice of \p{Lu})/u;
// ("told The Berkshire Eagle", "the Taunton Sentinel": the birds and watchmen of American and British mastheads too.)
export const MEDIA_HEAD = /\b(Times|Post|Journal|Herald|Wire|Ledger|Daily|Bulletin|Tribune|Gazette|News|Press|Chronicle|Observer|Telegraph|Guardian|Reporter|Monitor|Courier|Weekly|Insider|Radio|TV|Television|Broadcasting|Eagle|Sentinel|Dispatch|Enquirer|Mirror|Echo|Argus)$/;
/** Words papers are named by ("Arizona Daily Star", "Manchester Evening News"), beside MEDIA_HEAD's. */
const PAPER_WORDS = "Star|Sun|Mirror|Mail|Express|Examiner|Inquirer|Dispatch|Globe|Sentinel|Register|Standard|Independent|Echo|Argus|Leader|Advertiser|Mercury|Age";
const PAPER_TAIL = new RegExp(`\\b(?:${PAPER_WORDS})$`);
/** One word of a paper's masthead ("Journal Sentinel", "Post-Gazette"). */
const MASTHEAD = new RegExp(`^(?:${PAPER_WORDS}|Journal|Times|Post|Herald|Tribune|Gazette|Chronicle|Observer|Courier|Record|Press|Bulletin|Telegraph|Guardian|Post-Gazette|Journal-World)$`);
/** "Sienna Microdevices", "Hexa Geosystems": a coined company word ending in what the company makes. */
const ORG_COMPOUND = /^\p{Lu}\p{Ll}{2,}(?:devices|systems|tech|technologies|labs|works|soft|tronics|logic|semi|pharma|genix|therapeutics|robotics|dynamics|metrics|materials|chem|foods)$/u;
const ORG_OPENING = /^(?:Energía|Energia|Distribuidora|Comercializadora|Farmacéutica|Farmacêutica|Transportes|Inversiones|Constructora|Construtora|Industrias|Indústrias|Laboratorios|Laboratórios|Productora|Alimentos|Cementos|Aceros|Agroindustrias)$/;
// ("Sjever Banka", "Porto Norte Logística": a bank and a logistics firm named in their own languages end in their kind too.)
const ORG_HEAD = /\b(Society|Syndicate|Mobile|Wireless|Elementary|School|Academy|College|Hospital|Clinic|Inc|Corp|Corporation|Group|Holdings?|Motors|Bank|Technologies|Technology|Labs?|Systems|Airlines?|Energy|Pharmaceuticals?|Pharma|Photovoltaics|Solar|Renewables|Partners|Capital|Ventures|University|Institute|Foundation|Association|Union|Co|Ltd|LLC|PLC|AG|SE|Robotics|Semiconductors?|Electronics|Networks|Software|Industries|Logistics|Foods|Therapeutics|Biotech|Securities|Insurance|Airways|Mining|Steel|Telecom|Communications|Studios|Games|Entertainment|Media|Research|Solutions|Dynamics|Analytics|Exchange|Fund|Trust|Coal|Gas|Oil|Power|Resources|Minerals|Metals|Petroleum|Chemicals|Cement|Shipping|Lines|Brewing|Beverages|Properties|Construction|Engineering|Imports|Exports|Motors|Markets|Financial|Finance|Bancorp|Bankshares|Banka|Bankas|Bankası|Logística|Logistica|Logistik|Credit|Lending|Mortgage|Savings|System|Healthcare|Rail|Railway|Railways|Freight|Ports|Ceramics|Textiles|Plastics|Packaging|Brands|Apparel|Furniture|Propulsion|Aerospace|Automotive|Aéreas|Aereas|Seafoods|Shipyards?|Hotels|Resorts|Breweries|Distilleries|Wines|Vineyards|Wineries|Brokers|Brokerage|Refineries|Refinery|Company|Enterprises?|Medical Center|Medical Centre|Insolvency|Advisory|Consulting|Geoscience|Geosciences|Geotechnical|Consultants|Accountants|Solicitors|Chambers LLC|Chambers LLP|Developments|Developers|Contracting|Contractors|Realty|Bourse|Provisions|Kablo|Otomotiv|Tekstil|Sanayi|Enerji|İnşaat|Gıda|Madencilik|Vind|Energi|Kraft|Baumschulen|Baumschule|[A-Za-zäöüÄÖÜ]*(?:käserei|Käserei|molkerei|Molkerei|sennerei|Sennerei))\.?$/;
// (An interview "by", "in" or "with" names an outlet; "a phone interview from Tlaxiaco" names where it was given.)
const MEDIA_BEFORE = fromEnd(/\b(media outlet|outlet|newspaper|broadcaster|news agency|news site|news website|magazine|journal|periodical|publication|tabloid|broadsheet|(?:business|financial|regional|national|local|evening|morning|state-run|state|economic) (?:daily|weekly)|the daily|radio station|TV station|television station|told|speaking to|spoke to|talking to|seen by|reviewed by|obtained by|reported by|broadcast by|aired by|(?:state|public|national|private|state-run|state-owned) (?:television|TV|radio)|(?:report|story|article|investigation|reporting)s? (?:by|in|from|with)|interviews? (?:by|in|with)|told the)\s*(?:the\s+)?["“‘']?$/i);
/** ("far behind market leader Grab": the leader of a market is a company.) */
/**
 * ("the association Ria Viva": a civic body's kind before its name, the way Portuguese, French and Spanish copy writes it;
 * "the campaign group Rädda Kroppefjäll": a group's kind before its name, whatever given name or place the name holds; "the trade body Inter Beaujolais".)
 */
// ("the conservation charity Loup Libre Cévennes": a charity, whatever its name's first word.)
const FIRM_BEFORE = fromEnd(/\b(?:firm|company|charity|consultancy|startup|start-up|lender|brokerage|broker|insurer|retailer|developer|contractor|(?:market|industry) leader|the (?:association|cooperative|co-operative|foundation|charity|collective|NGO|nonprofit|non-profit|not-for-profit)|(?:campaign|pressure|action|protest|civic|residents['’]|citizens['’]|environmental) group|(?:trade|industry|umbrella|interprofessional) body)\s+$/);
const OWNER_OF_BEFORE = fromEnd(/\b(?:director|managing director|chairman|chairwoman|owner|co-owner|founder|co-founder|general manager|chief executive|boss)\s+of\s+$/);
/** "X News Agency", "X News Service": a news organisation even though "Agency" sounds like government. */
const NEWS_NAME = /\bNews(?: Agency| Service| Network| Corp)?$/;
/** "National Cyber Security Centre", "Federal Aviation Administration": state bodies. */
const STATE_BODY = /\b(National|Federal|State|Royal|Central)\b.*\b(Centre|Center|Service|Agency|Office|Bureau|Administration|Authority|Board|Commission|Inspectorate)$/;
/**
 * ("Social Security Bank", Uruguay's BPS; "Deposit Insurance Fund"; "Public Enterprise for Coastal Zone Management";
 * "Public Establishment for Electricity Transmission and Distribution", a Syrian state utility): a social-security or
 * deposit-insurance body, a public enterprise or establishment is the state's, whatever company word it holds.
 */
const PUBLIC_BODY = /^(?:Social Security (?:Bank|Institute|Fund|Board)|(?:Public (?:Establishment|Enterprise)|General Establishment) (?:of|for)\b|Deposit Insurance (?:Fund|Corporation|Agency)$)/;
/** "National Statistics Institute", "Institute of Statistics": a country's statisticians are a state body, whatever "Institute" says. */
/** ("Stats NZ", "Statistics Canada": a national statistics office named after its country.) */
const STATISTICS_BODY = /\bStatistic(?:s|al)\b.*\b(?:Institute|Office|Agency|Bureau|Authority)$|\bInstitute (?:of|for) Statistics\b|^Stat(?:s|istics) (?:NZ|SA|\p{Lu}\p{Ll}+)$/u;
/** "World Trade Organization", "International Monetary Fund": bodies of governments, typed GOV like the UN. */
const INTERGOV = /^(World|International|United Nations)\b.*\b(Organization|Organisation|Bank|Fund|Agency|Court)$/;
/**
 * Descriptor nouns that make the next name a product ("the video app Clipstream", "sold as Vantelis", "the container
 * ship Baltic Horizon"); "service" and "platform" name companies too often ("Streaming service Lumora confirmed"),
 * unless a company owns them ("its streaming service Corvina").
 */
// ("its vessel, the Manu Folau", "observers aboard the Kitti Star": a ship named in apposition or boarded; "the electronic
// queue system eCherha": a system named by what it books or tracks.)
const PRODUCT_NOUN_BEFORE = fromEnd(/\b((?:sold|sell|marketed)(?: to [\w\s-]{2,30})? as|brand name|ship|vessel|tanker|dragger|trawler|freighter|app|model|chatbot|assistant|game|browser|drug|vaccine|smartphone|console|headset|pill|thinner|medicine|tablet|treatment|therapy|painkiller|antibiotic|antibody|inhaler|jab|injection|(?:insulin|injector) pen|(?:queue|booking|ticketing|payment|registration|reservation|tracking|operating) system|\b(?:its|their) (?:[\w-]+ )?(?:service|platform)|(?:vessel|ship|ferry|tanker|trawler|longliner|freighter),\s+the|aboard\s+the)\s+['"‘“]?$/i);
/** "the surveillance tool, known as Shadowline": a thing given its name in the text. */
const PRODUCT_NAMED_BEFORE = fromEnd(/\b(tool|app|software|spyware|malware|program|programme|platform|drug|vaccine|shot|jab|injection|model|device|chatbot|game|feature)s?,?\s+(?:known as|called|named|dubbed|branded)\s+['"‘“]?$/i);
/** "in Dublin and Austin", "in Nyanga, Delft and Khayelitsha": coordinated with a place. */
/** ("residents of Tenerife, Gran Canaria and Lanzarote": any place listed before it, not only the one right before.) */
/** "MV Clansman", "HMS Victory": the letters before a ship's name. */
export const VESSEL_PREFIX = /^(?:MV|MS|MT|RMS|HMS|USS|SS|FV)$/;
/** A place the lists know by that name (a town of 10,000 or more), which a name beside it in a list or on a route shares the kind of. */
const isNamedPlace = (name: string) => isKnownPlace(name, 10_000);
const NUMBERED_REGION = new RegExp(`^Region ${REGION_NUMBER.source.slice(1)}`);
const REGION_AFTER = new RegExp(`^,\\s+${NUMBERED_REGION.source.slice(1, -1)}\\b`);
const COMPASS_ADJECTIVE = /^(?:Northern|Southern|Eastern|Western|Central|North|South|East|West)$/;
// ("in Grand Baie, Flic en Flac, Belle Mare and Le Morne": a listed name may hold a particle.)
const PLACE_LIST_BEFORE = /\b(?:in|from|across|between|of|to|at|via|through)\s+((?:\p{Lu}\p{L}+(?:\s(?:en\s|de\s|du\s|la\s)?\p{Lu}\p{L}+)?,\s){0,4}\p{Lu}\p{L}+(?:\s(?:en\s|de\s|du\s|la\s)?\p{Lu}\p{L}+)?)(?:,\s|,?\s+and\s+|\s+or\s+)$/u;
// ("shopkeeper Fusi Taomia said", "Opposition MP Hon. Saufatu Lepaio": a trade or a seat before the name, the honorific between.)
const PERSON_BEFORE = fromEnd(/\b((?:director|secretary|attorney|auditor|solicitor|inspector|surveyor|accountant|postmaster)[- ]general|MS|MSP|MLA|MEP|TD|member|councilmember|councilwoman|councilman|lecturer|teacher|student|organiser|organizer|neurologist|physician|cardiologist|bowler|batsman|runner|athlete|player|candidate|medallist|medalist|champion|coach|striker|midfielder|goalkeeper|singer|actor|actress|novelist|artist|politician|diplomat|envoy|banker|entrepreneur|billionaire|tycoon|doctor|surgeon|nurse|pilot|farmer|victim|survivor|suspect|defendant|plaintiff|witness|MP|(?<!market |industry |sector |category )leader|negotiator|author|councillor|councilor|curator|campaigner|activist|astronomer|astrophysicist|physicist|analyst|commissioner|spokesperson|spokesman|spokeswoman|executive|officer|director|founder|co-founder|minister|secretary|chairman|chairwoman|ceo|president|professor|engineer|researcher|economist|lawyer|attorney|governor|mayor|judge|reporter|correspondent|journalist|lawmaker|representative|chief|head|manager|scientist|controller|commander|convener|convenor|coordinator|chairperson|chair|treasurer|trustee|adviser|advisor|consultant|inspector|superintendent|detective|sergeant|constable|magistrate|barrister|solicitor|counsel|principal|headteacher|widow|mother|father|nephew|niece|son|daughter|brother|sister|cousin|uncle|aunt|grandson|granddaughter|husband|wife|resident|veteran|fan|shopkeeper|fisherman|fisher|midwife|driver|expert|herder|pastoralist|plucker),?\s+(?:Hon\.\s+)?$/i);
/** "Opposition spokesman on energy Kemar Blackett", "spokesperson for health Jane Doe": a role with its brief before the name. */
/** "The chairman of the Tanji VDC, ": a post in a named body, a comma, then the holder's name. */
/** ("Its director for Spain, Inmaculada Sánchez Barroso, said": a post for a country too.) */
const ROLE_OF_BODY_BEFORE = fromEnd(/\b(?:(?:the\s+)?Director[- ]General|chairman|chairwoman|chairperson|chair|president|head|director|secretary|secretary-general|leader|spokesperson|spokesman|spokeswoman|founder|owner|manager|coordinator|treasurer)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:of\s+|and\s+|the\s+)*\p{Lu}[\p{L}\p{N}'’&.-]*){0,6},\s+$/u);
const ROLE_ON_BEFORE = /\b(?:spokes(?:man|woman|person)|critic|minister|secretary|chair(?:man|woman|person)?)\s+(?:on|for)\s+(?!(?:the|a|an|its|their|his|her)\s)\p{Ll}+(?:\s+(?:and\s+)?\p{Ll}+)?\s+$/u;
// ("X, one of the largest chair makers": a maker of chairs is no chair.)
// ("Ildikó Varga-Bende, Székesfehérvár's deputy mayor": an accented place's possessive may stand before the role.)
// ("Renée Albright, a truffle buyer for a Chicago restaurant group": a buyer "for" or "at" a body, not "the largest buyer of
// grapes", a company; a chef and a restaurateur too; "Nigina Rahmonova, a veterinarian with the district office".)
const PERSON_AFTER = /^,\s+(?:(?:the|a|an|its|their)\s+|[A-Z][\w\u00C0-\u024F-]*['’]s\s+)?[\w\s'’-]{0,40}?\b(chief|ceo|spokes\w+|analyst|director|head|minister|founder|president|professor|researcher|engineer|officer|executive|manager|partner|economist|lawyer|attorney|secretary|chair\w*(?!\s+(?:makers?|manufacturers?|factory|factories|producers?)\b)|candidate|medallist|medalist|champion|runner|athlete|player|coach|lawmaker|mp|mla|mlc|mpp|legislator|deputy|senator|governor|mayor|alderman|alderwoman|schepen|prosecutor|councillor|councilor|convener|convenor|coordinator|organi[sz]er|trustee|activist|campaigner|barrister|solicitor|widow|member|surveyor|inspector|auditor|consultant|adviser|advisor|nurse|doctor|teacher|farmer|fisherman|trader|vendor|resident|elder|plucker|picker|labourer|laborer|pastoralist|student|official|geologist|scientist|accountant|magistrate|lecturer|commissioner|herder|beekeeper|winemaker|chef|restaurateur|buyer(?=\s+(?:for|at)\s)|midwife|surgeon|pharmacist|veterinarian|vet|physician|epidemiologist|paramedic|agronomist|hydrologist|ecologist|(?<!(?:market|industry|sector|category|world|global)\s)leader|who)\b|^,\s+\d{2},/i;
const PRODUCT_BEFORE = fromEnd(/\b(using|use of|uses|use|switch(?:ed)? to|launch(?:ed|es)?|releas(?:ed|es|e)|unveil(?:ed|s)?|rolled out|roll out|introduc(?:ed|es|e)|its|their|the new|upgraded|model|assistant|app|tool|chatbot|software|platform|product)[,]?\s+['"‘“]?$/i);
/** What a product is, after its name: "the Aoba compact sport utility vehicle", "the Limmat Prime digital banking app", "the benchmark OBX index". */
/** ("The Limón Chamber of Commerce estimates that trucks …": a clause between the name and the noun is no description of it.) */
const PRODUCT_AFTER = /^\s+(?:(?!(?:that|which|who|whose|what|the|a|an|and|or|but|to|of|in|on|for|with|by|from|as|its|their)\s)[\p{Ll}-]+\s+){0,3}(pens?|injections?|injectors?|capsules?|suspensions?|syrups?|ointments?|app|apps|model|models|chatbot|assistant|platform|service|software|tool|tools|device|devices|phone|phones|chip|chips|vans?|cars?|SUVs?|trucks?|drug|vaccine|console|browser|engine|headset|laptops?|tablets?|robots?|drones?|subscription|minivans?|vehicles?|sedans?|saloons?|hatchbacks?|units|sets|power banks?|glasses|cards|feature|database|modules|brand|chronographs?|watches|handsets|smartphones?|index|pipeline|system)\b(?!['’])/iu;
const PRODUCT_APPOSITIVE = /^,\s+(?:\p{Lu}[\p{L}]*(?:['’]s)|its|their|the|a|an)\s[\w\s-]{0,30}?(assistant|tool|app|model|chatbot|platform|service|software|product|system|vessel|ship|ferry|tanker|freighter|trawler|airliner|helicopter|satellite|drug|vaccine|smartphone)\s*[,.;]/iu;
/** ", the cloud software company," / ", South Korea's largest steelmaker,": the head noun of the appositive says company. */
/** (", an environmental group based in Velenje,", ", a carrier based in Jablonec nad Nisou that": where it is based may close the appositive.) */
const ORG_APPOSITIVE = /^,\s+(?:(?:\p{Lu}[\p{L}]*\s)?\p{Lu}[\p{L}]*['’]s|its|their|the|a|an)\s[\w\s-]{0,40}?(company|firm|maker|makers|group|startup|operator|manufacturer|steelmaker|carmaker|automaker|chipmaker|retailer|lender|bank|insurer|airline|carrier|developer|provider|supplier|conglomerate|giant|trader|exporter|importer|distributor|client|customer|contractor|subcontractor|processor|cooperative)(?:\s+(?:based\s+)?in\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+|nad\s+|na\s+|pod\s+|de\s+|do\s+|da\s+)?\p{Lu}[\p{L}-]*){0,3})?(?:\s*[,.;]|\s+(?:that|which)\s)/iu;
const PROTECTED_AREA = /\b(?:World Heritage|Conservation|Protected|Wilderness) Area$/;
/** "Black Sea", "Ablekuma Hills", "Rio Grande Valley": a capitalised geographic head names a place. */
const WATER_OR_LAND_OF = /^(?:Strait|Straits|Gulf|Bay|Sea|Cape|Isle|Bight|Firth|Sound|Campo|Campos|Vega|Valle|Val|Costa|Sierra|Tierra|Riviera)\s+(?:of|de|del|dei|di)\s+\p{Lu}/u;
const INDUSTRY_COUNCIL = /^(?:(?!(?:National|State|Federal|Regional|Supreme|Provincial|Municipal|City|County|Executive|Legislative|Security|Securities|Takeovers?|Financial|Privy|Judicial)\b)\p{Lu}\p{L}+\s+){0,2}(?:Travel Industry|Travel|Insurance|Retail|Business|Trade|Tourism|Minerals|Property|Housing|Shipping|Mining|Energy|Food|Dairy|Meat|Wine|Grain|Export|Industry|Banking|Brewers|Hydrogen|Seafood|Solar|Wind|Battery|Steel|Automotive|Chemicals?|Tree Nut|Nut|Macadamia|Citrus|Sugar|Cotton|Wool|Grape|Poultry|Pork|Beef|Livestock|Forestry|Timber)\s+Council\b/u;
// ("erosion on Cascade Mountain", "a toll booth on the Forest Preserve": a single mountain and a preserve too; "Kenepuru
// Sound", "the Marlborough Sounds": an inlet; "Maradoo Downs": a station's or a chalk country's downs; "the Daintree
// Village hall": a village by its name and kind; "the Rakiura Track": a walking track; "Afghanistan's remote Wakhan
// Corridor": a strip of land between borders.)
const PLACE_HEAD = /\b(Zone|Free Trade Port|National Preserve|Forest Preserve|Nature Preserve|Autonomous Republic|Bhavan|Bhawan|Site|Crescent|Docks?|Quay|Wharf|Marina|Caye|Cayes|Cays|Statehouse|State House|Sound|Sounds|Downs|Village|Wind Farm|Solar Farm|Hydroelectric Project|Hydro Project|Gram Panchayat Unit|Mandi|Maidan|Range|Capitol|Theatre|Theater|Hall|Area|Region|Gorge|Airport|Stadium|Arena|Square|Creek|Hill|Falls|Rapids?|Harbour|Harbor|Beach|Reservoir|Dam|Spillway|Quarry|Glacier|Fjord|Forest|Park|Sea|Ocean|Strait|Straits|Gulf|Bay|River|Lake|Mountain|Mountains|Hills|Valley|Island|Islands|Peninsula|Alps|Dolomites|Pyrenees|Apennines|Carpathians|Rockies|Andes|Himalayas|Desert|Canal|Channel|Coast|Riviera|Marché|Building|Tower|Towers|Plaza|Territories|Shire|Shaft|Treatment Plant|Highlands|Uplands|Tablelands|Plateau|Delta|Basin|Aquifer|Plains|Estuary|Lagoon|Wetlands|Bridge|Causeway|Road|Highway|Track|Library|Province|County|Prefecture|Oblast|Governorate|Canton|Regional State|Station|Terminal|Residences|Community Centre|Community Center|Pass|Caves?|Boundary Line|Demarcation Line|Corridor)$/;
/** "the Grampians National Park, known to Traditional Owners as Gariwerd": a place's other name is the place. */
const PLACE_KNOWN_AS_BEFORE = new RegExp(`${PLACE_HEAD.source.slice(0, -1)},?\\s+(?:also\\s+)?known\\s+(?:locally\\s+)?(?:to\\s+[^,.;]{1,40}?\\s+)?as\\s+$`);
// ("the Jonesport Board of Selectmen", "the South Western Sydney Local Health District": a town's selectmen and a state's health district too;
// "the Cutler Flats Water District", "the Upper Pedernales Groundwater Conservation District": and water and groundwater districts.)
const STATE_PANEL = /\b(?:Customs|Board|Board of (?:Inquiry|Inquest|Trade|Education|Health|Supervisors|(?:County )?Commissioners)|Organi[sz]ation of Councils|Inquiry|Task Force|Royal Commission|Planning Panel|Board of Selectmen|Local Health District|Water District|Irrigation District|Groundwater Conservation District|Groundwater Authority)$/;
/** ("Río Frío": a river's name in Spanish, with its accent; "Rio Tinto" is a company.) */
/** ("Residensi Taman Mewah", "Kampung Baru", "Kuala Tanjung": Malay and Indonesian words for a residence, a garden estate, a village, a river mouth, an island, a bay and a river open a place's name.) */
/** ("Punta Chungungo", "Isla Damas", "Cerro Dominador": Spanish words for a point, an island, a hill, a beach and a lagoon likewise.) */
/** ("Point Lisas", "St Augustine": a point of land, and a saint's name a town took.) */
/** ("San Pedro Sula's Barrio Guamilito", "Ciudad Renacimiento", "Serra do Larouco": Spanish-speaking towns' quarters, villages and planned towns; Iberian ranges.) */
/** ("the slopes of Mt Moroto": a mountain written short, with its full stop or without.) */
const PLACE_OPENING = /^(?:Barrio|Colonia|Ciudad|Fraccionamiento|Serra d[aoe]s?|Sierra de(?:l| la)?|Sierra|Aldea|Caserío|Co\.?|Río|Puerto|Porto|Point|St\.?|Saint|Punta|Isla|Cerro|Playa|Laguna|Salar de|Kuala|Pulau|Teluk|Sungai|Rumah|Cape of|Mount|Mt\.?|Mont|Monte|Lake|Cape|Fort|Port|Loch|Glen|River|Isle|County|Bay of|Gulf of|Sea of|Isle of|Taman|Residensi|Kampung|Kampong|Bandar|Pangsapuri)\s\p{Lu}\p{Ll}+/u;
/** "Reserve Bank of India", "Central Bank of Nigeria", "Federal Reserve": central banks are state bodies (the ones named otherwise, "Bangladesh Bank", "Norges Bank", are in the lexicon). */
const CENTRAL_BANK = /^Bank of (?:Spain|Italy|France|Greece|Portugal|Thailand|Ghana|Jamaica|Israel|Uganda|Tanzania|Mexico|Russia|Finland|Estonia|Latvia|Lithuania|Slovenia|Albania|Botswana|Zambia|Sierra Leone|Guyana|Namibia|Mauritius|Papua New Guinea|Sudan|Algeria|Canada|Korea|Japan|England|Norway|Denmark|Sweden|Somaliland|Mongolia|Eritrea|South Sudan)$|^\p{Lu}\p{Ll}+ Fed$|\bReserve Bank\b|^(?:Reserve Bank|Central Bank|National Bank of (?:Poland|Ukraine|Belgium|Romania|Serbia|Hungary|Kazakhstan|Ethiopia|Tajikistan|Moldova|Georgia|Rwanda|Cambodia|Slovakia|Austria|Bulgaria|Croatia|North Macedonia|Belarus|the Republic of Belarus|the Kyrgyz Republic))\b|\bCentral Bank$|^Federal Reserve\b|^(?:Banco Nacional de Angola|Banco Central|Banque Centrale|Banca Centrale|Banco de la República|Bank of the Republic|Banque des [ÉE]tats|Bank of Central African States|Central Bank of West African States)\b/u;
/** "New York State Attorney General", "Inspector General": an office named without its holder is a state body. */
/** ("the office of the National Conciliator": Finland's labour mediator is a state office too.) */
const STATE_OFFICE = /\b(?:Attorney[- ]General|Inspector[- ]General|Auditor[- ]General|Solicitor[- ]General|Ombudsman|Comptroller|National Conciliator|Public Conciliator)$/;
/** "iPhone", "iMac", "iLearn": a lower-case "i" before a capital is a product's spelling. */
const I_PRODUCT = /^i\p{Lu}\p{Ll}+/u;
/** "WeWork", "MarketAxess", "SoftBank": a capital inside a word is a brand's spelling. */
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+/u;
/** "Addison, a village southwest of Ithaca": an appositive that says what kind of place. */
/** (", the city's mayoral committee member" is a person's role.) */
// ("Urša Perko, a state secretary at the ministry": a kind of place that only qualifies the noun after it says nothing.)
// ("the Bourtangerveen, a protected bog": so does a kind of land or water.)
// ("The Steigerwald, a wooded upland", "the Weinviertel, Austria's largest wine region", "The Hochkamm, the state's
// highest peak": an upland, a peak or a forest, when the noun closes the phrase, and a country's or a state's too; not "the
// region's peak grower body".)
// ("The Eichsfeld, a largely Catholic and rural area": a rural or farming area, and a faith among its adjectives; "the
// Rheingau, a 3,200-hectare strip of south-facing slopes": a stretch of land by its size; "the Mas de Lacoste, a
// 19th-century farmhouse": a house in the country, by its age.)
const PLACE_APPOSITIVE = /^,\s+(?:a|an|the|\p{Lu}[\p{L}]*['’]s|the\s+(?:state|country|region|province)['’]s)\s+(?:[\d,.]+-(?:hectare|acre|kilometre|kilometer|mile)\s+)?(?:[\p{Ll}\d-]+\s+)?(?:\p{Lu}\p{Ll}+\s+and\s+)?(?:[\p{Ll}-]+\s+)?(?:village|farmhouse|manor house|ch[âa]teau|castle|chalet|homestead|town|city|suburb|hamlet|county|state|province|region|(?<=\d-(?:hectare|acre|kilometre|kilometer|mile)\s+)(?:strip|stretch|tract|expanse)|(?<=\s(?:rural|farming|wooded|mountainous|hilly|largely|mostly|industrial|agricultural)\s+)area|island|district|municipality|borough|port|capital|bog|marsh|wetland|lake|lagoon|river|torrent|stream|strait|valley|peninsula|nature reserve|(?:upland|uplands|plateau|peak|mountain|massif|forest|heath|moor)(?=\s*[,.;]|\s+(?:in|of|at|on|near|and)\b))(?![\p{L}'’-])(?!\s+(?:secretary|secretaries|senator|official|officials|minister|attorney|governor|lawmaker|legislator|employee|worker|councillor|representative|agency|department|government|school|hospital|police|court|council|company|prosecutor|auditor|planner|engineer|manager|director|official|administrator|administrators|chief|head|mayor|president)\b)/u;
const STATE_AFTER = new RegExp(String.raw`^,\s${STATE_ABBREVIATIONS}\.|^,\s${STATE_NAMES}\b`);
// ("in the hills of the Mugello": a land's hills, slopes or forests are its.)
const COMPASS_OF_BEFORE = fromEnd(/\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+$|\b(?:hills|foothills|slopes|valleys|forests|woods|vineyards)\s+of\s+the\s+$|\bmiles?\s+(?:\w+\s+)?(?:of|from)\s+$/i);
/** "James Webb Space Telescope", "Perseverance Rover": a named instrument or craft is a made thing. */
const INSTRUMENT_HEAD = /\b(Telescope|Rover|Satellite|Spacecraft|Probe|Lander|Orbiter|Reactor)$/;
/** Place-name endings ("Aberdeenshire", "Louisville", "Edinburgh", "Middlesbrough") for places compromise's lexicon lacks. */
const PLACE_SUFFIX = /\p{Ll}(?:shire|ville|burgh|borough|stadt|grad|abad|polis)$/u;
/** "the coast of X", "a village near X", "islands such as Kea": a geographic noun or a locative preposition before a name. */
/** ("to the ports at Moín": a port, a mine or a camp at X is there.) */
// ("the sub-zones of Serejeka and Ghinda": Eritrea's districts; prefectures and communes in French-speaking Africa.)
const GEO_OF_BEFORE = fromEnd(/\b(?:(?:regional|provincial|state|local) government|coast|corners?|county|region|province|state|city|town|village|district|districts|sub-zones?|zones|prefectures?|sub-prefectures?|communes|island|port|resort|shores|outskirts|north|south|east|west|centre|center|community|communities|municipality|commune|parish|neighbou?rhood|suburb|residents|inhabitants|people|streets|parts|mothers|fathers|families|women|children|youth|elders)\s+of\s+$|\b(?:islands|towns|villages|cities|areas|districts|suburbs|communities|wards|regions|provinces|neighbou?rhoods|ports)\s+(?:such as|like|including)\s+$|\b(?:near|outside|towards|based (?:in|on)|headquartered in)\s+$|\b(?:ports?|harbou?rs?|docks|terminals?|airports?|mines?|camps?|border crossings?|plants?|factory|factories|stations?|refinery|refineries|facility|facilities|bases?|depots?|warehouses?|clinics?|(?:collection|procurement|buying|check) points?|told (?:reporters|journalists))\s+at\s+$/i);
/** "its Aberdeen office", "the company's Lyon plant": a name before a site noun is where the site is. */
/** ("its Kwun Tong tower", "a Tsim Sha Tsui hotel": a building the copy puts somewhere; "at its Erbusco estate": a wine house's land; "its Rycroft elevator": a grain elevator's town.) */
// ("the Djibloho hydroelectric plant": what a plant burns or harnesses may stand between.)
const SITE_AFTER = /^\s+(?:(?:hydroelectric|hydropower|hydro|thermal|coal-fired|gas-fired|oil-fired|solar|wind|nuclear|geothermal|diesel|power)\s+)?(?:office|offices|plant|factory|headquarters|site|facility|campus|branch|depot|warehouse|mill|refinery|hub|mine|smelter|quarry|oilfield|gasfield|tower|hotel|mall|complex|terminus|bus station|bus terminal|estate|winery|elevator)\b/i;
/** ("northern districts such as Kamenge and Kinama": any place of a list after a plural place noun, not only the first.) */
const PLACES_SUCH_AS = fromEnd(/\b(?:islands|towns|villages|cities|areas|districts|suburbs|communities|wards|regions|provinces|neighbou?rhoods|ports|localities|communes)\s+(?:such as|like|including)\s+(?:\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?(?:,\s+|,?\s+and\s+))+$/u);
/** ("the 41-kilometre section between Smokovac and Mateševo": the ends of a way.) */
const WAY_ENDS = fromEnd(new RegExp(String.raw`\b(?:${WAY_NOUN}|flights?|ferries)\s+(?:between|from)\s+(?:\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?\s+(?:and|to)\s+)?$`, "u"));
const WAY_OR_BORDER_AFTER = new RegExp(String.raw`^\s+(?:${WAY_NOUN}|border)\b`);
const DASHED_WAY_AFTER = new RegExp(String.raw`^[–-]\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?\s+(?:${WAY_NOUN}|border)\b`, "u");
// (Written out here, not inline in typeVotes: each is asked from the end of the words before every mention.)
/** "the southern department of Aveyron", "the island of Paxos": a unit of government or an island "of" the name (a stronger vote than GEO_OF_BEFORE's, which it adds to). */
/** (Not "the Siberian interregional department of Rosprirodnadzor": an agency's office in a region is no unit of government.) */
const ADMIN_UNIT_OF_BEFORE = fromEnd(/\b(?<!\b(?:interregional|territorial)\s)(?:department|d[ée]partement|province|county|canton|prefecture|commune|island|isle)\s+of\s+$/i);
/** "a 60 per cent stake in Savona Riviera Terminal": what a stake is held in. */
const STAKE_IN_BEFORE = fromEnd(/\b(?:stakes?|shareholding|holding)\s+in\s+$/i);
/** "Lumora's Corvina", "the farmers' Agrosur": a possessive before the name. */
const POSSESSIVE_BEFORE = fromEnd(/\p{Lu}[\p{L}]*(?:['’]s|s['’])\s+$/u);
/** "the Anjouan–Mohéli route": the way's other end and a dash before the name. */
const DASHED_PLACE_BEFORE = fromEnd(/\p{Lu}\p{L}+[–-]$/u);
/** ("Val d'Ubaye Glisse, which runs lifts at two small resorts": what runs, operates or employs is a firm, whatever land it is named after.) */
const OPERATOR_AFTER = /^,\s+which\s+(?:runs|operates|owns|employs|manages|makes|sells)\b/;
/** Adjectives of regions that run their own agencies: "Catalan", "Basque", "Galician", "Andalusian", "Bavarian". */
const REGION_PEOPLE = /^(?:Catalan|Basque|Galician|Andalusian|Valencian|Aragonese|Bavarian|Flemish|Walloon|Scottish|Welsh|Quebec|Tyrolean)$/;
const FRENCH_COMMUNE = /^(?:Saint|Sainte)-\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$|^\p{Lu}\p{Ll}+-(?:en|sur|sous|lès|les|le|la|de|du|des|aux|au)-\p{Lu}/u;
/** ("–Kulin and Quairading lines", ", Kondinin–Kulin and Quairading lines"): the rest of a list of towns before the ways between them. */
const WAYS_LISTED_AFTER = /^(?:[–-]\p{Lu}\p{L}+)?(?:(?:,\s+|\s+and\s+)\p{Lu}\p{L}+(?:[–-]\p{Lu}\p{L}+)?)*\s+(?:(?:rail|railway|bus|ferry|freight|grain)\s+)?(?:lines|routes|railways|services|line|route)\b/u;
const SITES_LISTED_AFTER = /^(?:(?:,\s+|\s+and\s+)\p{Lu}\p{L}+)*\s+(?:sites|farms|mines|plants|silos|depots|concessions|leases)\b/u;
/** ("Kondinin–Kulin and ", "Merredin–"): a town of such a list, or the first end of a dashed pair, just before the name. */
const DASHED_LIST_BEFORE = fromEnd(/\p{Lu}\p{L}+[–-](?:\p{Lu}\p{L}+(?:,\s+|\s+and\s+))?$/u);
function dashedWaysListed(before: string, after: string): boolean {
  const rest = WAYS_LISTED_AFTER.exec(after);
  return rest !== null && (/[–-]/.test(rest[0]) || DASHED_LIST_BEFORE.test(before));
}
/** "Geneva-based Atlantica Pellet Trading": where the firm is based, before its name. */
const BASED_BEFORE = fromEnd(/\p{L}-based\s+$/u);
const LOCATIVE_BEFORE = fromEnd(/\b(?:in|near|outside|at)\s+$/i);
/** "wineries in the Oltrepò Pavese": a land's name after "in the", "across the" or "throughout the". */
const IN_THE_BEFORE = fromEnd(/\b(?:in|across|throughout)\s+the\s+$/i);
/** "timber traders in Nuremberg, who …": a place a group is in or comes from. */
const GROUP_PLACE_BEFORE = fromEnd(/\b(?:in|near|from|outside)\s+$/);
/** "the 68-room Seehotel Hallstatt": what a number of rooms is said of. */
const ROOMS_BEFORE = fromEnd(/\b\d+-room\s+$/);
/** "Shares in Lindholm Vind fell": what has shares that trade. */
const SHARES_BEFORE = fromEnd(/\b[Ss]hares\s+(?:in|of)\s+$/);
/** "reported by the Extremadura daily Hoy": a place's daily before the masthead. */
const PLACE_DAILY_BEFORE = fromEnd(/\b\p{Lu}[\p{L}-]+\s+(?:daily|weekly)\s+$/u);
const BETWEEN_THE_BEFORE = fromEnd(/\bbetween\s+the\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+and\s+the\s+$/u);
/** ("Portugal's food and economic safety authority, ASAE, said": a country's state body described, then named in apposition.) */
/** ("the regional environmental authority, Codechocó, approved": or a region's or a nation's.) */
const STATE_BODY_THEN_NAME_BEFORE = fromEnd(/(?:\b\p{Lu}[\p{L}-]*['’]s|\bthe\s+(?:regional|national|provincial|federal|state|district))\s+(?:[\p{Ll}-]+\s+){0,5}(?:authority|agency|regulator|watchdog|ministry|inspectorate),\s+$/u);
/** "the Grosses Moos": a German adjective that, with a noun after it, names a land, a moor or a range. */
const GERMAN_LAND_ADJECTIVE = /^(?:Grosses|Großes|Grosse|Große|Kleines|Kleine|Hohes|Hohe)$/;
/** "La Vera", "Los Llanos": a Romance article opening a land's name (not "Le" or "El", which open Vietnamese and Arabic family names). */
const ROMANCE_ARTICLE = /^(?:La|Los|Las|Les|Il|Lo)$/;
const FOR_FROM_OF_IN_BEFORE = fromEnd(/\b(?:for|from|of|in)\s+$/);
const WHERE_BEFORE = fromEnd(/\b(?:in|near|outside|around)\s+$/i);
const SITE_AT = fromEnd(/\b(?:based|located|hospitals?|clinics?|schools?|plants?|mills?|factory|factories|mines?|farms?|camps?|depots?|warehouses?|headquarters)\s+at\s+$/i);
/** "the Snaefell peninsula", "Keflavik airport": a lower-case geographic or transport noun after a name says where. */
// ("Bayan-Ovoo soum of Umnugovi aimag": Mongolia's districts and provinces; "the Nam Keung stream", "Ban Donthat village",
// "the Ak-Orgo residential area".)
// ("the Lobaye prefecture", "the Vindoulou area": a prefecture of the Central African Republic, an area of a port town;
// "the Katako market", "the Dekehtik dock", "the Khor Mor field".)
// ("through Yangpu port on Monday": a port by its name, when "port" closes the phrase, not "the Yangpu port operator".)
export const GEO_AFTER = /^\s+(?:\(\p{Lu}{2,6}\)\s+)?(?:(?:affordable |social |public |council )?housing (?:estate|development|scheme|complex)|industrial (?:estate|area|park|zone)|residential area|stream|village|township|neighbou?rhood|ward|constituency|sub-county|soum|aimag|reservoir|dam|peninsula|island|islands|river|valley|mountains?|lake|bay|gulf|sea|ocean|strait|coast|coastline|beach|beaches|region|regions|province|provinces|county|counties|district|districts|municipalities|villages|prefecture|sub-prefecture|area|market|dock|field|airports?|harbour|harbor|desert|plateau|basin|delta|archipelago|canal|glacier|volcano|fjord|estuary|border|check gates?|checkpoints?|check posts?|biodiversity hotspot|port(?=\s+(?:on|in|at|since|last|this|for|was|is|has|had)\b|[,.;]))\b/iu;
/** "over the North Atlantic", "across East Africa": a compass-word name after a locative is a region. */
const COMPASS_NAME = /^(?:Southeast|Southwest|Northeast|Northwest|North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Mid)\s\p{Lu}/u;
const COMPASS_LOCATIVE = /\b(?:over|across|off|in|into|from|near|around|throughout)\s+(?:the\s+)?$/i;
/** "SANTIAGO —", "FRANKFURT, Sept 14 (Reuters) -", "KOCHI:": an all-capitals word opening the copy before a dash or colon is the dateline city. */
// ("HERAT CITY (Pajhwok):": any agency's name in the brackets, not only the big wires'.)
const DATELINE_AFTER = /^\s*(?:,\s*\p{Lu}[\p{L}.]*\s+\d{1,2}\s*)?(?:\((?:Reuters|AP|AFP|Bloomberg|\p{Lu}[\p{L}.' ]{1,30})\)\s*)?(?:[—–-]|:\s)/u;
/**
 * ("Junta de Andalucía": a Spanish region's government; not "Junta de Usuarios de Riego", an irrigators' board. The
 * other bodies named in Spanish, Galician or Portuguese are in gov-heads.ts.)
 */
const REGIONAL_JUNTA = /^Junta de (?:Andaluc[íi]a|Extremadura|Castilla(?: y León| - La Mancha|-La Mancha)?|Comunidades de Castilla(?:-La Mancha| - La Mancha)?)$/u;
const ROMANCE_CIVIC_HEAD = /^(?:Confederaci[óo]n(?!\s+Hidrogr[áa]fica)|Confedera[çc][ãa]o|Confederazione|Federaci[óo]n|Sindicato|Asociaci[óo]n|Associa[çc][ãa]o|Associazione|Lega|Camera di [Cc]ommercio|Consorzio|Confindustria|Confcommercio|Confartigianato|Confagricoltura|Coldiretti)\b|\bIntersindical\b/u;
/**
 * What a city hall, a province or a region does when the name stands for its administration ("Prague City Hall, which
 * owns DPP, backed the operator", "The Region of Sicily on Wednesday moved to impose penalties", "Batumi City Hall's
 * press office said", "City Hall had approved at least 14 density increases").
 */
// ("The Region of Epirus, which backed the project in 2023, withdrew …": or acts in a relative clause.)
// (End-anchored tests of the words before a mention, made once as fromEnd patterns: typeVotes runs for every candidate.)
/** ("camped for days at Maitighar Mandala", "sit on the highway at Nawalpur", "within 3 km of a burial site at Otjomborombonga"). */
const GATHERING_AT_BEFORE = fromEnd(/\b(?:camped|gathered|rallied|protested|marched|assembled|demonstrated|highway|road|motorway|junction|bridge|burial\s+site|burial\s+ground|graves|graveyard|cemetery|shrine)\s+(?:for\s+(?:days|weeks|hours|months)\s+)?(?:at|outside)\s+/);
/** ("Renmark broker Lachlan Moretti"): a trade a person may ply. */
const PERSON_TRADE_BEFORE = fromEnd(/\b(?:broker|developer|contractor)\s+/);
/** ("a feed mill in Santiago City"): wider than WHERE_BEFORE, for a name of two words that "City" closes. */
const CITY_AT_BEFORE = fromEnd(/\b(?:in|at|near|to|from|outside)\s+/);
const PROTECTED_LAND_APPOSITIVE = /^,\s+(?:a|an|the)\s+(?:(?:area|site|landscape|zone|plateau)\s+(?:protected|listed|designated)|(?:protected|listed|designated)\s+(?:area|site|landscape|zone))\b/;
const APPELLATION = /^(?:Barbera|Dolcetto|Nebbiolo|Montepulciano|Trebbiano|Moscato|Lambrusco|Verdicchio|Vermentino|Aglianico|Primitivo|Cerasuolo|Greco|Fiano|Sagrantino|Grignolino|Brachetto|Cannonau|Brunello|Vino Nobile|Rosso|Nero) (?:d['’]|di |del |della |dei )\p{Lu}/u;
const APPELLATION_BEFORE = fromEnd(/\b(?:protected (?:geographical indication|designation of origin)|PGI|PDO|DOCG?|AOC|AOP|IGP|DOP)\s+$/);
const SPOT_AT_BEFORE = fromEnd(/\b(?:car parks?|entrance|junction|crossroads|roundabout|lay-?by|trailhead)\s+at\s+$/);
const NEAR_TOWN_AFTER = /^,\s+near\s+\p{Lu}/u;
const MAYOR_OF_BEFORE = fromEnd(/\b(?:mayor|reeve)\s+of\s+$/i);
const EDGE_OF_BEFORE = fromEnd(/\b(?:edge|outskirts|fringes?)\s+of\s+$/);
const PEOPLE_COUNT_AFTER = /^\s+has\s+(?:(?:roughly|about|around|some|nearly|fewer than|more than|only|just)\s+)?[\d,]+\s+(?:people|residents|inhabitants)\b/;
/** ("USDA's Agricultural Marketing Service"): the owner's possessive just before the name. */
const OWNER_BEFORE = fromEnd(/(\p{Lu}[\p{L}.]*)['’]s\s+/u);
const REGION_LEADS_BEFORE = fromEnd(/\b(?:led by|headed by|according to)\s+(?:the\s+)?$/i);
const BODY_ACTS = /^(?:,\s+which\s+(?:owns|runs|said|says|has|had|backed|opposed|approved|rejected|supported|granted|refused|issued|filed|withdrew|signed)|\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:said|says|backed|announced|moved|decided|ordered|imposed|approved|rejected|denied|confirmed|plans|owns|will|would|had\s+(?:approved|said|rejected|refused|ordered|issued|granted)|has\s+(?:said|ordered|decided|rejected|taken|opposed|backed))|['’]s\s+(?:press office|press service|spokes(?:man|woman|person)))\b/u;
/** ("CamControl, the ministry's fraud-repression directorate,": a ministry's directorate too; "IDEAM, the national environmental institute,": and a nation's institute.) */
/** ", the regulator," / "Planning regulator X": a state-body noun in apposition or as descriptor makes X government
 * (also where a quotation closes on the name: "the timeframes set by ARERA", the national energy regulator; ", the
 * Agriculture Ministry's food fraud and quality inspectorate,": a ministry's own body; "IMSS-Bienestar, the federal
 * agency that has run the hospital": a relative clause may close an agency, not "the department that includes …", a
 * French département, nor "the customary sea authority that …"; "SAFER Auvergne-Rhône-Alpes, the regional rural land
 * agency with a legal right of first refusal": or what the agency has). */
const GOV_APPOSITIVE = /^["”’]?,\s+(?:the|a|an|its|(?:\p{Lu}[\p{L}]*['’]s)|the (?:state|country|region|province|nation|city|ministry|government)['’]s|the (?:\p{Lu}\p{L}*\s+){1,2}(?:Ministry|Department)['’]s)\s+(?:[\p{Ll}-]+\s+){0,4}(?:regulator|watchdog|agency|ministry|authority|commission|inspectorate|directorate|(?<=\b(?:national|state|federal)\s(?:[\p{Ll}-]+\s){0,2})institute|tribunal|court|department|bureau|planning board|appeals board|house of parliament|chamber of parliament|legislature|local government|regional government|audit body|audit office|statistics office|statistical office)(?:\s*[,.;]|(?<=agency|regulator|watchdog)\s+(?:that|which|with|responsible)\s)/u;
/** ("speaking to Shana, the Petroleum Ministry's news agency,": an outlet's kind in apposition, whoever owns it.) */
const MEDIA_APPOSITIVE = /^,\s+(?:the|a|an|its|(?:\p{Lu}[\p{L}]*\s+){0,3}\p{Lu}[\p{L}]*['’]s|the\s+(?:\p{Lu}[\p{L}]*\s+){0,3}\p{Lu}[\p{L}]*['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}(?:news agency|newspaper|broadcaster|news site|news website|news channel|television channel|radio station|wire service|tabloid)\s*[,.;]/u;
/** ("An official at the Securities and Exchange Organization … said the regulator": a market's regulator, whatever its head word.) */
const SECURITIES_REGULATOR = /^(?:\p{Lu}[\p{L}]*\s+)?Securities (?:and Exchange )?(?:Commission|Organi[sz]ation|Board|Authority|Council)$/u;
/** ("State Service of Ukraine on Medicines and Drugs Control", "Federal Service for …": a state's service is the state's.) */
/** ("Health Insurance Fund", "National Malaria Control Programme": a state's insurance fund and its national programmes.) */
// ("Servicio Andaluz de Salud", "Defensor del Pueblo Andaluz": a Spanish region's health or employment service and an
// ombudsman are the state's; "Ente Parco Nazionale dell'Aspromonte": so is an Italian park's authority.)
const STATE_SERVICE = /^(?:State|Federal) (?:Service|Agency|Inspectorate)\b|^Servicio (?:\p{Lu}\p{L}+ ){1,2}de (?:Salud|Empleo)$|^Ente Parco\b|^Defensor del Pueblo\b|^(?:National )?(?:Health|Social|Pension|Social Security) Insurance Fund$|^National (?:\p{Lu}\p{L}+ ){1,3}(?:Programme|Program)$/u;
/** ("the national statistics institute INSEE": a statistics office named by its kind first; "the federal agricultural
 * research centre Agroscope": a federal or state-run centre, institute or laboratory.) */
// ("shipping agency Navemar Sur": not a trade's agency, a firm; nor "rating agency Expert RA", a credit rater.)
const GOV_DESCRIPTOR_BEFORE = fromEnd(/\b(?:regulator|watchdog|(?<!\b(?:shipping|travel|advertising|ad|employment|recruitment|talent|news|press|marketing|modelling|modeling|estate|insurance|rating|ratings|credit)\s)agency|ministry|authority|inspectorate|tribunal|statistics (?:institute|office|agency|bureau)|(?:federal|state-run|government)\s+(?:[\p{Ll}-]+\s+){0,2}(?:centre|center|institute|office|laboratory))\s+$/iu);

/** "according to LSEG" names a source, not a destination, so its "to" is no place cue. */
const PLACE_BEFORE = fromEnd(/\b(in|from|near|across|outside|off|based in|headquartered in|(?<!according )to)\s+$|\b(?:in|across|throughout)\s+the\s+(?:(?:north|south|east|west|far|central|outer|inner)(?:ern)?\s+)?$/i);

/** A company's legal form, closing its name or written right after it ("… Holdings Sdn Bhd", "Pacifico Copper Corp"). */
const LEGAL_FORM_WORD = /^(?:Sdn|Bhd|Berhad|Pty|Pte|Tbk|GmbH|S\.?A\.?|R\.L\.|C\.V\.|Ltd|Limited|Inc|Corp|Plc|PLC|LLC|AG|NV|BV|JSC|CJSC|OJSC|PJSC|d\.d|d\.o\.o|sh\.p\.k|sh\.a|a\.s|s\.r\.o|W\.L\.L|WLL)\.?$/;

/** "rivers such as the Etneelva and the Opo", "lakes including Mjøsa": a kind of place, then its named instances. */
const RIVERS_SUCH_AS = /\b(?:rivers|lakes|fjords|islands|valleys|mountains|villages|towns)\s+(?:such as|including|like)\s+(?:the\s+)?(?:\p{Lu}\p{L}+,?\s+(?:(?:and|or)\s+)?(?:the\s+)?)?$/u;

/** ("Valdidentro mayor Fabio Rinaldi"; not a dictionary word, "Municipal mayor …"): the word before a mayor's title and name is the mayor's town. */
export const beforeMayor = (word: string, after: string) => /^\s+(?:deputy\s+)?mayor\s+\p{Lu}/u.test(after) && !isDictionaryWord(word);

/** Italian works and mills named by their kind ("Oleificio", "Caseificio", "Acciaierie", "Cantina"). */
const ITALIAN_WORKS = /^(?:\p{Lu}\p{Ll}+ificio|Acciaierie|Acciaieria|Fonderia|Fonderie|Cartiera|Cartiere|Officine|Cantiere|Cantieri|Frantoio|Cantina)$/u;

/** ", a residents' association", ", an environmental group": a civic body named in apposition after its name (not its member's or officer's role, ", an association member"). */
const CIVIC_APPOSITIVE = /^,\s+(?:a|an)\s+(?:[\p{Ll}'’-]+\s+){0,2}(?:association|campaign group|pressure group|action group|civic group|protest group|environmental group|residents['’] group|citizens['’] group|non-profit|nonprofit|charity|NGO)(?![\p{L}'’-])(?!\s+(?:member|members|president|chair|chairman|chairwoman|head|leader|spokesperson|spokesman|spokeswoman|official|director|secretary|founder|activist|volunteer)\b)/u;

/** A given name and a head word the copy then uses as a speaker's surname ("Bernadette Power … Power said"). (A module function, not a closure named inside the caller: under tsx (keepNames) every named closure also has its name written onto it when it is made, once per call.) */
function surnamedSpeaker(words: string[], text: string): boolean {
  return words.length === 2 && isGivenName(words[0] ?? "") && new RegExp(`(?:\\b(?:Mr|Ms|Mrs|Dr)\\.? |[.!?,]["”]? )${escapeRegExp(words[1] ?? "")},? (?:said|says|told|added)\\b`).test(text);
}
/** The second of two names after a noun of places ("the coastal communities of Lândana and Malembo"). (A module function, not a closure named inside the caller: under tsx (keepNames) every named closure also has its name written onto it when it is made, once per call.) */
function secondOfPair(before: string): boolean {
  const first = /\band\s+$/.test(before) ? /^([\s\S]*?)\p{Lu}[\p{L}'’-]+\s+and\s+$/u.exec(before)?.[1] : undefined;
  return first !== undefined && GEO_OF_BEFORE.test(first);
}

/** Votes for one mention's type from its own words and the words around it. Summed over all mentions of an entity. */
export function typeVotes(text: string, c: Candidate): Vote[] {
  const before = text.slice(Math.max(0, c.start - 60), c.start);
  const after = text.slice(c.end, c.end + 70);
  const words = c.text.split(" ");
  const votes: Vote[] = [];
  if (hasGovHead(c.text)) votes.push(["GOV", 5]);
  if (isOwnLanguageStateBody(c.text)) votes.push(["GOV", 9]);
  // ("the Independent Drivers' Committee", "the Dockers' Council": a committee of its members' own, no state body.)
  // ("the Campo de Levante Irrigators' Community", "the Bergerac Winegrowers' Syndicate": so is its members' community or
  // syndicate, whatever place opens the name.)
  if (/\p{Ll}s['’] (?:Committee|Council|Community|Syndicate)$/u.test(c.text)) votes.push(["ORG", 8]);
  // ("Bayu Tenggara Holdings Sdn Bhd", "Pacifico Copper Corp": a legal form closing the name, or written right after it.)
  const legalForm = (words.length > 1 && LEGAL_FORM_WORD.test(words.at(-1) ?? "")) || LEGAL_FORM_WORD.test(/^,?\s(\S+?),?(?:\s|$)/.exec(after)?.[1] ?? "");
  if (legalForm) votes.push(["ORG", 6]);
  // ("Malawi Congress of Trade Unions": a federation of unions, whatever state-like head it carries; "Onchan
  // Commissioners": a town's elected commissioners are its local authority.)
  // ("Tlaxcala Business Coordinating Council": employers' councils are their members' bodies, no state council.)
  // ("National Union of Health Ministry Workers": a union of a ministry's staff is theirs, no ministry.)
  if (/\bTrade Unions?\b|\b(?:Business|Employers['’]?)\s+(?:\p{Lu}\p{L}+\s+)?Council$|^(?:National |General )?Union of\s.*\b(?:Workers|Employees|Staff)$/u.test(c.text)) votes.push(["ORG", 8]);
  if (words.length === 2 && words[1] === "Commissioners" && words[0] !== "Church") votes.push(["GOV", 8]);
  // ("Tuomas Kettunen of the Centre Party, who chairs the city council": a party is its members' organisation, whoever the
  // clause after it describes.)
  if (words.length >= 2 && words.at(-1) === "Party" && !/\bWorking Party$/.test(c.text)) votes.push(["ORG", 6]);
  // ("Energy and Mineral Resources Division", "Power Division", "Medical Supplies Division", "Mines and Geology Division": a ministry's division; not
  // a region called so, "Western Division", "Meme Division".)
  if (words.length >= 2 && /\sDivision$/.test(c.text) && !COMPASS_ADJECTIVE.test(words[0] ?? "") && !legalForm && /\b(?:Resources|Supplies|Power|Energy|Antitrust|Appellate|Criminal|Civil|Health|Finance|Planning|Water|Revenue|Customs|Immigration|Legislative|Fisheries|Forestry|Agriculture|Environment|Medical|Public|Mines|Geology|Lands|Survey)\b/.test(c.text)) votes.push(["GOV", 6]);
  // ("The tribunal appointed Meenal Kapadia as interim resolution professional": named to a post a person holds.)
  if (words.length >= 2 && words.length <= 3 && /\b(?:appointed|named|elected|nominated|hired|installed)\s+$/.test(before) && /^\s+as\s+(?:(?:the|its|an?|their)\s+)?(?:new\s+|interim\s+|acting\s+|deputy\s+|chief\s+)*(?:[\p{Ll}-]+\s+){0,2}(?:professional|director|chair|chairman|chairwoman|chairperson|executive|ceo|president|minister|secretary|head|manager|officer|governor|commissioner|coach|captain|editor)\b/u.test(after)) votes.push(["PERSON", 4]);
  // ("Newfoundland and Labrador Health Services", "Alberta Health Services": a province's or country's health system is its government's.)
  const regionHealth = /^(.+) Health(?: Services?)?$/.exec(c.text)?.[1];
  if (headsWithOf(c.text) || isCountryAgency(c.text) || (regionHealth && isRegion(regionHealth))) votes.push(["GOV", 7]);
  // ("HSE West and North West": a known state body's regions are that body's.)
  if (words.length > 1 && lexiconType(words[0] ?? "") === "GOV" && words.slice(1).every((w) => /^(?:and|North|South|East|West|Central|Midlands)$/.test(w) || isPlaceWord(w))) votes.push(["GOV", 6]);
  // ("Associated Press of Pakistan", "Press Trust of India": a paper or an agency of a country.)
  if (MEDIA_HEAD.test(c.text) || MEDIA_OPENING.test(c.text) || /\b(?:Press|Times|Trust|News) of \p{Lu}\p{L}+$/u.test(c.text)) votes.push(["MEDIA", 5]);
  // ("Agence Rhône Presse", as "Agence France-Presse": a French press agency, however state-like its "Agence" sounds.)
  if (/^Agence\s(?:[\p{L}-]+\s){0,2}Presse$/u.test(c.text)) votes.push(["MEDIA", 9]);
  // ("Save Myponga Hills said": a campaign named for what it would save is its members' group, whatever land it names.)
  if (/^Save (?:Our |the )?\p{Lu}/u.test(c.text) && words.length >= 2) votes.push(["ORG", 9]);
  // ("the Tea Board of India", "the Coffee Board of Kenya": a commodity board of a country is the state's.)
  const boardOf = /^\p{Lu}\p{Ll}+ Board of (.+)$/u.exec(c.text)?.[1];
  if (boardOf && isCountryName(boardOf)) votes.push(["GOV", 8]);
  // ("the Castleisland-Corca Dhuibhne Municipal District": an Irish county's municipal district is a local council.)
  if (/\sMunicipal District$/.test(c.text)) votes.push(["GOV", 8]);
  // ("the Board of Natural Resources", which sets a state's timber sales: a board of a state's lands or waters, however
  // company-like "Resources" sounds.)
  if (/^(?:State )?Board of (?:(?:Land and )?Natural Resources|Land Commissioners|Water Resources)$/.test(c.text)) votes.push(["GOV", 7]);
  // ("TD for Cork East Pádraig Horgan": the seat a member holds is a place, the name after it the member's.)
  if (MEMBER_FOR.test(before)) votes.push(["PLACE", 8]);
  // (The name's shape is asked first: cutting the capitalised words off the end of the context is the dearer question.)
  else if (/^\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+){1,2}$/u.test(c.text) && MEMBER_FOR.test(before.replace(/(?:\p{Lu}\p{L}+\s+){1,3}$/u, ""))) votes.push(["PERSON", 8]);
  // "MV Clansman", "HMS Victory": a vessel's prefix.
  if (words.length > 1 && VESSEL_PREFIX.test(words[0] ?? "")) votes.push(["PRODUCT", 7]);
  // ("the Whalsay ferry Linga", "the smaller relief ferry Hendra": a vessel named after its kind; "the 180,000-dwt Kyma
  // Horizon", "the capesize Kyma Horizon": by its size or its class.)
  if (/\b(?:ferry|vessel|ship|tanker|trawler|freighter|tug|dredger|bulker|capesize|panamax|supramax|ultramax|handysize)\s+$|\d-(?:dwt|TEU)\s+$/.test(before)) votes.push(["PRODUCT", 6]);
  // ("31 of its 33 Regina trains", "a fleet of Citaro buses": a model named before the kind of vehicle, a number of them
  // before it.)
  if (!c.text.includes(" ") && /\b(?:\d+|its|their|of|new|the)\s+$/.test(before) && /^\s+(?:trains|trainsets|railcars|trams|buses|coaches|locomotives|aircraft|jets|helicopters|ferries|trucks|lorries)\b/.test(after)) votes.push(["PRODUCT", 5]);
  // ("signal faults at Uppsala Central", "trains into Oslo Central": a town's central station goes by the town and "Central".)
  if (words.length === 2 && words[1] === "Central" && (isPlaceWord(words[0] ?? "") || townPopulation(words[0] ?? "") > 0) && /\b(?:at|into|from|to|via|near|outside|through)\s+$/.test(before)) votes.push(["PLACE", 6]);
  // ("tributaries of the Adige", "the state capital, Tuxtla Gutiérrez": a river by its tributaries, a capital by its title.)
  if (/\b(?:tributar(?:y|ies)|mouth|source|banks) of the\s+$|\bcapital,\s+$/.test(before)) votes.push(["PLACE", 6]);
  // ("Federal University of Amazonas": a university is no state body, whoever funds it.)
  // (A state insurance fund outweighs the investors' "Fund".)
  if (STATE_INSURANCE_FUND.test(c.text)) votes.push(["GOV", 7]);
  // ("Universidade Federal do Amapá", "Uniwersytet Warmińsko-Mazurski": nor is one named in its own language.)
  if (/^(?:Federal|National|State) University\b|^(?:Universidade|Universidad|Università|Université|Universität|Uniwersytet|Univerzita|Univerza|Universitatea|Universiteit|Universitat|Politecnico|Polit[eé]cnica)\b/.test(c.text)) votes.push(["ORG", 9]);
  // "FC Nordvest", "AC Milan": a club's prefix.
  if (words.length > 1 && /^(?:FC|AFC|CF|SC|AC|AS|SV|VfB|VfL|RC|CD|SK|FK|NK|IF|BK)$/.test(words[0] ?? "")) votes.push(["ORG", 7]);
  // "ABC North Coast", "BBC Radio Lancashire": a known outlet's name opening a longer one is one of its stations or desks.
  if (words.length > 1 && lexiconType(words[0] ?? "") === "MEDIA") votes.push(["MEDIA", 6]);
  // "Journal Sentinel", "Post-Gazette", "Times Herald": a name made only of masthead words is a paper.
  // ("Milwaukee Journal Sentinel": a place may open it.)
  if (words.length >= 2 && words.slice(1).every((w) => MASTHEAD.test(w)) && (MASTHEAD.test(words[0] ?? "") || words.length >= 3)) votes.push(["MEDIA", 7]);
  // "Awang Hassan Mohd Ali", "Siti Nur Aisyah", "Md Abdur Rahim": Malay and Bangladeshi given-name words mark a person.
  if (words.length >= 2 && words.some((w) => /^(?:Mohd|Muhd|Md|Mohamad|Mohammad|Muhammad|Mohamed|Abdul|Abdur|Siti|Nur|Binti|Bin|Bt)$/.test(w)) && isPlainName(words.filter((w) => !/^(?:bin|binti)$/.test(w)))) votes.push(["PERSON", 5]);
  // ("Ammar Sabah al-Jabiri", "Zainab Kadhim al-Asadi": two names, then an Arabic family name joined to its article in lower
  // case, are a person's given and father's names; a place has one word before it, "Abu al-Khasib", "Shatt al-Arab".)
  if (words.length === 3 && /^(?:al|el)-\p{Lu}\p{Ll}+$/u.test(words[2] ?? "") && isPlainName(words.slice(0, 2)) && !words.slice(0, 2).some((w) => isCommonWord(w) || isPlaceWord(w))) votes.push(["PERSON", 5]);
  // "Arizona Daily Star", "Manchester Evening News": a paper's masthead word.
  if (words.length > 1 && PAPER_TAIL.test(c.text) && /\b(?:Daily|Evening|Morning|Sunday|Weekly)\b/.test(c.text)) votes.push(["MEDIA", 7]);
  // "KGUN 9", "KXLY", "WRAL": a US broadcaster's call sign (four letters: "KLM" and "KPN" are companies).
  if (/^[KW][A-Z]{3}(?:-TV|-FM|-AM)?(?: \d{1,2})?$|^[KW][A-Z]{2}-(?:TV|FM|AM)$/.test(c.text)) votes.push(["MEDIA", 6]);
  // ("the state-run National News Agency": a news agency is an outlet, whoever runs it, and outweighs the state's words.)
  if (NEWS_NAME.test(c.text) && words.length > 1) votes.push(["MEDIA", /\sNews Agency$/.test(c.text) ? 16 : 7]);
  // ("Diario del Sur", "Jornal do Commercio", "Corriere della Sera": a daily's masthead in Spanish, Portuguese or Italian;
  // "El Heraldo de Chihuahua", "El Sol de México": with its article.)
  // (Not "Sol de Caborca", a solar company: "Sol" names a paper only with its article.)
  if (/^(?:(?:El|O|Il) )?(?:Diario|Peri[óo]dico|Jornal|Giornale|Corriere|Quotidiano|Heraldo|Correo|Informador) (?:del?|do|da|della|di) \p{Lu}|^El Sol de \p{Lu}/u.test(c.text)) votes.push(["MEDIA", 7]);
  // ("the Venetian daily Il Gazzettino", "La Nuova Sardegna": an Italian daily's masthead with its article.)
  if (/^(?:Il|La) (?:Gazzettino|Gazzetta|Messaggero|Mattino|Giornale|Tirreno|Piccolo|Resto del Carlino|Secolo XIX|Nuova|Stampa|Repubblica|Provincia|Sicilia|Unione Sarda|Arena)\b/.test(c.text)) votes.push(["MEDIA", 7]);
  // ("Montevideo (MercoPress) –", "Maputo, 3 Nov (AIM) –": the name in brackets between the dateline and its dash is the agency's;
  // not "September 23, 2026 (WAD MADANI) –", a dateline's town of two words in capitals, set in brackets after the date.)
  if (c.start < 80 && !text.slice(0, c.start).includes("\n") && /\(\s*$/.test(before) && /^\s*\)\s*(?:[—–-]|:)/.test(after) && !isKnownPlace(c.text, 1)) {
    const capitalsTown = /^\p{Lu}+(?:\s\p{Lu}+)+$/u.test(c.text) ? titleCase(c.text) : undefined;
    votes.push(capitalsTown && isKnownPlace(capitalsTown, 1) ? ["PLACE", 6] : ["MEDIA", 6]);
  }
  // ("Hawke's Bay Today", "USA Today": a paper named for its place and the day.)
  // (The place is joined only for a name that ends in "Today": typeVotes runs for every mention.)
  const dayOf = words.length > 1 && words.at(-1) === "Today" ? words.slice(0, -1).join(" ") : undefined;
  if (dayOf !== undefined && (isPlaceWord(dayOf) || PLACE_HEAD.test(dayOf.replace(/['’]s$/, "")) || townPopulation(dayOf) > 0 || words[0] === "USA")) votes.push(["MEDIA", 7]);
  // ("data obtained by the Confederación Intersindical Galega": a union or an association named in Spanish, Galician,
  // Portuguese or Italian is a civic body, whoever it showed papers to; so are an Italian league, a party ("Lega dei
  // Ticinesi"), and a chamber of commerce; and an Italian consortium or employers' and farmers' federation, "Consorzio
  // Risicoltori del Delta", "Confindustria Belluno Dolomiti", whatever place closes its name.)
  if (ROMANCE_CIVIC_HEAD.test(c.text)) votes.push(["ORG", 9]);
  // ("along the Vistula", "along the Noteć": what runs along is a river; "the level of the Sneekermeer": a Dutch or
  // Frisian "-meer" is a lake.)
  // ("camped for days at Maitighar Mandala", "sit on the highway at Nawalpur": where people camp or rally, or a road is
  // blocked, is a place.)
  if (words.length <= 3 && GATHERING_AT_BEFORE.test(before)) votes.push(["PLACE", 4]);
  if (!c.text.includes(" ") && (/\balong\s+the\s+$/.test(before) || /^\p{Lu}\p{Ll}{3,}meer$/u.test(c.text))) votes.push(["PLACE", 4]);
  // ("in neighbouring Racha", "in Atchanan and nearby Artsvanik": what neighbours is a place; "the Shovi resort", "the Pecém port complex": so is what a
  // resort or a port is named after.)
  // ("the Väike väin strait", "the Drömling wetlands": so is what a strait, a valley or a wetland is named after; "The
  // Wakhjir crossing" opening a sentence too.)
  if (!c.text.includes(" ") && (/\b(?:neighbou?ring|nearby)\s+$/.test(before) || (/\b[Tt]he\s+$/.test(before) && /^\s+(?:resort|port|strait|valley|wetlands?|marshes|lagoon|estuary|delta|basin|floodplain|crossing|gauge|gauging station|weir)\b/.test(after)))) votes.push(["PLACE", 4]);
  // ("the Storåsen ridge", "the Roșia de Jiu pit", "the Perperikon archaeological site": a ridge, a mine's pit or an
  // excavation is named after its place, a particle inside the name too.)
  if (words.length <= 3 && words.slice(1, -1).every((w) => NAME_PARTICLE.test(w)) && /\bthe\s+$/.test(before) && /^\s+(?:ridge|pits?|open-pit mine|quarry|archaeological site|excavations?|reservoir|hill|plateau)\b/.test(after)) votes.push(["PLACE", 5]);
  // ("The Arda Alive coalition, which unites 14 local associations": what a coalition or a campaign is called names the
  // group, whatever given name opens it.)
  if (/\bthe\s+$/i.test(before) && /^\s+(?:coalition|alliance|campaign|movement|initiative)\b/.test(after)) votes.push(["ORG", 4]);
  // ("Puhas Rapla, a residents' association formed in January": a name an association is in apposition to is the
  // association's, a place inside it too.)
  if (CIVIC_APPOSITIVE.test(after)) votes.push(["ORG", 6]);
  // ("Madrid's Grupo Miñor Obras": a Spanish or Portuguese group of companies, whatever possessive stands before it;
  // "Oleificio Cooperativo Bassa Sabina", "Cantina Sociale …": an Italian mill, works or winery by its kind; "Maison
  // Verdier-Lacombe": a French trading house.)
  if (words.length >= 2 && (words[0] === "Grupo" || words[0] === "Maison" || ITALIAN_WORKS.test(words[0] ?? ""))) votes.push(["ORG", 6]);
  // ("Bureau Interprofessionnel des Vins de Bourgogne": a French trade's interprofessional body is its growers' and
  // merchants' own, whatever its "Bureau" or "Conseil".)
  // ("the Federal Association of the Ceramic Industry": an industry's association is its members', whatever "Federal".)
  if (/\bInterprofessionnel(?:le)?\b|^(?:Federal|National) (?:Association|Federation) of\b/.test(c.text)) votes.push(["ORG", 12]);
  // ("investment in Oltenia, in south-western Romania": what lies in a part of a country is a place.)
  if (!c.text.includes(" ") && isCountryName(/^,\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)[\p{Ll}-]*\s+)?(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)/u.exec(after)?.[1] ?? "")) votes.push(["PLACE", 6]);
  // ("Valdidentro mayor Fabio Rinaldi": what has a mayor is a town.)
  if (!c.text.includes(" ") && beforeMayor(c.text, after)) votes.push(["PLACE", 5]);
  // ("the Consello Regulador da Ribeira Sacra": a wine appellation's regulatory council is its growers' and wineries'
  // body, no state's.)
  if (/^(?:Consejo|Consello|Consell) Regulador\b/.test(c.text)) votes.push(["ORG", 12]);
  // ("the MRC de Kamouraska": a Quebec regional county municipality; "Parc éolien des Deux-Rivières": a wind farm, a place.)
  if (/^MRC (?:de|du|des|d['’])/.test(c.text)) votes.push(["GOV", 9]);
  // ("The Urban Commune of Toliara said it had deployed 12 water trucks": a Malagasy or a West African town's elected
  // council, the "Commune urbaine", as English copy names it.)
  if (/^(?:Urban|Rural) Commune of\s\p{Lu}/u.test(c.text)) votes.push(["GOV", 9]);
  if (/^Parc (?:éolien|solaire|photovoltaïque)\b/.test(c.text)) votes.push(["PLACE", 9]);
  // ("on the edge of Aberfoyle", '"Aberfoyle has roughly 800 people living in it"': where a place's edge is, or a count of
  // the people living there.)
  if (words.length <= 3 && (EDGE_OF_BEFORE.test(before) || PEOPLE_COUNT_AFTER.test(after))) votes.push(["PLACE", 3]);
  // ("Hélène Dumont, mayor of Saint-Germain-de-Kamouraska": the town a mayor is mayor of.)
  if (words.length <= 4 && MAYOR_OF_BEFORE.test(before)) votes.push(["PLACE", 4]);
  // ("Slieve Bearnagh", "Carn Liath": an Irish or a Scottish hill by its Gaelic word for one.)
  if (words.length <= 3 && /^(?:Slieve|Carn|Beinn|Sgurr|Sgùrr|Meall|Creag)\s\p{Lu}/u.test(c.text)) votes.push(["PLACE", 6]);
  // ("NHS Devon", "NHS Highland": the health service of a county or a region; "Healthwatch Devon", its statutory
  // patients' champion, speaks as a body of its own.)
  if (words.length <= 3 && /^NHS\s\p{Lu}\p{Ll}/u.test(c.text) && !/\s(?:Trust|Foundation|Confederation|Providers|Employers|Digital)$/.test(c.text)) votes.push(["GOV", 7]);
  if (/^Healthwatch\s\p{Lu}/u.test(c.text)) votes.push(["ORG", 7]);
  // ("its quarry at Gortaclare, near Kilfenora": a name set beside the town it is near; "its car park at Slievenaman
  // Gate": where a car park or a road's junction is.)
  if (words.length <= 2 && NEAR_TOWN_AFTER.test(after)) votes.push(["PLACE", 3]);
  if (words.length <= 3 && SPOT_AT_BEFORE.test(before)) votes.push(["PLACE", 4]);
  // ("B.C.'s Comptroller of Water Rights": a province's statutory official over a public field.)
  if (/^Comptroller of \p{Lu}/u.test(c.text)) votes.push(["GOV", 6]);
  // ("Kawartha Lakes Mayor Karen Stroud": a town's name before its mayor's title and name.)
  else if (words.length <= 3 && /^\s+(?:Deputy\s+)?(?:Mayor|Reeve)\s+\p{Lu}\p{Ll}+\s\p{Lu}/u.test(after)) votes.push(["PLACE", 5]);
  // ("traders from the Republic of Moldova": a country by its formal name is the country.)
  if (words.length >= 3 && words[0] === "Republic" && words[1] === "of" && isCountryName(words.slice(2).join(" "))) votes.push(["PLACE", 9]);
  // ("residents of eastern Acapulco", "in northern Rondônia": a part of it named by its side, in lower case, is a place's;
  // "Acapulco's municipal water utility": so is what has a municipality's utility.)
  if (!c.text.includes(" ") && /^\p{Lu}\p{Ll}/u.test(c.text) && (/\b(?:(?:north|south)(?:-?(?:east|west))?|east|west)ern\s+$/.test(before) || /^['’]s\s+municipal\b/.test(after))) votes.push(["PLACE", 4]);
  // ("the upper Tisza", "the lower Olt": a stretch of a river; "the Karavanke Tunnel": a tunnel is a place.)
  if ((!c.text.includes(" ") && /\bthe\s+(?:upper|lower|middle)\s+$/.test(before)) || /\s(?:Tunnel|Tunnels)$/.test(c.text)) votes.push(["PLACE", 4]);
  // ("forest in the Meseta Purépecha", "the Chapada Diamantina": a plateau named in Spanish or Portuguese.)
  // (Not "Meseta Digital Infra", a company named after one: its second word is English.)
  // (Nor "Meseta Renovables", "Planalto Energia": a company's trade word in Spanish or Portuguese.)
  if (words.length === 2 && /^(?:Meseta|Altiplano|Planalto|Chapada)$/.test(words[0] ?? "") && !isCommonWord(words[1] ?? "") && !/^(?:Renovables|Renováveis|Energ[ií]as?|Solar|Capital|Inversiones|Investimentos|Agr[ií]cola|Agro|Grupo)$/.test(words[1] ?? "")) votes.push(["PLACE", 6]);
  // ("Lago di Bomba", "Lac de Vassivière", "Odense Å": a lake named in Italian, Spanish or French, a Danish river; "the Mas de Lacoste", a southern French farmhouse, a Masseria or a Cortijo.)
  // ("Val di Sangro", "Bahía de Banderas", "Ría de Vigo": an Italian valley, a Spanish bay, a Galician ría; "the Hiiumaa Islets Landscape Reserve".)
  if (/^(?:Lago|Lac|Laguna|Lagoa|Val|Valle|Bah[ií]a|R[ií]a|Mas|Masseria|Cortijo|Canal|Canale)\s+(?:di|de|del|della|do|da|d['’])\s*\p{Lu}|^\p{Lu}\p{Ll}+ Å$|\sLandscape Reserve$|\sNature Reserve$|\sBiosphere Reserve$|^Industri(?:e)?park\s|\sIndustri(?:e)?park$/u.test(c.text)) votes.push(OPERATOR_AFTER.test(after) ? ["ORG", 6] : ["PLACE", 6]);
  // ("Neusiedler See": a German lake named "See" after its name.)
  if (/^\p{Lu}\p{Ll}+ See$/u.test(c.text)) votes.push(["PLACE", 4]);
  // ("Winzergemeinschaft Seewinkel", "Erhvervsforum Bornholm": a German or Danish compound whose last part is a
  // community, a cooperative, an association or a forum names a body of members.)
  if (/^\p{Lu}\p{Ll}*(?:gemeinschaft|genossenschaft|verband|verein|forum) \p{Lu}/u.test(c.text)) votes.push(["ORG", 5]);
  // ("Mora lasarett": a Swedish hospital, named after its town; "Hallands sjukhus Varberg", after its county and town.)
  // ("Agroholding Sremac", "Kolkhida Ferroalloys": a farm holding or a ferroalloy maker is a company.)
  if (/\slasarett$|\ssjukhus\s|^Agro(?:holding|kombinat|industrija)\s|\sFerroalloys?$/.test(c.text)) votes.push(["ORG", 6]);
  if (STATE_BODY.test(c.text) || PUBLIC_BODY.test(c.text) || REGIONAL_JUNTA.test(c.text) || INTERGOV.test(c.text) || CENTRAL_BANK.test(c.text) || STATISTICS_BODY.test(c.text)) votes.push(["GOV", 7]);
  // "Senate Committee on Energy", "Commission on Elections": a committee on a subject, whatever the subject's word.
  if (/\b(?:Committee|Subcommittee|Commission) on\b/.test(c.text)) votes.push(["GOV", 7]);
  // (A city hall that acts is the city's government.)
  const hallActs = /\b(?:City|Town) Hall$/.test(c.text) && BODY_ACTS.test(after);
  // ("The Basra Governorate on Tuesday cancelled …", "A source at the Aleppo Governorate": a governorate with the article
  // is its administration; "in Al Wusta Governorate" is the province.)
  // ("Jeju Special Self-Governing Province said Thursday", "The Region of Sicily on Wednesday moved to impose penalties":
  // a province or a region that speaks or acts is its administration; "The Province of Rovigo has taken no formal
  // position", one that takes a position too; "the Trnava Self-Governing Region", a Slovak region's elected
  // government, whatever it does.)
  // ("grants from the Veneto Region", "the Sardinia Region's rejection": an Italian region named with its English head
  // word is the regional administration, whatever it does, and so is "the Region of Tuscany"; "Regione Lombardia" is in
  // gov-heads.ts.)
  // ("a public consortium led by the Occitanie Region": so is a region or a department that leads something or is cited;
  // not merely one with a spokesperson, "a spokesman for the Ústí nad Labem Region", which the gold gives as the land.)
  // ("according to the Province of Sondrio": one that is cited speaks as its administration too; "a meeting at the Sălaj
  // Prefecture", in copy that names the prefect: a prefecture is the prefect's office, as Romanian and Italian copy writes it.)
  const administration = (/\bGovernorate$/.test(c.text) && /\bthe\s+$/i.test(before)) || (/\b(?:Province|Prefecture|Governorate)$|^(?:Region|Province) of\b/.test(c.text) && (BODY_ACTS.test(after) || /\baccording to (?:the\s+)?$/i.test(before))) || (/\sPrefecture$/.test(c.text) && /\bprefect\b/i.test(text)) || (/ Region$/.test(c.text) && isItalianRegion(c.text.slice(0, -" Region".length))) || (/^Region of /.test(c.text) && isItalianRegion(c.text.slice("Region of ".length))) || /\bSelf-Governing Region$/.test(c.text) || (/\s(?:Region|Département|Department)$/.test(c.text) && REGION_LEADS_BEFORE.test(before));
  if (hallActs || administration) votes.push(["GOV", 8]);
  // ("in the Lot", "the Lot department": a French department named like a word, which the gazetteer leaves out, where
  // copy writes it as the land it is.)
  if (words.length === 1 && /^(?:Ain|Var|Lot|Cher|Nord|Aude|Tarn)$/.test(c.text) && (/\b(?:in|of|across|from|throughout)\s+the\s+$/.test(before) || /^\s+department\b/.test(after))) votes.push(["PLACE", 6]);
  // ("The Bank of the Cook Islands": a bank, a university or a court "of" a place is no place.)
  // ("The Pirkanmaa Wellbeing Services County wants to close wards": a Finnish wellbeing services county is the health
  // authority, no land.)
  // ("across the Strait of Gibraltar", "the Campo de Gibraltar": water or land named by its kind before "of" or "de".)
  // ("the Greater Blue Mountains World Heritage Area": a protected area's name may run to six words; not "Bay of Islands
  // Charter Operators Association" or "Vale do Pinhal Golf & Residences", a body and a resort.)
  else if ((PLACE_HEAD.test(c.text) || /^Region of\b/.test(c.text) || WATER_OR_LAND_OF.test(c.text)) && !/\bWellbeing Services County$/.test(c.text) && words.length > 1 && words.length <= (PROTECTED_AREA.test(c.text) ? 6 : 5) && !/^(?:Bank|University|College|Court|Council|Government|Parliament|Legislature|Shire) of\b/.test(c.text)) votes.push(["PLACE", 6]);
  if (/[(,]\s?[DRI]-$/.test(before)) votes.push(["PLACE", 6]);
  // ("Cheras Homebuyers Action Committee": citizens' committees are groups of their own, not state committees.)
  if (/\b(?:Action|Residents['’]?|Homebuyers['’]?|Tenants['’]?|Parents['’]?|Campaign|Strike|Defence|Defense) Committee$|\bParents?['’]? Council$/.test(c.text)) votes.push(["ORG", 8]);
  // ("a letter sighted by the B&FT", "documents seen by The Straits Times": who sees a document is the paper.)
  if (/\b(?:seen|sighted|obtained|reviewed) by (?:the )?$/i.test(before) && !/^(?:Police|Court)|\b(?:Group|Committee|Union|Association|Council|Alliance|Coalition|Campaign|Trust|Commission|Authority|Agency|Ministry|Department|Office)$/.test(c.text)) votes.push(["MEDIA", 4]);
  // ("National Science Foundation", "Finnish Environment Institute", "Australian Institute of Health and Welfare": a
  // national or a country's institute or fund is the state's; the gold types all twelve it lists so. "American" opens the
  // names of private think tanks too, so it is left out.)
  const first = words[0] ?? "";
  // ("Mozambique Nuts Institute": a country's name opening it too, unless it studies economics or policy, as the
  // "Taiwan Institute of Economic Research" does.)
  const countryInstitute = isCountryName(first) && /\bInstitute\b/.test(c.text) && !/\b(?:Economic|Economics|Policy|Research|Studies)\b/.test(c.text);
  if (words.length > 2 && ((/^(?:National|Federal)$/.test(first) && /\b(?:Institute|Foundation|Fund)\b/.test(c.text)) || (isDemonym(first) && first !== "American" && /\bInstitute\b/.test(c.text)) || countryInstitute)) votes.push(["GOV", 10]);
  // ("a plucker on the Glenmore Estate": a plantation or housing estate the copy puts people on or in.)
  if (words.length > 1 && /\sEstate$/.test(c.text) && /\b(?:on|in|at) the\s+$/.test(before)) votes.push(["PLACE", 6]);
  // ("Harbourgate Asia Property Income Fund": a fund named for what it invests in is sold to investors as a product.)
  if (words.length > 2 && /\b(?:Income|Growth|Equity|Bond|Balanced|Money Market|Dividend|Tracker|Property|Real Estate) Fund$/.test(c.text) && !/^(?:National|Federal|State|Sovereign|Public|International)\b/.test(c.text)) votes.push(["PRODUCT", 8]);
  // ("The City of Kigali said", "City of Cape Town": a city named as a body is its municipal government; "a spokesperson
  // for the Town of Skradin": a town's too.)
  // ("on behalf of the County of Haliburton": an Ontario or a Nova Scotia county's council, named so.)
  if (/^(?:City|Town|County) of \p{Lu}/u.test(c.text) && words.length <= 5) votes.push(["GOV", 8]);
  // ("Belfast Health and Social Care Trust": Northern Ireland's health trusts are the state's health service.)
  if (/\bHealth and Social Care Trust$/.test(c.text)) votes.push(["GOV", 8]);
  // ("JoyNews", "CitiNews": a broadcaster's brand written as one word.)
  if (words.length === 1 && /^\p{Lu}\p{Ll}+(?:News|TV|FM)$/u.test(c.text)) votes.push(["MEDIA", 6]);
  // ("the Corsican Assembly", "the Welsh Assembly": a people's assembly is its region's legislature.)
  if (words.length === 2 && words[1] === "Assembly" && isDemonym(words[0] ?? "")) votes.push(["GOV", 8]);
  // ("Speaking on ZJB Radio Montserrat": a call sign, then "Radio" and the place it serves.)
  if (words.length >= 3 && words[1] === "Radio" && /^\p{Lu}{3,4}$/u.test(words[0] ?? "")) votes.push(["MEDIA", 8]);
  // ("Fundacion Proteccion di Consumidor": a foundation named in Spanish or Papiamento is a body, whoever chairs it.)
  if (words.length >= 2 && /^(?:Fundaci[oó]n|Fundashon)$/.test(words[0] ?? "")) votes.push(["ORG", 8]);
  // ("a statement sent to Kairi FM", "Galway Bay FM": a radio station's name closes on its band.)
  if (words.length >= 2 && words.length <= 3 && /^(?:FM|AM)$/.test(words.at(-1) ?? "")) votes.push(["MEDIA", 8]);
  // ("trucks queue at the Port of Doraleh": a port named by its town is the place; its authority is a body.)
  if (/^Port of \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?$/u.test(c.text) && !hasGovHead(c.text)) votes.push(["PLACE", 7]);
  if (words.length === 1 && MONGOLIAN_NAME.test(c.text)) votes.push(["PERSON", 6]);
  // ("North East Atlantic": compass words before an ocean or a sea.)
  if (words.length >= 2 && words.slice(0, -1).every((w) => /^(?:North|South|East|West|Central)$/.test(w)) && /^(?:Atlantic|Pacific|Arctic|Indian Ocean|Mediterranean|Baltic)$/.test(words.at(-1) ?? "")) votes.push(["PLACE", 8]);
  // ("Redstone River First Nation": a First Nation's council governs its people, as the gold types it.)
  // ("The First Nation of Na-Cho Nyäk Dun": so does one named after "of".)
  // ("Cowichan Tribes", "Upper Similkameen Indian Band", "Northern Arapaho Tribe": and a band's or a tribe's government.)
  if ((/\bFirst Nations?$/.test(c.text) && words.length > 2) || /^First Nation of\b/.test(c.text) || (/\s(?:Tribes?|Indian Band)$/.test(c.text) && words.length >= 2)) votes.push(["GOV", 8]);
  // ("Save the Cambrian Uplands": a campaign named by its demand, whatever place it names.)
  if (/^(?:Save|Stop|Protect|Defend) the\s/.test(c.text)) votes.push(["ORG", 8]);
  // ("Planning and Environment Decisions Wales", "Natural Resources Wales": a nation's agency named for its field and the nation.)
  if (/^(?:Planning|Environment|Natural Resources|Health|Sport|Arts|Historic|Heritage|Skills|Careers|Tourism)\b.*\s(?:Wales|Scotland|England|Ireland|Canada|Australia|Norway|Sweden|Denmark|Finland|Netherlands|Iceland|Austria)$/.test(c.text) && words.length <= 6) votes.push(["GOV", 6]);
  // "Middle Fly District", "St James Parish": a named district or parish is a place; a school or water district is a body.
  if (words.length > 1 && words.length <= 4 && /\b(?:District|Parish|Township)$/.test(c.text) && !/\b(?:School|Water|Utility|Irrigation|Fire|Health|Hospital|Sanitation|Transit|Park|Court|Judicial|Congressional|Improvement|Sewer|Library|Conservation|Regional)\s+\S+$/.test(c.text)) votes.push(["PLACE", 6]);
  if (STATE_OFFICE.test(c.text)) votes.push(["GOV", 6]);
  // ("The Municipality of Northern Bruce Peninsula licenses 612 rentals": a municipality, township or shire named "of" a
  // place is its council, whatever land's head closes the place's name.)
  if (/^(?:Municipality|Township|Shire) of \p{Lu}/u.test(c.text)) votes.push(["GOV", 4]);
  // "Nigeria Labour Congress", "Trades Union Congress": a federation of unions, however governmental "Congress" sounds.
  if (/\b(?:Labour|Labor|Trades Union|Trade Union|Workers['’]?)\s+Congress$|^Congress of\b.*\bUnions$/.test(c.text)) votes.push(["ORG", 9]);
  // "Insurance Council of New Zealand", "Minerals Council": an industry's council is a trade body, not a state one.
  // ("the Iberian Hydrogen Council, an industry body", "the Norwegian Seafood Council": a region's or a country's too.)
  if (INDUSTRY_COUNCIL.test(c.text)) votes.push(["ORG", 9]);
  // ("Hardanger Villaksforum, a coalition of river owners": a Nordic compound ending in "forum" is a body of members.)
  if (/\p{Ll}forum$/u.test(words.at(-1) ?? "")) votes.push(["ORG", 7]);
  // ("the southern department of Aveyron", "the island of Paxos": a name the copy calls a department, a province or an
  // island "of" is the place.)
  if (words.length <= 3 && ADMIN_UNIT_OF_BEFORE.test(before)) votes.push(["PLACE", 6]);
  // ("a 60 per cent stake in Savona Riviera Terminal": a stake is held in a firm, whatever its place's head word says.)
  if (PLACE_HEAD.test(c.text) && STAKE_IN_BEFORE.test(before)) votes.push(["ORG", 7]);
  // "Pilbara Producers Council", "Garment Workers Unity Council", "Irish Council for Civil Liberties": a council of
  // producers, workers or peoples, or one for a cause, speaks for its members and is no state body ("Sarlahi Sugarcane
  // Farmers' Struggle Committee": nor is such a committee; "the Paimadó Black Communities Council", a Colombian
  // community council, speaks for its communities).
  if (/\b(?:(?!Ministers|Governors|Commissioners|Supervisors|Councillors|Borders)\p{Lu}\p{Ll}+(?:ers|ors)['’]?|Peoples|Organisations|Organizations|Conservation|Taxi|Communities)\s+(?:Unity\s+)?Council\b|\b\p{Lu}\p{Ll}+(?:ers|ors)['’]\s+(?:(?:Struggle|Action|Joint Action|Unity)\s+)?Committee\b|\bCouncil (?:of|for) (?:Small Business|Civil Liberties|Human Rights|\p{Lu}\p{L}+ Peoples)\b/u.test(c.text)) votes.push(["ORG", 9]);
  // "Tan Wei Ling", "Kim Ji-won", "Nguyen Van An": a common East Asian family name before short given names.
  // ("Pham Thi Thu Ha": a Vietnamese name may carry a middle name and two given names.)
  if (words.length >= 2 && words.length <= 4 && EAST_ASIAN_FAMILY.test(words[0] ?? "") && words.slice(1).every((w) => /^\p{Lu}\p{Ll}{1,4}(?:-\p{Ll}{1,4})?$/u.test(w))) votes.push(["PERSON", 4]);
  // "Bangalore Water Supply and Sewerage Board", "Board of Inquiry", "Financial Action Task Force": named boards and inquiries are state bodies.
  if (words.length > 1 && STATE_PANEL.test(c.text)) votes.push(["GOV", 5]);
  // "Mount Kenya", "Lake Tahoe", "Cape Town", "Fort Worth": a geographic word opening a two- or three-word name.
  // ("Port Klang Authority", "Fort Worth Police": a body named after its place is the body.)
  // ("St Brendan's" for the hospital, "a nurse at St. Clement" after "St. Clement Hospital": a saint's name the copy also
  // gives an institution, or writes as a possessive, is the institution's short name, no town.)
  const saint = /^(?:St\.?|Saint)$/.test(words[0] ?? "") && (c.possessive || (text.includes(`${c.text} `) && new RegExp(`${escapeRegExp(c.text)}\\s\\p{Lu}`, "u").test(text)));
  if (words.length > 1 && words.length <= 4 && PLACE_OPENING.test(c.text) && !hasGovHead(c.text) && !ORG_HEAD.test(c.text) && !saint) votes.push(["PLACE", 5]);
  // ("Santo Tomás de Castilla", "San Cristóbal de las Casas": a saint's name and "de" a place name the Spanish way.)
  if (words.length > 3 && words.length <= 6 && /^(?:San|Santo|Santa|São)\s\p{Lu}\p{Ll}+\s(?:de|del)\s(?:(?:la|las|los)\s)?\p{Lu}\p{Ll}+$/u.test(c.text) && !hasGovHead(c.text)) votes.push(["PLACE", 6]);
  // "Place de la Concorde", "Plaza de Mayo", "Piazza della Signoria": a square.
  if (words.length > 1 && /^(?:Place|Plaza|Piazza|Praça|Plac|Platz)\s(?:de|du|des|della|del|dos|da)\b/.test(c.text)) votes.push(["PLACE", 6]);
  // ("the Mercado Municipal", "Palazzo Pubblico", "Villa Mirandole": a town's market hall, a palace or a villa, named in its
  // own language by its kind first; "Boulevard Rainier III", "Rue Grimaldi": a street so named; "Anse Kerlan", "Grand Anse",
  // ("Avenida Domingo Diez", "Calle Mayor", "Rua Augusta": a street named in Spanish or Portuguese.)
  // "Pointe des Grives": a cove or a point, as French and Creole place names on islands write them; "Isthmus of
  // Tehuantepec", "Polo Industrial de Manaus", "Parque Eólico Cierzo Alto": an isthmus, an industrial pole, a wind park.)
  if (words.length > 1 && /^(?:Mercado (?:Municipal|Central)|Marché Central|Massif|Lac|Palazzo|Palácio|Palacio|Palais|Villa|Boulevard|Rue|Avenue|Avenida|Calle|Rua|Quai|Chemin|Anse|Grand Anse|Grande Anse|Pointe|Isthmus of|(?:Polo|Parque|Distrito) Industrial|Parque E[óo]lico)\s/.test(`${c.text} `)) votes.push(["PLACE", 6]);
  // ("According to Monaco Statistics": a country's statistics office named after it, as "Statistics Norway" is before it.)
  if (words.length === 2 && words[1] === "Statistics" && isCountryName(words[0] ?? "")) votes.push(["GOV", 8]);
  // ("The Grenada Investment Development Corporation, which approved tax concessions": a country's development corporation
  // is its state agency, as "Lesotho National Development Corporation" is.)
  if (words.length >= 3 && words.length <= 5 && / Development Corporation$/.test(c.text) && isCountryName(words[0] ?? "")) votes.push(["GOV", 8]);
  // "Linn County Public Health": a county's health department.
  if (/\bCounty\s+(?:Public\s+)?Health(?:\s+Department)?$/.test(c.text)) votes.push(["GOV", 6]);
  // "Health and Disability Commissioner", "Banking Ombudsman": an office named by its holder's title is a state office.
  if (words.length > 1 && /^(?:Commissioner|Ombudsman)$/.test(words[words.length - 1] ?? "")) votes.push(["GOV", 6]);
  // "Copenhagen Police", "Forest Hill Police": a place's police force, not the place.
  if (words.length > 1 && /^(?:Police|Constabulary|Sheriff's Office)$/.test(words.slice(-1)[0] ?? "")) votes.push(["GOV", 6]);
  // ("Region Five", "Region 6": a numbered region, as Guyana's, is a place; so is the village named before it, "Mahaicony, Region Five".)
  if (NUMBERED_REGION.test(c.text)) votes.push(["PLACE", 8]);
  if (words.length <= 3 && REGION_AFTER.test(after)) votes.push(["PLACE", 7]);
  // ("Meme Division of the South West Region": a named division, as Cameroon's, within a region or province is a place.)
  if (words.length > 1 && words.length <= 3 && /\sDivision$/.test(c.text) && /^\s+of\s+(?:the\s+)?(?:\p{Lu}\p{L}+\s+){1,3}(?:Region|Province)\b/u.test(after)) votes.push(["PLACE", 6]);
  // ("West Police District", "Oslo Police District": Norway's police are organised in districts, each the force.)
  if (words.length > 1 && /\sPolice District$/.test(c.text)) votes.push(["GOV", 8]);
  // ("Kampong Preah Agricultural Cooperative": a co-operative, whatever village it is named after.)
  if (words.length > 1 && /^(?:Cooperative|Co-operative)$/.test(words.at(-1) ?? "")) votes.push(["ORG", 8]);
  // ("Jamaica Constabulary Force", "Royal Bahamas Police Force": a national police force named as a force.)
  if (words.length > 2 && /\s(?:Constabulary|Police) (?:Force|Service)$/.test(c.text)) votes.push(["GOV", 8]);
  // ("rivers such as the Etneelva and the Opo": a river named as one of rivers; Norwegian "-elva", Swedish "-älven"; a Dutch
  // tunnel, bridge, dike or canal, "Westerscheldetunnel", "Zeelandbrug".)
  if (words.length === 1 && /\p{Ll}(?:elva|elven|älven|tunnel|brug|dijk|kanaal)$/u.test(c.text)) votes.push(["PLACE", 6]);
  // ("Mälarsjukhuset", "Haukeland universitetssykehus": a Nordic hospital named in one word, whatever town it is named after.)
  if (words.length === 1 && /\p{Ll}(?:sjukhuset|sjukhus|sykehuset|sykehus|sygehus|sairaala)$/u.test(c.text)) votes.push(["ORG", 6]);
  // ("Vasabladet", "Dagbladet": a Nordic paper named as "the … paper".)
  if (words.length === 1 && /\p{Ll}bladet$/u.test(c.text)) votes.push(["MEDIA", 6]);
  // ("a site off Averøy", "stuck off Vitória": where a fish farm lies or a ship waits "off" is a coast or an island.)
  if (words.length <= 2 && /\b(?:sites?|farms?|pens|anchored|moored|stuck|lying|located|sank|sunk|waters)\s+off\s+$/.test(before)) votes.push(["PLACE", 4]);
  // ("the fast ferry across the Westerschelde": what a ferry or a bridge crosses is a place.)
  if (words.length <= 2 && /\b(?:across|crossing|crosses|crossed)\s+the\s+$/.test(before)) votes.push(["PLACE", 4]);
  if (RIVERS_SUCH_AS.test(before)) votes.push(["PLACE", 6]);
  if ((words.length === 1 && MODEL_CODE.test(c.text)) || (words.length > 1 && isModelAfterMaker(words.at(-1) ?? ""))) votes.push(["PRODUCT", 6]);
  if (words.length === 1 && INNER_CAPITAL.test(c.text)) votes.push(["ORG", 2]);
  if (I_PRODUCT.test(c.text)) votes.push(["PRODUCT", 3]);
  if (/^Air\s\p{Lu}/u.test(c.text)) votes.push(["ORG", 5]);
  // ("low-cost carrier Brisa Air": an airline named "… Air" after its kind; not "MacBook Air", a model.)
  if (words.length === 2 && words[1] === "Air" && /\b(?:carrier|airline)\s+$/i.test(before)) votes.push(["ORG", 6]);
  const govAppositive = GOV_APPOSITIVE.test(after);
  if (words.length <= 2 && ((PLACE_APPOSITIVE.test(after) && !govAppositive) || COMPASS_OF_BEFORE.test(before))) votes.push(["PLACE", 5]);
  // ("inside the Carso Triestino e Goriziano, an area protected under European habitat rules": a protected land.)
  if (words.length <= 5 && PROTECTED_LAND_APPOSITIVE.test(after)) votes.push(["PLACE", 5]);
  // ("Barbera d'Asti grapes", "Trebbiano d'Abruzzo"; "sold under the protected geographical indication Carota
  // dell'Altopiano del Fucino"): a grape's or a produce's appellation of origin is a product.
  if (APPELLATION.test(c.text) || APPELLATION_BEFORE.test(before)) votes.push(["PRODUCT", 7]);
  // "Indiana House", "Ohio Legislature": a place's legislature.
  if (words.length >= 2 && /^(?:House|Assembly|Legislature)$/.test(words[words.length - 1] ?? "") && isPlaceWord(words.slice(0, -1).join(" "))) votes.push(["GOV", 6]);
  // "Columbia, S.C.", "Burbank, Calif.": a place followed by its state.
  if (words.length <= 3 && STATE_AFTER.test(after)) votes.push(["PLACE", 7]);
  if (PRODUCT_NOUN_BEFORE.test(before) || PRODUCT_NAMED_BEFORE.test(before)) votes.push(["PRODUCT", 6]);
  if (PLACE_KNOWN_AS_BEFORE.test(before)) votes.push(["PLACE", 6]);
  // ("Pontica Grain Terminal, a private operator in the Port of Constanța": a terminal so described is the firm that runs
  // it, whatever its place's head word says.)
  if (ORG_APPOSITIVE.test(after)) votes.push(["ORG", PLACE_HEAD.test(c.text) ? 7 : 4]);
  // ("the contractor, Hidrosistemas del Pacífico, had delivered": a firm's role named first, the name in apposition.)
  // (Not the party a person speaks for: "Counsel for the company, Hamish Ward, told the judge".)
  if (/(?<!\b(?:for|of|at|with|to|from|by|against|on behalf of)\s)\bthe (?:contractor|subcontractor|supplier|operator|developer|processor|buyer|client|concessionaire|company|firm),\s+$/.test(before) && /^,/.test(after)) votes.push(["ORG", 4]);
  const listed = PLACE_LIST_BEFORE.exec(before)?.[1];
  // ("Vayu's country head in Colombo, Rohan Mehta, told": a given name and a surname after the place are its person.)
  // ("Reporting by Arjun Menon in Bengaluru and Sarah Kline in New York" likewise.)
  const person = words.length === 2 && isFirstName(words[0] ?? "") && !isPlaceWord(c.text) && (/^,\s/.test(after) || townPopulation(c.text) === 0);
  // ("Tyne and Wear", "Central, Eastern and Southern provinces": an English word closing the list is no place of its own.)
  const plainWord = words.length === 1 && (isCommonWord(c.text) || COMPASS_ADJECTIVE.test(c.text));
  // ("in Pasig City, LMEC Senior Vice-President …": an acronym after an opening phrase's place is its subject, no listed place.)
  const acronym = /^\p{Lu}{2,6}$/u.test(c.text);
  if (listed && !person && !plainWord && !acronym && listed.split(/,\s/).some(isNamedPlace) && words.length <= 2) votes.push(["PLACE", 3]);
  // ("Sahra Heights Development" builds; "Secretariat for … Sustainable Development" is a portfolio.)
  // ("Opposition health critic Bernadette Power … Power said": a given name before a head word the copy then uses as a
  // speaker's surname is a person.)
  // (Asked only of a company-shaped name: the pattern reads the whole text.)
  const companyShaped = (ORG_HEAD.test(c.text) || (/\sDevelopment$/.test(c.text) && !/\s\p{Ll}/u.test(c.text))) && words.length > 1;
  if (companyShaped && !surnamedSpeaker(words, text)) votes.push(["ORG", 5]);
  // ("At Kenyatta National Hospital, an intern said": an institution named for a person is still the institution.)
  if (words.length > 1 && /\b(?:Hospital|University|College|School|Clinic|Institute|Academy|Foundation)$/.test(c.text)) votes.push(["ORG", 4]);
  // ("the University of the West Indies, St Augustine": a university named for its place is still the university.)
  else if (words.length > 2 && /^(?:University|College|Academy|Polytechnic) of\s/.test(c.text)) votes.push(["ORG", 4]);
  // "Sienna Microdevices", "Hexa Geosystems": a company's coined last word ending in what it makes.
  if (words.length > 1 && ORG_COMPOUND.test(words[words.length - 1] ?? "")) votes.push(["ORG", 5]);
  // ("Energía del Pacífico", "Distribuidora Farmacéutica Valle Alto": a Spanish or Portuguese company opens with its trade;
  // not "Empresa" or "Servicios", which open state companies' names too: "Empresa Portuaria Quetzal".)
  if (words.length > 1 && ORG_OPENING.test(words[0] ?? "")) votes.push(["ORG", 5]);
  // ("the 214-room Hotel Mogren Bay", "the Hôpital Immaculée Conception des Cayes": an establishment named by its kind
  // first is the establishment, whatever bay or town closes its name.)
  // ("the 68-room Seehotel Hallstatt": a German lake, park or mountain hotel too; and whatever a number of rooms is said of.)
  if (words.length > 1 && /^(?:Hotel|Hôtel|Hôpital|Clinique|Seehotel|Parkhotel|Berghotel|Sporthotel|Alpenhotel)$/.test(words[0] ?? "")) votes.push(["ORG", 8]);
  else if (ROOMS_BEFORE.test(before)) votes.push(["ORG", 4]);
  // ("Banque de la République du Burundi", "Banque Centrale …": a central bank named in French is the state's.)
  // (Not "Banque Nationale": Canada's National Bank and others of that name are commercial banks.)
  if (/^Banque (?:de la République|Centrale)\b/.test(c.text)) votes.push(["GOV", 8]);
  // ("Friends of St Thomas Bay", "Friends of the Earth": a friends' group is a campaign, whatever place it is named after.)
  if (/^Friends of\s/.test(c.text)) votes.push(["ORG", 8]);
  // ("the Nocciola Piemonte PGI mark": a protected name, PGI, PDO or their Italian, French and Spanish forms, is a product.)
  if (words.length > 1 && /^(?:PGI|PDO|IGP|DOP|DOC|DOCG|AOC|AOP)$/.test(words.at(-1) ?? "")) votes.push(["PRODUCT", 8]);
  // ("reported by the Extremadura daily Hoy": a place before an outlet's kind is where the outlet is, and the masthead
  // after the kind is the outlet.)
  const placeOfOutlet = /^\s+(?:daily|weekly|newspaper|paper|broadcaster|tabloid)\s+\p{Lu}/u.test(after);
  if (MEDIA_BEFORE.test(before) && !placeOfOutlet) votes.push(["MEDIA", 4]);
  if (PLACE_DAILY_BEFORE.test(before)) votes.push(["MEDIA", 4]);
  // ("the Conseil des Vins du Minervois": a French wine trade's council is its growers' and merchants' body, no state's.)
  if (/^(?:Conseil|Comité|Union|Syndicat)\s+(?:[Ii]nterprofessionnel\s+)?des\s+[Vv]ins\b/.test(c.text)) votes.push(["ORG", 9]);
  if (words.length <= 2 && STATE_BODY_THEN_NAME_BEFORE.test(before)) votes.push(["GOV", 4]);
  // ("local newspaper A Gazeta", "the daily O Povo": a Portuguese masthead opens with its article, no initial.)
  if (words.length > 1 && /^[AO]s?$/.test(words[0] ?? "") && /\b(?:newspaper|daily|weekly|paper|tabloid|magazine)\s+$/.test(before)) votes.push(["MEDIA", 8]);
  // ("according to data firm Property Monitor": a kind of company written before the name outweighs a masthead word in it.)
  // ("Renmark broker Lachlan Moretti of Riverflow Water Brokers", later "Mr Moretti": a broker, a developer or a
  // contractor may be a person, one the copy names with the firm they are "of", or with an honorific later.)
  const personInRole = words.length === 2 && PERSON_TRADE_BEFORE.test(before) && (/^\s+of\s+\p{Lu}/u.test(after) || new RegExp(`\\b(?:Mr|Ms|Mrs|Dr)\\.?\\s${escapeRegExp(words[1] ?? "")}\\b`).test(text));
  if (FIRM_BEFORE.test(before) && !MEDIA_BEFORE.test(before) && !personInRole) votes.push(["ORG", 6]);
  // ("Merdan Hojamyradow, director of Ak Ýol Gurluşyk": what a director, an owner or a founder is "of" is no person,
  // however much its words look like a name.)
  else if (OWNER_OF_BEFORE.test(before)) votes.push(["ORG", 3]);
  // ("Geneva-based Atlantica Pellet Trading", "Piraeus-based Meridian Bulk Carriers": what is based somewhere is a firm
  // or a group, even when its name's first word is a town's or a given name.)
  if (BASED_BEFORE.test(before)) votes.push(["ORG", 4]);
  if (isPlaceWord(c.text) || c.hyphenSuffix === "based") votes.push(["PLACE", 4]);
  const town = townVote(c.text, words);
  if (town) votes.push(["PLACE", town]);
  // ("Meridian chief executive Alison Forde", "a Meridian spokesman": a town has no chief executive or managing director;
  // a firm the town's name opens, "Meridian Rail Network", does.)
  if (town && words.length === 1 && /^\s+(?:chief executive|managing director|chief financial officer|chief operating officer|chairman|chairwoman|spokes(?:man|woman|person))\b/.test(after) && new RegExp(`\\b${escapeRegExp(c.text)}\\s\\p{Lu}`, "u").test(text)) votes.push(["ORG", town + 1]);
  if (INSTRUMENT_HEAD.test(c.text) && words.length > 1) votes.push(["PRODUCT", 6]);
  // "MacBook Pro", "Galaxy S24 Ultra", "Disney Plus": a model's tier word closing a name.
  if (words.length > 1 && /^(?:Pro|Plus|Ultra|Mini|Lite|Max)$/.test(words[words.length - 1] ?? "")) votes.push(["PRODUCT", 5]);
  // "Highway 5", "Route 66" are roads; "Porsche 911", "Helix 7" models.
  if (words.length > 1 && /^\d{1,4}[A-Za-z]?$/.test(words[words.length - 1] ?? "")) votes.push(/^(?:Highway|Route|Interstate|Road|Street|Avenue|Exit|Terminal|Gate|Pier|Berth|Platform)$/.test(words[words.length - 2] ?? "") || (/^No\.?$/.test(words[words.length - 2] ?? "") && /^(?:Highway|Route|Road)$/.test(words[words.length - 3] ?? "")) ? ["PLACE", 8] : words[words.length - 2] === "Local" || (/^No\.?$/.test(words[words.length - 2] ?? "") && /^(?:Union|Local|Lodge|Sindicato)$/.test(words[words.length - 3] ?? "")) ? ["ORG", 8] : words[words.length - 2] === "Channel" ? ["MEDIA", 8] : /^(?:District|Ward|Precinct)$/.test(words[words.length - 2] ?? "") ? ["GOV", 8] : ["PRODUCT", 5]);
  // "avoid the A93", "on the M50", "off the N17": a British or Irish road's number ("along the BR-364": a Brazilian one's; "the E22": a European route's; "the A-15 motorway": a Spanish one's) ("the A380" flies: aircraft are in the lexicon).
  if (words.length === 1 && /^(?:[ABMNE]\d{1,4}|BR-\d{3}|\p{Lu}{1,3}-\d{1,4})$/u.test(c.text) && /\b(?:the|a)\s+$/.test(before) && !/^\s+(?:jets?|aircraft|planes?|airliners?|fleet|freighters?|orders?)\b/.test(after)) votes.push(["PLACE", 7]);
  // "Philadelphia SE Semiconductor Index", "the Nifty Realty index": a market index is a tracked product.
  if (words.length > 1 && (/\bIndex$/.test(c.text) || /^\s+index\b/.test(after))) votes.push(["PRODUCT", 6]);
  if (words.length === 1 && PLACE_SUFFIX.test(c.text)) votes.push(["PLACE", 3]);
  // ("lifts at Molines-en-Queyras and Saint-Véran": a French commune's shapes, a saint's name joined by hyphens, or a
  // particle between two names.)
  if (words.length === 1 && FRENCH_COMMUNE.test(c.text)) votes.push(["PLACE", 3]);
  // ("households in Tân Hưng Commune": a Vietnamese commune by its name.)
  if (words.length >= 2 && words.at(-1) === "Commune" && !hasGovHead(c.text)) votes.push(["PLACE", 5]);
  // ("a feed mill in Santiago City": a city by its name and "City", where things are.)
  if (words.length === 2 && words[1] === "City" && CITY_AT_BEFORE.test(before) && !/^\s+(?:Council|Hall|FC)\b/.test(after)) votes.push(["PLACE", 5]);
  // ("borrowed VNĐ180 million from Agribank": a one-word name closing in "bank" is a bank; not where things are, "an
  // analyst … in Rosebank", a suburb.)
  if (words.length === 1 && /^\p{Lu}\p{Ll}{2,}bank$/u.test(c.text) && !/\b(?:in|at|near)\s+$/.test(before)) votes.push(["ORG", 4]);
  // ("Staufen im Breisgau", "Pörtschach am Wörthersee": a German town with the land or the water it lies in or by.)
  // (Only a known town's name opens it: "Geburt im Lungau" is a citizens' initiative.)
  if (/^\p{Lu}\p{Ll}+ (?:im|am|an der|in der|ob der) \p{Lu}\p{L}+$/u.test(c.text) && townPopulation(words[0] ?? "") > 0) votes.push(["PLACE", 4]);
  // ("residents of Map Ta Phut", "near Ban Pak Nam": a three-word name too, when each word is short and most are no English.)
  const shortForeign = words.length === 3 && words.every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w)) && words.filter((w) => !isCommonWord(w)).length >= 2;
  // ("in the Manche and Calvados departments": France's départements, named together; not "the Finance departments".)
  if (words.length === 1 && /^\s+departments\b/.test(after) && /\band\s+$/.test(before) && !isCommonWord(c.text)) votes.push(["PLACE", 4]);
  // ("the coastal communities of Lândana and Malembo": the second of two names after such a noun is a place too.)
  // (Read only for a short name after "and", the one case it can change: typeVotes runs for every mention.)
  if (((words.length <= 2 || shortForeign) && (GEO_OF_BEFORE.test(before) || secondOfPair(before))) || (words.length <= 3 && SITE_AFTER.test(after) && isPlainName(words))) votes.push(["PLACE", 4]);
  // ("a schoolteacher from Isa Town", "in George Town": a town by its name.)
  if (words.length === 2 && words[1] === "Town" && PLACE_BEFORE.test(before)) votes.push(["PLACE", 4]);
  // ("Central, Eastern and Southern provinces": a compass word before a plural names no place of its own.)
  // ("the Total market": an ordinary word before "market" is more likely a firm the market is named after.)
  // ("the IG BCE district secretary for Upper Franconia": an acronym before a district's officer is the body it serves.)
  const acronymsOfficer = /^\p{Lu}{2,}(?:\s\p{Lu}{2,})*$/u.test(c.text) && /^\s+(?:district|regional|region|county|area)\s+(?:secretary|manager|chair\w*|head|director|officials?|organi[sz]er|leader|representative)\b/.test(after);
  if (words.length <= 3 && GEO_AFTER.test(after) && !acronymsOfficer && !(COMPASS_ADJECTIVE.test(c.text) && /^\s+\p{Ll}+s\b/u.test(after)) && !(/^\s+market\b/.test(after) && words.length === 1 && isCommonWord(c.text))) votes.push(["PLACE", 4]);
  // ("at Suvarnabhumi and Don Mueang airports": the first of two places a plural geographic noun closes.)
  else if (words.length <= 3 && !COMPASS_ADJECTIVE.test(c.text) && /^\s+and\s+(?:\p{Lu}[\p{L}-]+\s+){1,3}(?:airports|rivers|islands|lakes|provinces|districts|regions|ports|check gates|checkpoints|check posts)\b/u.test(after)) votes.push(["PLACE", 4]);
  // ("from Point Pedro to Mannar", "from Mutsamudu to Fomboni": the other end of a way from or to a known place.)
  const otherEnd = /\bfrom\s+(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\s+to\s+$/u.exec(before)?.[1] ?? (/\bfrom\s+$/.test(before) ? /^\s+to\s+(\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)/u.exec(after)?.[1] : undefined);
  if (words.length <= 2 && otherEnd && isNamedPlace(otherEnd)) votes.push(["PLACE", 3]);
  if (words.length <= 2 && (PLACES_SUCH_AS.test(before) || WAY_ENDS.test(before))) votes.push(["PLACE", 4]);
  // ("the Anjouan–Mohéli route": two ends of a way joined by a dash.)
  if (words.length <= 2 && (DASHED_WAY_AFTER.test(after) || (DASHED_PLACE_BEFORE.test(before) && WAY_OR_BORDER_AFTER.test(after)))) votes.push(["PLACE", 4]);
  // ("the Merredin–Narembeen, Kondinin–Kulin and Quairading lines": towns listed before the lines, routes or services
  // that run between them, a dash joining two of them.)
  else if (words.length === 1 && dashedWaysListed(before, after)) votes.push(["PLACE", 4]);
  // ("at its Buckleboo, Waddikee and Koongawa sites", "its Yaldad and Coldita sites": names listed before the sites,
  // farms or mines they name are places.)
  if (words.length === 1 && isPlainName(words) && SITES_LISTED_AFTER.test(after)) votes.push(["PLACE", 4]);
  // ("on Fazenda Boa Esperança", "the Estancia La Paloma": a farm or a ranch by its name, no firm without a legal form.)
  if (words.length > 1 && /^(?:Fazenda|Estancia|Hacienda|Finca)$/.test(words[0] ?? "") && !LEGAL_FORM_WORD.test(words.at(-1) ?? "")) votes.push(["PLACE", 5]);
  // ("Mato Grosso do Sul Environment Institute": a state's institute or agency of a public field is the state's body.)
  // ("Catalan Energy Institute": or a region's people's adjective before it.)
  const field = /^(.+?) (?:State )?(?:Environment|Environmental|Water|Forest|Forestry|Agriculture|Agricultural|Health|Roads|Energy) (?:Institute|Agency|Secretariat|Department)$/.exec(c.text)?.[1];
  if (field && (isRegion(field) || REGION_PEOPLE.test(field))) votes.push(["GOV", 12]);
  // ("the Zimbabwe Independent", "the Jamaica Observer": a country's name before a masthead word is a paper.)
  if (words.length === 2 && (isPlaceWord(words[0] ?? "") || isDemonym(words[0] ?? "")) && MASTHEAD.test(words[1] ?? "")) votes.push(["MEDIA", 7]);
  if (words.length <= 3 && COMPASS_NAME.test(c.text) && COMPASS_LOCATIVE.test(before)) votes.push(["PLACE", 4]);
  // "Central Sulawesi", "North Chungcheong", "South Kivu": a compass word before one name no dictionary knows is a region.
  else if (words.length === 2 && COMPASS_NAME.test(c.text) && !isCommonWord(words[1] ?? "") && !isFirstName(words[1] ?? "")) votes.push(["PLACE", 2]);
  // "Western Australia", "Northern Ireland", "South Sudan": a compass word before a known place.
  // ("the North of England" likewise.)
  if ((words.length === 2 && COMPASS_NAME.test(c.text) && isPlaceWord(words[1] ?? "")) || (words.length === 3 && /^(?:North|South|East|West) of$/.test(words.slice(0, 2).join(" ")) && isPlaceWord(words[2] ?? ""))) votes.push(["PLACE", 6]);
  // (A headline and a byline may stand above it: a paragraph's opening word near the top of the copy.)
  // ("MBARARA. Dairy farmers …": some papers close the dateline with a full stop.)
  if (c.start < 600 && /(?:^|\n)\s*$/.test(before) && words.length <= 3 && DATED_DATELINE_AFTER.test(after)) votes.push(["PLACE", 8]);
  else if (c.start < 600 && c.text === c.text.toUpperCase() && /(?:^|\n)\s*$/.test(before) && (DATELINE_AFTER.test(after) || (words.length <= 3 && /^\.\s+\p{Lu}/u.test(after)))) votes.push(["PLACE", 8]);
  // ("WASHINGTON/LAREDO —": each of two cities a dateline joins with a slash.)
  else if (c.start < 600 && c.text === c.text.toUpperCase() && ((/(?:^|\n)\s*$/.test(before) && /^\/\p{Lu}[\p{Lu}-]+\s*[—–-]\s/u.test(after)) || (/(?:^|\n)\s*\p{Lu}[\p{Lu}-]+\/$/u.test(before) && DATELINE_AFTER.test(after)))) votes.push(["PLACE", 8]);
  // ("chief regulator Anna Kovacs": a rank before the noun makes it a person's title.)
  if (MEDIA_APPOSITIVE.test(after)) votes.push(["MEDIA", 5]);
  // ("Coastal Zone Management Authority and Institute": a state body's head before "and" its other half.)
  if (SECURITIES_REGULATOR.test(c.text) || STATE_SERVICE.test(c.text) || /\b(?:Authority|Ministry|Department|Commission|Agency) and (?:\p{Lu}\p{L}+ ){0,2}(?:Institute|Board|Council|Service)$/u.test(c.text)) votes.push(["GOV", 6]);
  // ("USDA's Agricultural Marketing Service", "the ministry's Plant Protection Directorate": a service or an office a state
  // body owns is a state body too.)
  const owner = OWNER_BEFORE.exec(before)?.[1];
  if (owner && words.length > 1 && /\s(?:Service|Agency|Bureau|Administration|Inspectorate|Directorate|Survey|Unit)$/.test(c.text) && (lexiconType(owner) === "GOV" || hasGovHead(owner))) votes.push(["GOV", 5]);
  // ("Bahia's Institute for the Environment and Water Resources": or an institute or an office "for" something that a
  // state or a country has.)
  else if (owner && words.length > 2 && /^(?:Institute|Agency|Secretariat|Service|Office|Directorate|Bureau) (?:for|of)\s/.test(c.text) && (isRegion(owner) || isCountryName(owner))) votes.push(["GOV", 6]);
  if (govAppositive || (GOV_DESCRIPTOR_BEFORE.test(before) && !/\b(?:chief|deputy|senior|acting|lead|principal|head|assistant)\s+\S+\s+$/i.test(before))) votes.push(["GOV", 4]);
  votes.push(...personVotes(c, words, before, after));
  // ("Vexa Technology JSC said its app": the maker's own thing, named after a verb or a possessive, is no cue to the maker.)
  const productAfter = PRODUCT_AFTER.exec(after);
  const madeThing = productAfter && !/\b(?:its|their|his|her|our|said|says|told|has|had|is|was|will|would)\b/i.test(productAfter[0]);
  // ("a factory in Gazipur's Konabari": a part of a place, where something is, and no thing the place owns.)
  const inPlaceOf = /\b(?:in|at|near)\s+(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)?)['’]s\s+$/u.exec(before)?.[1];
  if (inPlaceOf && (isPlaceWord(inPlaceOf) || townPopulation(inPlaceOf) > 0)) votes.push(["PLACE", 4]);
  else if (PRODUCT_BEFORE.test(before) || madeThing || PRODUCT_APPOSITIVE.test(after) || POSSESSIVE_BEFORE.test(before)) votes.push(["PRODUCT", 3]);
  const nextWord = /^\s*(\w+)/.exec(after)?.[1] ?? "";
  // ("a stake in Kystlaks", "relegated to play in League One": not where, but what.)
  const inWhat = /\b(?:stakes?|shares|holdings?|interest|invest(?:ed|ing|ments?)?|play(?:s|ed|ing)?|jobs?|roles?)\s+in\s+$/i.test(before) || /\b(?:League|Cup|Division|One|Two|Premiership)$/.test(c.text);
  // A preposition of place before a short name; "in", "near", "outside" and "around" count twice when no verb follows
  // and nothing marks a company ("farmers in Juaboso", "a camp near Hagadera"); "at" not at all, since people work
  // "at Jefferies" as often as they stand "at Asawinso".
  const where = words.length <= 2 && !inWhat ? (PLACE_BEFORE.test(before) ? 1 : 0) + (WHERE_BEFORE.test(before) && !ORG_HEAD.test(c.text) && !c.possessive && !SPEECH_OR_AUX.test(nextWord) ? 1 : 0) : 0;
  if (where) votes.push(["PLACE", where]);
  // ("The stakes are high for La Vera, where the oak-smoked spice generates …": a clause of "where" tells what goes on in
  // a place; people work "at Siemens, where she led …", and a hotel is built "next to Centrallasarettet, where …", so
  // only after "for", "from", "of" or "in".)
  if (words.length <= 3 && !ORG_HEAD.test(c.text) && /^,\s+where\s/.test(after) && FOR_FROM_OF_IN_BEFORE.test(before)) votes.push(["PLACE", 2]);
  // ("between the Flensburg Fjord and the Schlei": what lies between a named water or land and the name is one too.)
  const betweenPlace = words.length <= 2 ? BETWEEN_THE_BEFORE.exec(before)?.[1] : undefined;
  if (betweenPlace && (PLACE_HEAD.test(betweenPlace) || isKnownPlace(betweenPlace, 1))) votes.push(["PLACE", 3]);
  // ("part of the Grosses Moos": a German adjective and a noun name a land, a moor or a range.)
  if (words.length === 2 && GERMAN_LAND_ADJECTIVE.test(words[0] ?? "")) votes.push(["PLACE", 3]);
  // ("Moana Medical Supplies, based at Vaitele", "the Tupua Tamasese Meaole Hospital at Motootua": "at" after a site or
  // where a body is based is where, though people work "at Jefferies".)
  if (words.length <= 2 && !ORG_HEAD.test(c.text) && SITE_AT.test(before)) votes.push(["PLACE", 3]);
  // ("towers in Dubai Maritime City": a district named "City" is where; "Manchester City said", "Kansas City Southern" are not.)
  else if (words.length > 2 && /\sCity$/.test(c.text) && WHERE_BEFORE.test(before)) votes.push(["PLACE", 2]);
  // "Researchers at X in Uppsala said": after a locative preposition the verb belongs to the sentence's subject, not the place.
  // ("One of the biggest wineries in the Oltrepò Pavese has rejected": so after "in the", a name of two words too.)
  const located = ((LOCATIVE_BEFORE.test(before) && words.length === 1) || (IN_THE_BEFORE.test(before) && words.length <= 2)) && !ORG_HEAD.test(c.text);
  if ((SPEECH_OR_AUX.test(nextWord) && !located) || c.possessive) votes.push(["ORG", 1.5]);
  // ("Opposition came from Gaschurn, whose mayor, Verena Bitschnau, said": what has a mayor or a council is a place.)
  if (words.length === 1 && /^,\s+whose\s+(?:mayor|council|town council|municipal council|residents|villagers|inhabitants)\b/.test(after)) votes.push(["PLACE", 4]);
  // ("Shares in Lindholm Vind fell": what has shares that trade is a company.)
  if (words.length <= 4 && SHARES_BEFORE.test(before)) votes.push(["ORG", 3]);
  votes.push(["ORG", 0.5]);
  return votes;
}

/** "K", "J.", "P.K.": initials, alone or run together. */
const INITIAL = /^(?:\p{Lu}\.?|(?!U\.S\.|U\.K\.|U\.N\.|E\.U\.)(?:\p{Lu}\.){2,3})$/u;
/** A capitalised word of a name, hyphenated parts included ("Marie-Claire", "Al-Amin", "O'Neill"). */
/** ("DeSilva", "LeBlanc", "DiNapoli": a particle written into the surname keeps its capital.) */
/** ("Kaʻauwai": Hawaiian writes its glottal stop, the ʻokina, inside the word.) */
/** ("Marwan al-Hourani": an Arabic family name after its article in lower case, "al-" or "el-".) */
export const NAME_WORD = /^(?:\p{Lu}['’]|Mc|Mac|De|Di|La|Le|al-|el-)?\p{Lu}[\p{Ll}'’ʻ]+(?:-\p{Lu}?[\p{Ll}'’ʻ]+)*$/u;
/** Capitalised name words, leading initials allowed: the shape of a person's name. */
/** ("Ursula von der Leyen", "Ramón de la Fuente": particles inside the name; "Denise St. Rose": a saint's surname.) */
/** ("the Arda River", "Lake Ohrid": a river's or a lake's word makes no person of a name, whatever given name opens it.) */
const GEO_HEAD_WORD = /^(?:River|Lake|Reservoir|Creek|Canal|Glacier|Fjord)$/;
const isPlainName = (words: string[]) => words.every((w, i) => NAME_WORD.test(w) || (INITIAL.test(w) && i < words.length - 1) || (i > 0 && i < words.length - 1 && (NAME_PARTICLE.test(w) || /^St\.?$/.test(w)) && w !== "und"));

/**
 * A known town: strong for a name of several words, weak for one word that is also a first name, a surname
 * or an English word ("Jackson", "Reading"), where the other cues must decide.
 */
function townVote(name: string, words: string[]): number {
  // A state or province counts as a large town ("Campania", "Western Cape").
  // ("WEISSWASSER, Germany —": a dateline's town in capitals is looked up as the town is written.)
  const written = /^\p{Lu}{4,}$/u.test(name) ? name.charAt(0) + name.slice(1).toLowerCase() : name;
  const region = isRegion(written);
  const people = Math.max(townPopulation(written), region ? 500_000 : 0);
  if (!people) return 0;
  if (words.length > 1) return 4;
  const w = written;
  // ("ET", "Street", "Sterling": short or ordinary words that some small town is called.)
  // ("the prefect of Côtes-d'Armor": a region's name of hyphenated parts is a name all the same.)
  if (w.length < 4 || (!NAME_WORD.test(w) && !region)) return 0;
  // ("Jordan said it would act": a country's name is the country's first, whoever else bears it.)
  if (isCountryName(w)) return 3;
  if (isFirstName(w) || isLastName(w) || isCommonWord(w)) return people >= 100_000 ? 1.5 : 0.5;
  return people >= 50_000 ? 3 : 1;
}

function worldName(words: string[]): boolean {
  const first = words[0] ?? "";
  const last = words[words.length - 1] ?? "";
  const ordinary = (w: string) => isCommonWord(w) || isPlaceWord(w);
  if (words.some((w) => ORG_HEAD.test(w) || hasGovHead(w))) return false;
  // ("Kandasamy Meenakshi": Tamil names put the father's name first and the given name last.)
  return (isGivenName(first) && !ordinary(first)) || (isFamilyName(last) && !ordinary(last) && isGivenName(first)) || (words.length === 2 && isGivenName(last) && !ordinary(last) && !ordinary(first) && !isGivenName(first));
}

/** The words of a wire's credit ("Reporting by", "Editing by", "Additional reporting by"). */
const CREDIT = String.raw`(?:Reporting|Editing|Writing|Additional reporting|Reporting and writing) by\s+`;
const CREDIT_IN_BRACKETS = fromEnd(new RegExp(String.raw`\b${CREDIT}$|;\s+$`));
const CREDIT_LINE = new RegExp(String.raw`(?:^|\n|--|—|\.\s)\s*${CREDIT}(?:[\p{Lu}][\p{L}'’-]+\s+){0,3}(?:and\s+)?$`, "u");

/** Words that close the names of estates and developments, never a surname. */
const ESTATE_WORD = /^(?:Heights|Gardens|Towers|Residences|Estates|Meadows|Terraces|Palms|Sands|Lakes|Greens|Villas|Mansions)$/;

function personVotes(c: Candidate, words: string[], before: string, after: string): Vote[] {
  const out: Vote[] = [];
  // ("Chase County", "Chase County Commission": a county's word makes no person either, whatever given name opens it.)
  const plain = isPlainName(words) && !words.some((w) => GEO_HEAD_WORD.test(w) || /^(?:County|Parish|Township|Borough|Commission)$/.test(w));
  if (c.titled) out.push(["PERSON", 6]);
  // ("residents in Orlando East": a compass point closing a name the copy puts things in makes a district of it, no surname;
  // "Nkana West said", short for a mine's company, is not.)
  if (!c.titled && words.length === 2 && /^(?:East|West|North|South|Central)$/.test(words[1] ?? "") && /\b(?:in|near|outside)\s+$/.test(before)) out.push(["PLACE", 4]);
  // ("Ásdís Logadóttir", "Einar Gunnarsson", "Ermek Joldoshbek uulu": a patronymic closing the name is a person's.)
  const last = words.at(-1) ?? "";
  if (words.length >= 2 && ((plain && /(?:dóttir|dottir|sson|ovna|ovich|evich|evna)$/.test(last)) || KYRGYZ_PATRONYMIC.test(last))) out.push(["PERSON", 5]);
  // "Patrick W. Carlineo", "James P. Kennedy Jr.": a middle initial or a generational suffix.
  if (words.length >= 3 && (words.slice(1, -1).some((w) => /^\p{Lu}\.$/u.test(w)) || /^(?:Jr|Sr)\.?$/.test(words[words.length - 1] ?? ""))) out.push(["PERSON", 6]);
  // "K Venkatesh Gowda", "J. R. Okafor": initials before the given and family names.
  // ("near O Barco de Valdeorras": not Galicia's and Portugal's article "O" or "A" before a place's "de".)
  const galicianArticle = /^[OA]$/.test(words[0] ?? "") && words.slice(2).some((w) => /^(?:de|do|da|dos|das)$/.test(w));
  if (words.length >= 2 && INITIAL.test(words[0] ?? "") && plain && words.some((w) => !INITIAL.test(w)) && !galicianArticle) out.push(["PERSON", 5]);
  if ((PERSON_BEFORE.test(before) || ROLE_ON_BEFORE.test(before)) && plain) out.push(["PERSON", 4]);
  // "By Adebayo Ogunleye": a byline on a line of its own names the writer.
  if (plain && words.length >= 2 && /(?:^|\n)\s*By\s+$/.test(before)) out.push(["PERSON", 6]);
  // "(Reporting by Maya Goldberg; Editing by Peter Hall)": a wire's credit line names people, not outlets.
  if (plain && CREDIT_IN_BRACKETS.test(before) && /\((?:Reporting|Additional reporting)\b[^)]*$/.test(before)) out.push(["PERSON", 6]);
  // "--Additional reporting by Sam Whitaker. Editing by Janine Cole.": the same credit on a line of its own.
  else if (plain && CREDIT_LINE.test(before)) out.push(["PERSON", 8]);
  // ("Two timber traders in Nuremberg, who asked not to be named": "who" after a place a group is in is the group's.)
  if (PERSON_AFTER.test(after) && plain && !(words.length === 1 && /^,\s+who\b/.test(after) && GROUP_PLACE_BEFORE.test(before))) out.push(["PERSON", words.length >= 2 ? 4 : 3]);
  // ("Eamon Flanagan, whose farm borders the quarry": "whose" after a given name; "The Centre Party, whose support …" is no one's.)
  else if (/^,\s+whose\b/.test(after) && plain && (isFirstName(words[0] ?? "") || isGivenName(words[0] ?? ""))) out.push(["PERSON", 3]);
  // ("Neta Jibon, whose husband works …": whose kin are named is a person, whatever the given name.)
  if (plain && /^,\s+whose\s+(?:husband|wife|son|sons|daughter|daughters|mother|father|brother|sister|children|child|parents|grandson|granddaughter|family)\b/.test(after)) out.push(["PERSON", 4]);
  // ("a trader in Bata who gave only her first name, Milagrosa": the name a source gave.)
  if (plain && words.length <= 2 && /\b(?:gave|gives|give|giving|by|under)\s+(?:only\s+)?(?:her|his|their|a)\s+(?:first|given)\s+name,?\s+(?:as\s+)?$/.test(before)) out.push(["PERSON", 6]);
  // ("The chairman of the Tanji VDC, Pa Modou Jarju, described …": a name in apposition to the holder of a body's post.)
  if (plain && words.length >= 2 && /^,/.test(after) && ROLE_OF_BODY_BEFORE.test(before)) out.push(["PERSON", 4]);
  // "“…,” wrote Matuszewski": a bare name after an inverted speech verb closing a quotation.
  if (plain && /[”"]\s*(?:said|says|wrote|writes|added|adds)\s+$/.test(before)) out.push(["PERSON", 3]);
  // ("from La Vera", "Los Llanos": a Romance article opening two words makes a land's name, however like a given name
  // the second word is; not "Le" or "El", which open Vietnamese and Arabic family names; nor does a German adjective,
  // "the Grosses Moos", a moor.)
  const core = (ROMANCE_ARTICLE.test(words[0] ?? "") || GERMAN_LAND_ADJECTIVE.test(words[0] ?? "")) && words.length === 2 ? [] : words.filter((w) => !NAME_PARTICLE.test(w));
  if (plain && core.length >= 2 && core.length <= 3 && (isFirstName(core[0] ?? "") || isLastName(core[core.length - 1] ?? ""))) out.push(["PERSON", 3]);
  // ("Rosa Elena Hernández Priego", "Lucía del Carmen Jiménez Arias", "Inmaculada Sánchez Barroso": Spanish and Portuguese
  // names carry two given names or two family names, so four words, or three of which the last two are known family names.)
  else if (plain && ((core.length === 4 && isFirstName(core[0] ?? "") && (isFirstName(core[1] ?? "") || isLastName(core[2] ?? "") || isLastName(core[3] ?? ""))) || (core.length === 3 && isLastName(core[1] ?? "") && isLastName(core[2] ?? "")))) out.push(["PERSON", 3]);
  // A given name of any locale first ("Priya Saxena", "Thandeka Mokoena"), unless the name is a known town or the word ordinary English.
  // ("Sahra Heights": not when the last word closes the names of estates.)
  else if (plain && core.length >= 2 && core.length <= 3 && worldName(core) && !townPopulation(words.join(" ")) && !ESTATE_WORD.test(core[core.length - 1] ?? "")) out.push(["PERSON", 2.5]);
  return out;
}
