import { isCommonWord, isFirstName } from "./words";
import { isFamilyName, isGivenName } from "./given-names";
import { isLegislature } from "./gov-heads";
/** Words that make a job title before a name ("Chief Executive", "Commerce Secretary", "Prime Minister"). */
const ROLE = new Set([
  "officer", "secretary", "minister", "president", "chairman", "chairwoman", "chair", "director", "governor", "judge", "analyst",
  "spokesperson", "spokesman", "spokeswoman", "commissioner", "ceo", "cfo", "coo", "cto", "founder", "co-founder", "editor", "leader",
  "senator", "mayor", "prosecutor", "executive", "ambassador", "economist", "professor", "chancellor", "premier", "lawmaker", "general", "counsel",
  "commissioner-general", "director-general", "secretary-general", "auditor-general", "inspector-general", "solicitor-general", "governor-general", "surveyor-general",
  "representative", "attorney", "speaker", "manager", "legislator", "supervisor", "undersecretary", "controller", "superintendent", "mla", "mlc", "mp", "mep", "msp", "mca", "councillor", "alderman", "alderwoman", "treasurer", "attorney-general", "ombudsman", "envoy", "administrator", "sheriff", "superintendent", "inspector", "commander", "chief",
  // ("Cork South-Central TD Aoife Brennan": an Irish deputy's letters before the name, after the constituency.)
  "td",
  // ("Counsel for the fishermen, Attorney-at-Law Shiromi Fernandopulle": a Sri Lankan lawyer's title, written before the name.)
  "attorney-at-law",
  // ("Deputy Voivode Anna Sikorska": a Polish province's governor.)
  "voivode",
  // ("District Collector Pradeep Kulkarni", "Lalitpur District Magistrate Akhilesh Chaturvedi": an Indian district's
  // chief administrator, by either title.)
  "collector", "magistrate",
  // ("LMEC Senior Vice-President Teresa Villanueva-Cruz", "Department Head Ana Reyes".)
  // ("Bohol Provincial Board Member Teresita Lim Alcala": only before a name of no ordinary English words, as findTitle checks.)
  "member",
  // ("Infrastructure Minister Deputy Philip Renouf", "Deputy Renouf": the Channel Islands' members of the States are
  // Deputies, a title before the name; before another title, "Deputy" still only modifies it.)
  "deputy",
  "vice-president", "vice-chairman", "vice-chairwoman", "vice-chair", "vice-governor", "vice-chancellor", "vice-mayor", "vice-minister", "head",
  // ("Rear Admiral Jorge Ochoa Lizama": a naval rank, with "rear" or "vice" before it.)
  "admiral",
  // ("Deputy County Prefect Goran Brkić": a Croatian county's or a French department's prefect; "Hydrogeologist Kadri
  // Ilves": a scientist's field before the name.)
  "prefect", "sub-prefect", "geologist", "hydrogeologist", "hydrologist", "ecologist", "biologist", "agronomist",
  // ("Elder Lekupe Lesiamon, who chairs the Ngaroni board", "Petitioner Naisula Lengees rejected that account": a
  // community's elder and a party to a case, as Kenyan copy titles them.)
  "elder", "petitioner",
]);
/**
 * Honours between a title and the name ("Works Minister Datuk Seri Alexander Nanta Linggi", "Tan Sri"): they are
 * no part of the name. ("Seri"/"Sri" only after Datuk, Dato or Tan: "Sri Mulyani" is a name; "Awang" and "Dayang", Brunei's
 * honorifics for a man and a woman, after a title; "Guadalcanal Premier Mr Walter Kikolo": "Mr" or "Mrs" after a title, as
 * Pacific copy writes it.)
 */
function honoursAfter(words: string[], at: number): number {
  let j = at;
  for (;;) {
    const w = words[j] ?? "";
    if (/^(?:Datuk|Dato['’]?|Datin|Tun|Haji|Hajah|Ratu|Dayang|Awang|Pengiran|Dr\.?|Mrs?\.?|Ms\.?)$/.test(w)) j++;
    else if (/^(?:Seri|Sri)$/.test(w) && /^(?:Datuk|Dato['’]?|Tan|Puan)$/.test(words[j - 1] ?? "")) j++;
    else if (/^(?:Tan|Puan)$/.test(w) && /^Sri$/.test(words[j + 1] ?? "")) j++;
    else return j;
  }
}
/** Portfolios before a minister's title ("Digital Affairs Minister"): only these roles take them, so "Vattel Energy Chief" keeps its company. */
const PORTFOLIO = /^(mines|petroleum|resources|water|lands|police|emergency|transportation|treasury|science|technology|security|immigration|infrastructure|communications|tourism|sport|sports|fisheries|planning|welfare|pensions|work|works|veterans|employment|development|affairs|digital|health|finance|economy|trade|interior|justice|defence|defense|transport|energy|culture|labour|labor|education|environment|home|foreign|agriculture|commerce|housing|climate|industry|industries|primary|public)$/i;
/** The second word of a portfolio of two ("Social Services", "Land Management", "Technical Affairs"). */
export const PORTFOLIO_SECOND = /^(?:Affairs|Services|Management|Development|Resources|Planning|Works|Protection|Relations|Security|Welfare|Enterprise|Infrastructure|Utilities)$/;
// ("Public Works Director Alan Fetterly": a city department's director with the department's field before the title.)
// ("Agriculture, Livestock and Fisheries CEC Member Judith Kazungu Nyale": a county executive member by portfolio too.)
const PORTFOLIO_ROLE = /^(minister|secretary|commissioner|representative|director|member)$/i;
const MODIFIER = new Set([
  "rear", "chief", "financial", "operating", "technology", "vice", "deputy", "managing", "judicial", "attorney", "co", "senior", "former", "acting", "associate", "assistant",
  "prime", "foreign", "opposition", "country", "station", "regional", "area", "branch", "plant", "site", "general", "union", "party", "group", "state", "interim", "press", "communications", "district", "circuit", "magistrate", "federal", "county", "superior", "appeals",
  // ("Agriculture, Livestock and Fisheries CEC Member Judith Kazungu Nyale": a Kenyan county executive committee member.)
  "cec",
]);

/** "Premier League", "Executive Council": a title word before an institution's head word names the institution. */
/** ("Việt Nam General Confederation of Labour", "General Motors": "General" opening a body's or a company's name.) */
/** ("The General Superintendency of Electricity and Telecommunications": El Salvador's regulators are superintendencies.) */
/** ("Gulf Horizon General Trading and Contracting Co": a Gulf firm's line of business.) */
/** ("Ordubad District Executive Power": an Azerbaijani district's administration.) */
export const INSTITUTION_HEAD = /^(?:Power|League|Court|Council|Party|Office|Division|Cup|Club|Bank|Group|Committee|Board|Confederation|Federation|Union|Assembly|Directorate|Superintendency|Secretariat|Trading|Contracting|Hospital|Motors|Electric|Dynamics|Mills|Atomics|Bourse|Exchange)$/;

export type TitleSplit = { before: number; nameFrom: number };

/**
 * Where a job title sits inside a run of capitalised words: "Aventis Chief Executive Tom Hadley" ->
 * words [0,1) are the employer, [3,5) the person. Titles are a closed class, so a word list fits
 * better than a tagger (compromise tags "Executive" as a noun either way).
 */
export function findTitle(words: string[]): TitleSplit | null {
  for (let i = words.length - 2; i >= 0; i--) {
    // "Patriotic Front Mpongwe Member of Parliament Mwansa Kabwe": a member of a legislature, then the name.
    if (words[i] === "Member" && words[i + 1] === "of" && /^(?:Parliament|Congress)$/.test(words[i + 2] ?? "") && [2, 3].includes(words.length - i - 3)) return { before: i, nameFrom: i + 3 };
    // "Directorate General of Coastal Safety", "Secretary of State": a title names a person only when the name follows it directly.
    // "Secretary of State Mike Pompeo": a title with its portfolio after "of", then the name.
    // ("Commissioner General of Labour Nadeesha Perera": a given name of any locale, or a known family name closing it.)
    // (After a portfolio of one word, "of Labour", two capitalised words that are no ordinary English are the name.)
    const named = (from: number) => isFirstName(words[from] ?? "") || isGivenName(words[from] ?? "") || isFamilyName(words.at(-1) ?? "")
      || (PORTFOLIO.test(words[from - 1] ?? "") && words.slice(from).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isCommonWord(w)));
    // ("ASEZA Commissioner for Tourism Rania Haddadin", "County Executive Committee Member for Finance Grace Nakiru": or
    // after "for".)
    if (ROLE.has((words[i] ?? "").toLowerCase()) && /^(?:of|for)$/.test(words[i + 1] ?? "") && [2, 3].includes(words.length - i - 3) && named(i + 3)) {
      // ("Commissioner General of …": the role before "General" is part of the title.)
      const from = /^General$/.test(words[i] ?? "") && i > 0 && ROLE.has((words[i - 1] ?? "").toLowerCase()) ? i - 1 : i;
      return { before: from, nameFrom: i + 3 };
    }
    // ("the Executive Yuan": a legislature or cabinet named in its own language, no executive named Yuan.)
    if (isLegislature(words.slice(i).join(" "))) return null;
    // "Ohio Attorney General": an office whose name ends in "General" names no person.
    // ("Contraloría General de la República", "Fiscalía General del Estado": nor one named in Spanish or Portuguese.)
    if (!ROLE.has((words[i] ?? "").toLowerCase()) || INSTITUTION_HEAD.test(words[i + 1] ?? "") || /^(?:of|for|de|del|da|do|dos|das)$/.test(words[i + 1] ?? "") || (/^General(?:['’]s)?$/.test(words[i + 1] ?? "") && (i + 2 === words.length || /^(?:Office|Department|Chambers)$/.test(words[i + 2] ?? "")))) continue;
    const nameFrom = honoursAfter(words, i + 1);
    // ("the Office of the Chief Government Valuer": a post named after "of the" in an office's name, followed by no
    // given name, is the office's, not a title before a person.)
    if (i >= 2 && words[i - 1] === "the" && words[i - 2] === "of" && !isFirstName(words[nameFrom] ?? "") && !isGivenName(words[nameFrom] ?? "")) return null;
    // ("EU Member States": a member is a title only before a name none of whose words is ordinary English.)
    // ("Senedd Member Carys Bevan-Thomas": a double-barrelled surname is such a word.)
    if ((words[i] ?? "").toLowerCase() === "member" && !words.slice(nameFrom).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(w) && !isCommonWord(w))) continue;
    const rest = words.length - nameFrom;
    // ("Judicial Commissioner Norsiah binti Haji Yusof": a Malay name with its patronymic runs to five words.)
    const patronymic = words.slice(nameFrom).some((w) => /^(?:bin|binti)$/.test(w));
    // ("Deputy Environment Minister Marco Antonio Soliz Rocha": two given names and two family names, as Spanish and Portuguese names run.)
    // ("Opposition Senator Liz Acosta de Brítez": the particles of a Spanish or Portuguese name count no word.)
    // ("Muharraq MP Ebrahim Khalil Al Hammadi": nor does the "Al" of an Arabic family name.)
    const particles = words.slice(nameFrom).filter((w) => /^(?:de|del|da|do|dos|das|la|Al|El)$/.test(w)).length;
    const twoGiven = rest - particles === 4 && [words[nameFrom], words[nameFrom + 1]].every((w) => isFirstName(w ?? "") || isGivenName(w ?? ""));
    if (rest < 1 || (rest - particles > (patronymic ? 5 : 3) && !twoGiven)) return null;
    let from = i;
    // ("Vattel Energy Director Bo Lind": a director's field is a portfolio only when no name stands before it.)
    const portfolio = PORTFOLIO_ROLE.test(words[i] ?? "") && (!/^director$/i.test(words[i] ?? "") || words.slice(0, i).every((w) => PORTFOLIO.test(w) || MODIFIER.has(w.toLowerCase())));
    while (from > 0 && (MODIFIER.has((words[from - 1] ?? "").toLowerCase()) || ROLE.has((words[from - 1] ?? "").toLowerCase()) || (portfolio && PORTFOLIO.test(words[from - 1] ?? "")))) from--;
    // "General Court", "Executive Council": a lone modifier-like role word opening an institution is no title.
    if (i === from && /^(general|executive)$/i.test(words[i] ?? "") && from === 0) return null;
    // ("Dutchess County Executive Marisa Colavito", "Brewster County Judge Eleazar Cano": a county after its name is the
    // place the officer serves, no word of the title.)
    if (from > 0 && from < i && /^(?:County|Parish|Borough|Township)$/.test(words[from] ?? "")) return { before: from + 1, nameFrom };
    return { before: from, nameFrom };
  }
  return null;
}
