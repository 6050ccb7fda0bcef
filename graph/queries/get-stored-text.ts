import { readRows } from "../driver";

/** The text currently stored for an article, to compare with a fresh fetch; null when it is new. */
export async function getStoredText(articleId: string): Promise<{ text: string; textHash: string } | null> {
  const rows = await readRows<{ text: string; textHash: string }>("MATCH (a:Article {id: $id}) RETURN a.text AS text, a.textHash AS textHash", { id: articleId });
  return rows[0] ?? null;
}
