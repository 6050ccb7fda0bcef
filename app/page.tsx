import { listArticles } from "@/graph/queries/list-articles";
import { ArticleCard } from "./components/article-card";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const articles = await listArticles({ limit: 50 });
  return (
    <section aria-labelledby="latest">
      <h1 id="latest" className="mb-2 font-serif text-2xl font-bold">Latest articles</h1>
      {articles.length === 0 ? (
        <p className="text-stone-600">Nothing ingested yet. Run <code>npx newsgraph ingest &lt;url|feed|file&gt;</code>.</p>
      ) : (
        articles.map((a) => <ArticleCard key={a.id} article={a} />)
      )}
    </section>
  );
}
