/**
 * Lines that are furniture whatever the markup says: affiliate and subscription disclaimers (they
 * sit inside the article container on many blogs), share prompts, "related" headers, ad labels.
 * Matched against a whole block, so a story sentence that merely mentions Amazon stays.
 */
const DISCLAIMERS: RegExp[] = [
  /쿠팡\s*파트너스/,
  /일정\s*(액|금액)?의?\s*수수료를\s*제공받/,
  /As an Amazon Associate/i,
  /(we|i|this site|the site) (may|might|will|could) (earn|receive|get) (a )?(small )?(affiliate )?(commission|compensation)/i,
  /affiliate (links?|commission)/i,
  /(Amazonアソシエイト|アフィリエイト広告を利用)/,
  /この記事には(アフィリエイト|広告)/,
];

const FURNITURE_LINE =
  /^(advertisement|advertising|sponsored( content)?|related( articles| stories| posts| content| coverage)?|read more|read next|more from|see also|also read|recommended( for you)?|share( this( article| story| page| post)?)?( on)?\b.*|tweet|email|print|comments?|follow us.*|sign up.*newsletter.*|subscribe( now| today)?.*|click here.*|(image|photo|picture)( copyright| credit| caption)?:?.*|getty images|reuters|ap photo.*|loading\.*|skip (to|ad).*|close|menu|top stories|trending|most (read|popular)|관련\s*기사|관련기사|무단\s*전재.*|저작권자.*|ⓒ.*|©.*|copyright ©?.*|all rights reserved\.?|이 기사를 공유합니다|기자\s*$)$/i;

export function isDisclaimer(text: string): boolean {
  return DISCLAIMERS.some((re) => re.test(text));
}

/** Short blocks only: a long paragraph that starts with "Related" is still a paragraph. */
export function isFurnitureLine(text: string): boolean {
  return text.length <= 120 && FURNITURE_LINE.test(text.trim());
}
