import { remembered } from "../text/remembered";

/**
 * Legislatures (and cabinets: Greenland's Naalakkersuisut) named in their own language carry no English head word (the
 * Staten, the parliament of Aruba, Curaçao and Sint Maarten, by its Dutch name; the Jokargy Kenes, Karakalpakstan's).
 */
const LEGISLATURE = /^(Tweede Kamer|Eerste Kamer|Tynwald|House of Keys|Staten|Jokargy Kenes|Legislative Council of Tynwald|Bundestag|Bundesrat|Landtag|Nationalrat|Knesset|Duma|Sejm|Seimas|Saeima|Riigikogu|Riksdag|Storting|Folketing|Eduskunta|Althing|Althingi|Alþingi|Løgting|Lagting|Senedd|Dáil|Oireachtas|Cortes|Rada|Verkhovna Rada|Lok Sabha|Rajya Sabha|Majlis|Executive Yuan|Legislative Yuan|Control Yuan|Dewan Rakyat|Dewan Negara|Inatsisartut|Naalakkersuisut|Landsstýrið|Jatiya Sangsad|Pyidaungsu Hluttaw|Pyithu Hluttaw|Amyotha Hluttaw|Hluttaw|Mazhilis|Jogorku Kenesh|Oliy Majlis|Milli Majlis|Mejlis|State Great Khural|Khural|Fono|Sabor|Skupština|Skupstina|Sobranie|Sobranje|Kuvendi|Seanad|Seanad Éireann|Dáil Éireann|Loya Jirga|Wolesi Jirga|Meshrano Jirga|Stortinget|Folketinget|Riksdagen|Nitijela|Olbiil Era Kelulau|Majlis|Majlisi Oli|Majlisi Namoyandagon|Majlisi Milli|Consell General|Gran Consiglio|Grand Conseil|Grosser Rat|Sámediggi|Samediggi|Sametinget|Saamelaiskäräjät|Il Tumen)$/;
/**
 * Heads that make a name a state body wherever they stand, with the bodies named in other languages that no English
 * head marks:
 * - French and overseas bodies: "Collectivité de Saint-Barthélemy", "Prefecture of French Guiana", "Grand Port
 *   Maritime de la Martinique", "Collectivité Territoriale de Martinique"; "Shire of Christmas Island", an Australian
 *   territory's council; "Legislature of the Virgin Islands", "Northern Marianas Commonwealth Legislature".
 * - Dutch, Frisian and Caribbean Netherlands bodies: "Public Entity Bonaire", "Centrale Bank van Aruba", "Wetterskip
 *   Fryslân", "Gemeente Heerenveen", "Raad van State".
 * - German and Austrian administrations and courts ("Kärntner Landesregierung", "Bezirkshauptmannschaft
 *   Klagenfurt-Land", "Marktgemeinde …"), a Swedish county board ("Länsstyrelsen i … län"), a Russian federal
 *   supervisory service ("Rosprirodnadzor"); a Danish municipality ("Aarhus Kommune"), a Georgian city council ("Batumi
 *   Sakrebulo"), a Norwegian county's or town's administration written after its name ("Finnmark fylkeskommune"); a
 *   German rural district ("Landkreis Spree-Neiße"), Danish police districts and appeals boards ("Fyns Politi",
 *   "Miljø- og Fødevareklagenævnet").
 * - "Sangguniang Panlalawigan", a Philippine provincial board; "Calangute Village Panchayat", an Indian village
 *   council; "Assam Tea Plantations Provident Fund Organisation", a state provident fund; "Vaitupu Kaupule", "Avannaata
 *   Kommunia", an island's or a municipality's council in Tuvaluan or Greenlandic; "the Labour Division", a Caribbean
 *   ministry's.
 */
/**
 * The last parts of Nordic bodies' compound names ("Mark- och miljödomstolen", "Lupa- ja valvontavirasto",
 * "Nærings- og fiskeridepartementet"): their two compounds share the part, the first cut short with a hyphen.
 * candidates.ts reads such a name as one word by the same parts.
 */
export const NORDIC_COMPOUND_KIND = "domstolen|virasto|verket|myndigheten|departementet|direktoratet";
const NORDIC_SHARED_COMPOUND = new RegExp(`^[A-ZÅÄÖÆØ][a-zåäöéæø]+- (?:och|og|ja) [a-zåäöéæø]+(?:${NORDIC_COMPOUND_KIND})$`);
/** "the Unemployment Insurance Fund", Estonia's Töötukassa, and "the Estonian Health Insurance Fund", its Tervisekassa: a state fund, though "Fund" names investors too (classify.ts weighs it above them); so is a regional health fund, "the Yambol Regional Health Insurance Fund", the national fund's office in a province. */
export const STATE_INSURANCE_FUND = /\b(?:Unemployment|Social|Health) Insurance Fund$/;
/**
 * The kinds that close a Latvian, Slovene, Slovak or Estonian state body's name in sentence case ("Līvānu novada
 * pašvaldība", "Administratīvā rajona tiesa", "Košický samosprávny kraj", "Saaremaa vald"); candidates.ts joins the
 * lower-case words up to one of them, or up to a members' body's kind.
 */
export const STATE_KIND_LAST = "dienests|reģistrs|inspekcija|ministrija|pašvaldība|tiesa|apgabaltiesa|aģentūra|pārvalde|sodišče|uprava|súd|úrad|kraj|amet|inspektsioon|kohus|ministeerium|vald";
// (Among them: "Le Mans Métropole", a French city's metropolitan authority, not a broadcaster's "Radio Télé Métropole";
// "the 7th Health Region of Crete", a Greek regional health authority; "the Regional Unit of Chania"; "Agglomération du
// Cotentin", "Parc naturel régional du Morvan", "Ports de Normandie": a French conurbation's authority, a regional or
// national park's body, capitals or none, and a region's ports authority, named in French; "Syndicat Intercommunal des
// Stations du Queyras": communes' joint board; "Comarca de Sobrarbe", an Aragonese county's council; "Audiencia Provincial de Cáceres", "Juzgado de
// lo Penal": Spain's provincial and national courts and its lower courts; "the Sugar Commissionerate", an Indian state's
// commissioner's office.)
// ("The Ulster County Legislature passed a resolution": a county's legislature too.)
// ("The Agriculture and Livestock Secretariat said": a ministry named by its two portfolios, as Honduran copy in English writes it.)
// ("outside the Trincomalee District Secretariat": a Sri Lankan district's, or a division's, administration.)
// ("the Société de Gestion du Port Autonome de Toamasina": a French or Malagasy state port's authority, or the state
// company that runs it.)
const GOV_HEAD = /^(?:Assembly|Legislature)$|\b(?:District|Divisional) Secretariat$|\b(?:State|Territorial|Provincial|National|County) Legislature$|\bNational (?:Health )?Insurance (?:Scheme|Board|Fund)$|^(?:State |Federal |Provincial |Regional )?(?:Health|Education|Finance|Environment|Security|Public Security|Infrastructure|Energy|Economy|Labou?r|Agriculture|Tourism|Transport|Mining|Planning|Cabinet)(?: and (?:Livestock|Fisheries|Food|Water|Mines|Energy|Environment|Natural Resources))? Secretariat$|^Land (?:Oberösterreich|Niederösterreich|Steiermark|Kärnten|Tirol|Vorarlberg|Salzburg|Burgenland)$|^(?:Register|Registry|Registrar) of (?:Enterprises|Companies|Businesses|Legal Entities)$|\bCommonwealth Legislature$|\bLandtag(?:$|\s+of\b)|\bAgglom[ée]ration$|^Agglom[ée]ration (?:du|de|des|d['’])\s?[A-ZÀ-Ý]|^Parc (?:[Nn]aturel [Rr][ée]gional|[Nn]ational|[Nn]aturel [Mm]arin)\b|^Syndicat [Ii]ntercommunal\b|^Comarca (?:de|del) [A-ZÀ-Ý]|^Audiencia (?:Provincial|Nacional)\b|\bCommissionerate$|^Juzgado\b|^Ports de [A-ZÀ-Ý]|(?<!T[ée]l[ée] )\bM[ée]tropole$|\bHealth Region\b|\bGeological Survey\b|^State Geological Institute\b|^Public Entity\b|\bAssembly of the Republic\b|\bKenesh$|\b(Ministry|Department|Agency|Commission|Senate|Congress|Parliament|Courts?|Authority|Municipality|Administration|Bureau|Council|Police|Government|Office|Regulator|Regulatory|Cabinet|Treasury|Army|Navy|Committee|Boards|Embassy|Directorate|Superintendency|Undersecretariat|Inspectorate|Federal|National Assembly|Supreme|Tribunal|Armed Forces|Air Force|(?:National|Republican|Civil) Guard|Coast Guard|Coastguard|Ombudsman|(?:Antimonopoly|Regulation|Tax|Migration|Ombudsman|Prosecution|Probation|Rescue|Supervisory|Wildfire|Fire|Ambulance|Revenue|Prison|Border|Immigration|Customs|Intelligence|Postal|Meteorological|Weather|Forest|Park|Parks|Health|Health Care|Labour Inspection|Labor Inspection|Employment|Insolvency Control) Service(?:$|\s+of\b)|\bPublic Defender\b|Regional District|District of|General Assembly|People['’]s (?:National )?Assembly|Chamber of Deputies|House of the People|House of (?:Representatives|Commons|Lords|Delegates|Assembly)|Companies House|Social Security (?:Administration|Organisation|Organization|Agency)|(?:Investigating|Intelligence|Investigation|Crime|Fraud) Unit$|Trading Standards|Public Prosecution$|Border Guard|Border Force|Defence Force|Defense Force|Civil Defence|Civil Defense|Emergency Management|(?:Service|Safety|Health|Scottish) Executive$|Legislative Assembly|Legislative Council|States Assembly|States of (?:Jersey|Guernsey|Alderney|Deliberation)|State Assembly|County Assembly|Provincial Assembly|Regional Assembly|Prefectural Assembly|Municipal Assembly|General['’]s Chambers|Consulate|Consulate-General|High Commission|(?:Port|Improvement) Trust|Public Schools|County Jail|Complaints Board|Appeals? Panel|Antitrust Division|(?:State|Supreme|National) Audit Institution|Audit Institution$|(?:Power|Petroleum|Finance|Revenue|Aviation|Cabinet|Interior|Establishment|Civil|Labour|Labor|Fisheries|Forestry|Lands|Environment|Agriculture|Housing|Water|Trade|Energy) Division$|\b(?:Kaupule|Falekaupule|Kommunia|Kommuneqarfik|Kommune|Regionskommune|Sakrebulo)$|^[A-ZÆØÅ][a-zæøå]+(?:-\s?og [A-ZÆØÅ][a-zæøå]+)?(?:ministeriet|styrelsen|direktoratet|tilsynet|nævnet)$|\s(?:Politi|Politiet)$|\bWellbeing Services County\b|\bCounty Administrative Board\b|^National (?:[A-Z][a-z]+ ){0,2}Board of (?:the )?[A-Z][a-z]+|\s(?:fylkeskommune|kommune|hyvinvointialue|kommun|län|hovrätt|tingsrätt)$|\bCity Hall$|Statistical (?:Institute|Office)|\bInspection Body$|\bHydrographic Confederation$|^Hydrometeorolog\w*|^Centrale Bank van\b|\b(?:Landesregierung|Landesverwaltungsgericht|Bundesverwaltungsgericht|Verwaltungsgerichtshof|Verwaltungsgericht|Bezirkshauptmannschaft|Marktgemeinde|Stadtgemeinde|Landratsamt|Bezirksregierung|Regierungspräsidium|Landesamt|Bundesamt|Landkreis)\b|^Länsstyrelsen\b|^Sangguniang\b|\bVillage Panchayat$|^(?:Gemeente|Provincie|Provinsje|Waterschap|Wetterskip|Hoogheemraadschap|Rijkswaterstaat|Raad van State|Provinciale Staten|Gedeputeerde Staten|Ministerie van)\b|^Ros[a-z]*nadzor$|^(?:Rosstat|Rosreestr)$|\bEnvironmental Guard$|\bProvident Fund Organi[sz]ation$|\b(?:Business|Companies|Company|Commercial|Trade) Regist(?:ry|er)$|^(?:Prefecture of|Regional Unit of|Autonomous (?:Province|Region) of|Grand Port Maritime|(?:Société de Gestion du )?Port Autonome|Collectivit[ée] Territoriale|Collectivit[ée] de|Shire of|Legislature of)\b|Statistics (?:Office|Institute|Agency|Bureau)|National Institutes? (?:of|on|for)|Commissioner for)\b/;
/** Heads that name a state body when they open "<Head> of …", whatever the list after "of" ends with ("…, Security and Communications"). */
/** ("Minnesota Department of Natural Resources": a state's or country's name may open it, and "Resources" is no company's.) */
/** ("Ho Chi Minh City Department of Construction", "HCMC Department of Construction", "Northern Territory Department of Mining and Energy", "Somali Region Bureau of Mines and Energy": a city, county, province, territory or region of several words, or its initials, may open it too.) */
const OPENING_HEAD = /^(?:(?:New |North |South |West |East |Rhode |District of )?\p{Lu}\p{Ll}+ |(?:\p{Lu}\p{Ll}+ ){1,3}(?:City|County|Province|Provincial|Municipal|Metropolitan|Prefectural|Territory|Region) |\p{Lu}{2,5} )?(?:Federal |State |National )?(Ministry|Department|Office|Bureau|Secretariat|Registrar|Registry|Superintendency|Superintendence|Directorate(?: General)?|Inspectorate|Court|Commission|Agency|Authority|Parliament|Government|Division) (?:of|for) /u;
/** "Health Canada", "Transport Canada", "Statistics Norway": a policy area followed by the country is that country's agency ("Business Finland", its trade and innovation agency, too). */
const COUNTRY_AGENCY = /^(Business|Parks|Health|Transport|Statistics|Environment|Sport|Agriculture|Fisheries|Revenue|Public Safety|Employment|Environment and Climate Change|Fisheries and Oceans|Immigration, Refugees and Citizenship|Innovation, Science and Economic Development|Crown-Indigenous Relations and Northern Affairs) (Canada|Norway|Sweden|Denmark|Finland|England|Scotland|Wales|Ireland|Australia|Austria|Netherlands|Iceland)$/;

/**
 * "Comisión Nacional de Valores", "Ministério da Fazenda", "Superintendencia de Bancos": a state body named in Spanish or
 * Portuguese opens with its head ("Autoridade Reguladora da Concorrência" too); in French, an adjective may follow it in
 * lower case ("Agence française de développement"); so do Catalan and Italian ones ("Autoritat Financera …", "Govern
 * d'…", "Segreteria di Stato …"; "Autorité polynésienne de la concurrence", a French adjective of place by its ending) and a Portuguese municipal council or state institute ("Câmara Municipal da …",
 * "Instituto Marítimo e Portuário"; not a polytechnic or university, "Instituto Superior Técnico"); Galician and Spanish
 * councils, legislatures and courts too ("Xunta de Galicia", "Consello de Contas", "Legislatura de Neuquén", "Poder
 * Judicial del Estado de …", "Subsecretaría de Trabajo de …", "Consejería de Salud", "Junta General del Principado …"), Catalan
 * ones ("Departament d'Empresa i Treball", "Mossos d'Esquadra") and Romanian ones ("Garda Națională de Mediu", "Apele
 * Române", "Administrația Bazinală de Apă …"); Spanish and Italian councils and regions ("Ayuntamiento de Tudela", "Parlamento
 * de …", "Regione Lombardia") and French regions, metropolitan councils and regional state offices ("Région Grand Est",
 * "Eurométropole de Strasbourg", "DREETS Grand Est", "Collectivité européenne d'Alsace"); Italian municipalities,
 * provinces and regional or national parks ("Comune di Carrara", "Parco Regionale delle Alpi Apuane"), a Portuguese
 * harbour master's office ("Capitania do Porto de Cabinda") and French mediators ("Médiateur des relations commerciales
 * agricoles"); Italian and Swiss-Italian offices, commissions, departments and district courts ("Ufficio
 * dell'ispettorato del lavoro", "Commissione tripartita cantonale", "Dipartimento delle finanze e dell'economia",
 * "Pretura di Mendrisio Sud"); Catalan and Valencian regional governments ("Generalitat Valenciana") and German public
 * transport authorities ("Verkehrsverbund Berlin-Brandenburg"); a province's tax agency ("Administradora Tributaria de Entre Ríos").
 */
const ROMANCE_GOV_OPENING = /^(?:Generalitat|Administradora Tributaria|Verkehrsverbund|Collectivit[ée]|Ayuntamiento|Parlamento|Departamento|Diputaci[óo]n|Deputaci[óo]n|Cabildo|Regione|R[ée]gion|Eurom[ée]tropole|M[ée]tropole|DREETS|DREAL|Xunta|Consello|Subsecretar[ií]a|Legislatura|Poder Judicial|Consejer[íi]a|Servicio de Salud|Servicio de Administraci[óo]n|Junta General|Departament|Mossos|Administra[țţt]ia|Garda|Agen[țţt]ia|Autoritatea|Direc[țţt]ia|Inspectoratul|Ministerul|Consiliul|Prefectura|Prim[ăa]ria|Apele|Autoridade|Contralor[ií]a|Defensor[ií]a|Comisi[oó]n|Comiss[aã]o|Prefeitura|Procura|Casa Jude[țţ]ean[ăa]|Casa Na[țţ]ional[ăa]|Conselho Nacional(?= d[oe] (?:Meio Ambiente|Sa[uú]de|Justi[çc]a|Educa[çc][ãa]o)\b)|Confederaci[oó]n Hidrogr[aá]fica|Polic[ií]a|C[áa]mara de (?:Representantes|Diputados|Senadores|Cuentas)|Centro Federal|Ministerio|Minist[eé]rio|Secretar[ií]a|Superintend[eê]ncia|Superintendencia|Agencia|Ag[eê]ncia|Autoridad|Juzgado|Fiscal[ií]a|Procuradur[ií]a|Direcci[oó]n|Dire[cç][aã]o|Tribunal|Corte|Servicios? de Agua|Organismo|Agence|Autorit[ée]|Direction|Minist[èe]re|Arm[ée]e|Gendarmerie|Pr[ée]fecture|Cour|Conseil|Assembl[ée]e|Office National|Caisse Nationale|Inspection G[ée]n[ée]rale|Autoritat|Govern(?=\s+d['’])|Consell|C[âa]mara Municipal|Instituto(?!\s+(?:Superior|Polit[ée]cnico|Tecnol[óo]gico|Federal|Cervantes)\b)|Ministero|Segreteria|Consiglio|Tribunale|Prefettura|Agenzia|Autorit[àa]|Comune|Provincia|Capitania|M[ée]diateur|Parco (?:Regionale|Nazionale)|Ente Nazionale|Ufficio|Commissione|Dipartimento|Pretura|Ispettorato)\s+(?:\p{Lu}|de\b|del\b|da\b|do\b|di\b|della\b|delle\b|dei\b|dell['’]|per\s+(?:il|la|lo|i|le|l['’])\s|(?:tripartit[ao]|cantonale|federale|nazionale|regionale|provinciale|comunale)\b|para\b|pentru\b|y\b|des\b|du\b|dos\b|das\b|d['’]|(?:nationale?|fran[çc]aise|r[ée]gionale?|d[ée]partementale?|municipale?|f[ée]d[ée]rale?|g[ée]n[ée]rale?|centrale?|publique|\p{Ll}+(?:i?enne|aise|aire|ique))\b)/u;

/** Danish, Swedish and Norwegian courts, named "… i <place>" ("Retten i Aarhus"). */
const NORDIC_COURT = "Retten|Byretten|Landsretten|Tingsrätten|Tingrett|Förvaltningsrätten|Kammarrätten|Hovrätten";
/** A Nordic court or county board whose "i" joins the place it sits in ("Retten i Aarhus", "Länsstyrelsen i Gotlands län"). */
export const NORDIC_BODY_IN = new RegExp(`^(?:${NORDIC_COURT}|Länsstyrelsen|Statsforvaltningen)$`);

/**
 * State bodies named in their own language whose head words also open firms' names or read as no English ("Compania",
 * "Sąd", "TAR"): they outvote a firm's signs. Danish and Swedish courts ("Retten i Aarhus"); Polish courts, offices and
 * ministries ("Sąd Okręgowy w Gdańsku", "Urząd Miasta Gdańska"); Romania's national companies, which run its ports and
 * roads ("Compania Națională Administrația Porturilor Maritime Constanța"); an Italian regional administrative court
 * ("TAR Toscana"); Polish county and voivodeship labour offices and district inspectorates ("Powiatowy Urząd Pracy w
 * Hajnówce", "Okręgowy Inspektorat Pracy w Białymstoku"); a Croatian town's administration ("Grad Novigrad"); an
 * Austrian municipality ("Gemeinde Burserberg"); a Russian federal agency's territorial administration ("North-Eastern
 * Territorial Administration of Rosrybolovstvo"); an Azerbaijani district's administration ("Ordubad District Executive Power", whose "Power" is no
 * power company's); Czech offices ("Krajský úřad Ústeckého kraje", "Energetický regulační úřad") and Serbian courts,
 * provincial secretariats and republic-level bodies ("Privredni sud u Zrenjaninu", "Pokrajinski sekretarijat za
 * poljoprivredu"); Slovene, Slovak and Latvian ministries, offices, inspectorates and municipalities opened by their
 * kind ("Ministrstvo za okolje", "Občina Beltinci", "Valsts ieņēmumu dienests") and Latvian, Slovak and Estonian ones
 * closed by it ("Līvānu novada pašvaldība", "Administratīvā rajona tiesa", "Košický samosprávny kraj", "Saaremaa vald"),
 * its seat after it ("Správny súd v Košiciach").
 */
const OWN_LANGUAGE_STATE_BODY = new RegExp(String.raw`^(?:${NORDIC_COURT}) (?:i|på)\s|^(?:Landesgericht|Bezirksgericht|Oberlandesgericht)\s+\p{Lu}|^(?:Bundesamt|Landesamt) für\s|^(?:Sąd|Urząd|Ministerstwo|Starostwo|Sejmik|Prokuratura|Powiatowy|Wojewódzki|Okręgowy|Państwowa|Gmina|Regionalna Dyrekcja|Generalna Dyrekcja)\s+\p{Lu}|^Grad\s+\p{Lu}\p{Ll}|^(?:Politie|Rechtbank|Gerechtshof|Komisja|RUD|Omgevingsdienst|Správa)\s+\p{Lu}|^WFOŚiGW\b|^Op[ćc]ina\s+\p{Lu}|^Inspektionen för\s|^Gemeinde\s+\p{Lu}|^TAR\s+\p{Lu}\p{Ll}|^Compania Na[țţ]ional[ăa]\s|\bTerritorial Administration of\b|\bDistrict Executive (?:Power|Authority)$|(?:^|\s)(?:úřad|sud|sekretarijat|ministarstvo|komisija)(?:\s|$)|^Republički\s|^(?:Ministrstvo|Ministerstvo|Zavod RS|Javni|Inšpektorát|Inšpektorat|Úrad|Urad|Uprava|Agencija|Občina|Mestna občina|Obec|Mesto|Valsts)\s|\s(?:${STATE_KIND_LAST})(?:\s(?:v|vo|u|w|we)\s\p{Lu}[\p{L}-]+)?$`, "u");

/** A legislature or cabinet named in its own language ("Executive Yuan", "Dewan Rakyat"). */
export const isOwnLanguageStateBody = remembered((name: string) => OWN_LANGUAGE_STATE_BODY.test(name));
export const isLegislature = (name: string) => LEGISLATURE.test(name);
/**
 * ("Kavarna municipal council", "the Mellieħa local council", "the Larnaca district court": a town's council or court
 * named in lower case after it; "the Isère departmental council", "the Bordeaux judicial court": a French department's
 * council and a town's tribunal judiciaire, as English copy writes them; "the Hohenlohekreis district council", "the
 * Amazonas state government", "the Salzburg provincial parliament": a district's council, a state's or a province's
 * government and parliament; "ASL Viterbo", "AUSL Romagna", "ULSS 6 Euganea": an Italian local health authority, part
 * of the regional health service;
 * "ARPAT", "ARPAV", "ARPA Umbria": an Italian region's environmental protection agency.)
 */
/** The kinds of a town's body written in lower case after its name; trailing-forms.ts joins them to the name. */
export const LOWER_CASE_COUNCIL = "(?:(?:municipal|local|departmental|district) council|(?:state|provincial|cantonal) (?:government|parliament))";
export const LOWER_CASE_COURT = "(?:district|administrative|judicial) court";
const LOCAL_PUBLIC_BODY = new RegExp(`\\s(?:${LOWER_CASE_COUNCIL}|${LOWER_CASE_COURT})$|^(?:ASL|AUSL|ULSS|ASST|ATS)\\s|^ARPA(?:[A-Z]{1,3}$|\\s[A-Z])`);
export const hasGovHead = remembered((name: string) => GOV_HEAD.test(name) || LEGISLATURE.test(name) || ROMANCE_GOV_OPENING.test(name) || NORDIC_SHARED_COMPOUND.test(name) || STATE_INSURANCE_FUND.test(name) || LOCAL_PUBLIC_BODY.test(name));
export const headsWithOf = (name: string) => OPENING_HEAD.test(name);
export const isCountryAgency = (name: string) => COUNTRY_AGENCY.test(name);
