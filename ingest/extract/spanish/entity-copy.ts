/**
 * Words Spanish copy capitalises only because a sentence opens with them: articles, prepositions, pronouns and adverbs
 * ("La Policía de Misiones", "Para Lucía del Carmen Jiménez Arias", "Cuando Pemex nos pague"). The entity rules, written
 * for English, would read them into the name; "La Liga" or "Los Angeles" in English copy keep theirs.
 */
const OPENING_WORD_ES = /(^|[.!?]["”»)]?\s+|\n\s*|["“«(—–]\s*)(El|La|Los|Las|Un|Una|Unos|Unas|Según|Desde|En|Para|Por|Con|Sin|Tras|Ante|Entre|Hay|Así|Nadie|Ya|No|Si|Cuando|Mientras|Aunque|Pero|Además|Hoy|Ayer|Este|Esta|Estos|Estas|Ese|Esa|Esos|Esas|Su|Sus|Mis|Nuestro|Nuestra|Nosotros|Algunos|Algunas|Somos|Les|Lo|Le|Al|Del|De|Que|Como|Todo|Todos|Cada|Otro|Otra|Otros|Otras|También|Sólo|Solo|Incluso)(?=\s)/gu;

/** The text as the entity rules read Spanish copy: the same length and offsets, its sentence-opening function words in lower case. */
export const spanishEntityCopy = (text: string) => text.replace(OPENING_WORD_ES, (_, lead: string, word: string) => lead + word.toLowerCase());
