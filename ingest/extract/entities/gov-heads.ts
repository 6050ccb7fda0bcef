/** Legislatures named in their own language carry no English head word. */
const LEGISLATURE = /^(Bundestag|Bundesrat|Landtag|Nationalrat|Knesset|Duma|Sejm|Riksdag|Storting|Folketing|Eduskunta|Althing|Senedd|Dáil|Oireachtas|Cortes|Rada|Verkhovna Rada|Lok Sabha|Rajya Sabha|Majlis)$/;
const GOV_HEAD = /\b(Ministry|Department|Agency|Commission|Senate|Congress|Parliament|Court|Authority|Administration|Bureau|Council|Police|Government|Office|Regulator|Regulatory|Cabinet|Treasury|Army|Navy|Committee|Embassy|Directorate|Inspectorate|Federal|National Assembly|Supreme|Tribunal|Armed Forces|Coast Guard|Coastguard|Ombudsman|(?:Prosecution|Probation|Rescue|Supervisory|Wildfire|Fire|Ambulance|Revenue|Prison|Border|Immigration|Customs|Intelligence|Postal|Meteorological|Weather|Forest|Park|Parks|Health) Service$|Regional District|District of|Trading Standards|Border Guard|Border Force|Defence Force|Defense Force|Civil Defence|Civil Defense|Emergency Management|(?:Service|Safety|Health|Scottish) Executive$|Legislative Assembly|Legislative Council|State Assembly)\b/;
/** Heads that name a state body when they open "<Head> of …", whatever the list after "of" ends with ("…, Security and Communications"). */
const OPENING_HEAD = /^(?:Federal |State |National )?(Ministry|Department|Office|Bureau|Secretariat|Directorate|Inspectorate) (?:of|for) /;
/** "Health Canada", "Transport Canada", "Statistics Norway": a policy area followed by the country is that country's agency. */
const COUNTRY_AGENCY = /^(Health|Transport|Statistics|Environment|Sport|Agriculture|Fisheries|Revenue|Public Safety|Employment|Environment and Climate Change|Fisheries and Oceans|Immigration, Refugees and Citizenship) (Canada|Norway|Sweden|Denmark|Finland|England|Scotland|Wales|Ireland|Australia|Austria|Netherlands|Iceland)$/;

export const hasGovHead = (name: string) => GOV_HEAD.test(name) || LEGISLATURE.test(name);
export const headsWithOf = (name: string) => OPENING_HEAD.test(name);
export const isCountryAgency = (name: string) => COUNTRY_AGENCY.test(name);
