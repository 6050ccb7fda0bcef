import Link from "next/link";
import type { ArticleSummary } from "@/lib/views/article";
import { formatDateTime } from "@/lib/format";

export function ArticleCard({ article }: { article: ArticleSummary }) {
  return (
    <article className="border-b border-stone-200 py-4 dark:border-stone-800">
      <p className="text-xs uppercase tracking-wide text-stone-500">
        {article.source}
        {article.publishedAt ? <> · <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt)}</time></> : null}
      </p>
      <h2 className="mt-1 font-serif text-lg font-semibold">
        <Link href={`/articles/${article.id}`} className="hover:underline">{article.title}</Link>
      </h2>
      <p className="mt-1 line-clamp-2 text-sm text-stone-600 dark:text-stone-400">{article.excerpt}</p>
    </article>
  );
}
