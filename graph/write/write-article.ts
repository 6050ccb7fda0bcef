import type { ManagedTransaction } from "neo4j-driver";
import { z } from "zod";
import { getConfig } from "@/lib/config";
import { stableId } from "@/lib/hash";
import { ArticleDoc, Extraction } from "@/lib/schemas";
import { ensureReady, getDriver } from "../driver";
import { withTransientRetry } from "./transient-retry";
import { resolveEntityIds, type ResolvedExtraction } from "./resolve-entities";
import { foldEntities } from "./fold-entities";
import { WRITE_STATEMENTS, RETIRE_OLD_VERSION } from "./article-statements";
import { ORIGIN_SEP, originsOfRelation } from "../decisions/relation-origins";

/** What changed since the stored version, in words and figures, kept on the retired version. */
export const VersionChange = z.object({ summary: z.string(), figuresChanged: z.array(z.object({ before: z.string(), after: z.string() })) });
export const ArticleWrite = z.object({ doc: ArticleDoc, extraction: Extraction, change: VersionChange.optional() });
export type ArticleWrite = z.infer<typeof ArticleWrite>;
export type WriteOutcome = "new" | "updated" | "unchanged";

/**
 * Stores one article and everything extracted from it in a single transaction. Idempotent: every
 * node is MERGEd on a stable id, and an article whose text hash is unchanged is not touched at all.
 * A changed article keeps its previous text as an ArticleVersion and has its claims replaced.
 */
export async function writeArticle(input: ArticleWrite): Promise<WriteOutcome> {
  const { doc, extraction, change } = ArticleWrite.parse(input);
  await ensureReady();
  const session = getDriver().session({ database: getConfig().NEO4J_DATABASE });
  try {
    return await withTransientRetry(() =>
      session.executeWrite(async (tx) => {
        const previous = await tx.run("MATCH (a:Article {id: $id}) RETURN a.textHash AS hash", { id: doc.id });
        const oldHash = previous.records[0]?.get("hash") as string | undefined;
        if (oldHash === doc.textHash) return "unchanged";
        if (oldHash !== undefined) await tx.run(RETIRE_OLD_VERSION, {
            id: doc.id, versionId: stableId("ver", doc.id, oldHash), sep: ORIGIN_SEP,
            changeSummary: change?.summary ?? null, figuresChanged: (change?.figuresChanged ?? []).map((f) => `${f.before} -> ${f.after}`),
          });
        const resolved = await resolveEntityIds(tx, scopeToArticle(extraction, doc.id));
        await runWrites(tx, doc, resolved);
        return oldHash === undefined ? "new" : "updated";
      }),
    );
  } finally {
    await session.close();
  }
}

async function runWrites(tx: ManagedTransaction, doc: ArticleDoc, x: ResolvedExtraction): Promise<void> {
  const params = {
    article: { ...doc, source: undefined, sourceId: doc.source.id },
    source: doc.source,
    entities: foldEntities(x.entities).map((e) => ({ ...e, mentionCount: e.mentions.length, aliasText: e.aliases.join(" | ") })),
    claims: x.claims.map((c) => claimProps(c, doc)),
    events: x.events,
    relations: x.relations.map((r) => ({ ...r, origins: originsOfRelation(doc.id, r) })),
  };
  for (const statement of WRITE_STATEMENTS) await tx.run(statement, params);
}

function claimProps(c: ResolvedExtraction["claims"][number], doc: ArticleDoc) {
  return {
    id: c.id, predicate: c.predicate, polarity: c.polarity, speechAct: c.speechAct, quote: c.quote,
    start: c.start, end: c.end, before: c.before, after: c.after,
    speakerId: c.speakerId ?? null, speakerText: c.speakerText ?? null, subjectId: c.subjectId ?? null, objectIds: c.objectIds,
    value: c.figure?.value ?? null, low: c.figure?.low ?? null, high: c.figure?.high ?? null, unit: c.figure?.unit ?? null,
    qualifier: c.figure?.qualifier ?? null, figureText: c.figure?.text ?? null,
    date: c.date?.date ?? null, dateText: c.date?.text ?? null,
    articleId: doc.id, reportedAt: doc.publishedAt ?? doc.fetchedAt,
  };
}

/** Claim and event ids from the extractor are local to one text; scoping them by article keeps them unique in the graph. */
function scopeToArticle(x: Extraction, articleId: string): Extraction {
  const scoped = (prefix: string) => (id: string) => stableId(prefix, articleId, id);
  const claim = scoped("clm");
  const event = scoped("evt");
  return {
    ...x,
    claims: x.claims.map((c) => ({ ...c, id: claim(c.id) })),
    events: x.events.map((e) => ({ ...e, id: event(e.id), claimIds: e.claimIds.map(claim) })),
    relations: x.relations.map((r) => ({ ...r, claimIds: r.claimIds.map(claim) })),
  };
}
