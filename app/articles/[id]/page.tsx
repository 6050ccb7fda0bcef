import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getArticle } from "@/graph/queries/get-article";
import { formatDateTime } from "@/lib/format";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).id);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params }: Props) {
  const article = await getArticle((await params).id);
  if (!article) notFound();
  return (
    <article className="mx-auto max-w-3xl">
      <p className="text-sm text-stone-500">
        <a href={article.sourceHomepage ?? article.url} className="font-semibold hover:underline">{article.source}</a>
        {article.section ? <> · {article.section}</> : null}
      </p>
      <h1 className="mt-1 font-serif text-3xl font-bold">{article.title}</h1>
      <p className="mt-2 text-sm text-stone-600 dark:text-stone-400">
        {article.byline ? <>By {article.byline} · </> : null}
        {article.publishedAt ? <>Published <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt)}</time></> : <>Fetched {formatDateTime(article.fetchedAt)}</>}
        {" · "}<a href={article.url} className="underline" rel="noopener noreferrer">Original</a>
      </p>
      <div className="article-text mt-6">
        {article.text.split(/\n{2,}/).map((para, i) => <p key={i}>{para}</p>)}
      </div>
    </article>
  );
}
