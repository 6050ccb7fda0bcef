/** "Rosalía" -> "Rosalia", "São Paulo" -> "Sao Paulo": the name lists spell many names without accents, and copy writes them with. */
export const withoutAccents = (word: string) => (/[^\x00-\x7F]/.test(word) ? word.normalize("NFD").replace(/\p{M}/gu, "") : word);
