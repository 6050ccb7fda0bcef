import type { Driver } from "neo4j-driver";
import { foldIncomingTwins } from "./decisions/fold-incoming-twins";

/**
 * Schema statements, all idempotent (IF NOT EXISTS), applied on every first connection of a process.
 * Full-text indexes use the CJK analyzer: it tokenises Latin text like the standard one and indexes
 * Chinese, Japanese and Korean as bigrams, so CJK articles are searchable too.
 */
export const MIGRATIONS: readonly string[] = [
  "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT article_version_id IF NOT EXISTS FOR (n:ArticleVersion) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT feed_id IF NOT EXISTS FOR (n:Feed) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (n:Decision) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT contradiction_id IF NOT EXISTS FOR (n:Contradiction) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (n:Migration) REQUIRE n.id IS UNIQUE",
  "CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)",
  "CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url)",
  "CREATE INDEX article_canonical_url IF NOT EXISTS FOR (n:Article) ON (n.canonicalUrl)",
  "CREATE INDEX entity_key IF NOT EXISTS FOR (n:Entity) ON (n.key)",
  // Merges and splits look entities up by id under these labels too (graph/decisions/regroup-relations.ts).
  "CREATE INDEX merged_entity_id IF NOT EXISTS FOR (n:MergedEntity) ON (n.id)",
  "CREATE INDEX rejected_entity_id IF NOT EXISTS FOR (n:RejectedEntity) ON (n.id)",
  "CREATE INDEX claim_predicate IF NOT EXISTS FOR (n:Claim) ON (n.predicate)",
  "CREATE FULLTEXT INDEX article_fulltext IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
  "CREATE FULLTEXT INDEX entity_fulltext IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
  "CREATE FULLTEXT INDEX claim_fulltext IF NOT EXISTS FOR (n:Claim) ON EACH [n.quote] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
];

export async function applyMigrations(driver: Driver, database: string): Promise<void> {
  for (const statement of MIGRATIONS) await driver.executeQuery(statement, {}, { database });
  // Full-text indexes populate asynchronously; wait so a search right after start sees them online.
  await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database });
  await foldIncomingTwins(driver, database);
}
