import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getArticleAnnotations } from "@/graph/queries/app-article-annotations";
import { getArticle } from "@/graph/queries/get-article";
import { formatDateTime } from "@/lib/format";
import { annotateText } from "../../_lib/annotate";
import { IdParam } from "../../_lib/id-param";
import { AnnotatedText } from "../../components/annotated-text";
import { TargetHighlight } from "../../components/target-highlight";
import { VersionHistory } from "../../components/version-history";

export const dynamic = "force-dynamic";
/** generateMetadata and the page both need it: React cache() runs the graph query once per request. */
const getArticleOnce = cache((id: string) => getArticle(id));
type Props = { params: Promise<{ id: string }> };

async function articleOf(params: Props["params"]) {
  const id = IdParam.safeParse((await params).id);
  return id.success ? getArticleOnce(id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await articleOf(params))?.title ?? "Article not found" };
}

export default async function ArticlePage({ params }: Props) {
  const article = await articleOf(params);
  if (!article) notFound();
  const marks = await getArticleAnnotations(article.id);
  // Only web addresses become links: a file:// or javascript: URL from a page is never offered.
  const original = [article.canonicalUrl, article.url].find((u) => /^https?:\/\//i.test(u));
  return (
    <article className="mx-auto max-w-3xl">
      <p className="text-xs font-semibold uppercase tracking-wider text-stone-500">
        {article.source}{article.section ? <> · {article.section}</> : null}{article.lang ? <> · {article.lang}</> : null}
      </p>
      <h1 className="mt-1 font-serif text-3xl font-bold leading-tight sm:text-4xl">{article.title}</h1>
      <p className="mt-3 text-sm text-stone-600 dark:text-stone-400">
        {article.byline ? <>By {article.byline} · </> : null}
        {article.publishedAt ? <>Published <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt)}</time></> : <>Fetched {formatDateTime(article.fetchedAt)}</>}
        {article.modifiedAt ? <> · updated <time dateTime={article.modifiedAt}>{formatDateTime(article.modifiedAt)}</time></> : null}
        {original ? <> · <a href={original} className="underline" rel="noopener noreferrer nofollow">Original</a></> : null}
      </p>
      <p className="mt-2 text-xs text-stone-500"><mark className="claim-mark">Highlighted</mark> sentences are claims ({marks.claims.length}); <span className="entity-mention">underlined</span> names link to entities.</p>
      <div className="mt-6"><AnnotatedText paragraphs={annotateText(article.text, marks.claims, marks.mentions)} /></div>
      <TargetHighlight articleId={article.id} />
      <VersionHistory article={article} />
    </article>
  );
}
