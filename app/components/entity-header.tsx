import type { EntityProfile } from "@/lib/views/entity";
import { formatDateTime } from "@/lib/format";
import { TypeBadge } from "./badges";

/** `disputes` is the number of distinct disputes shown on the page (the profile counts claim paths). */
export function EntityHeader({ entity, disputes }: { entity: EntityProfile; disputes: number }) {
  const base = `/entities/${encodeURIComponent(entity.id)}`;
  return (
    <header className="border-b-2 border-stone-900 pb-4 dark:border-stone-100">
      <p><TypeBadge type={entity.type} /></p>
      <h1 className="mt-1 font-serif text-4xl font-bold">{entity.name}</h1>
      {entity.aliases.length > 0 ? <p className="mt-1 text-sm text-stone-600 dark:text-stone-400">Also: {entity.aliases.join(" · ")}</p> : null}
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        {[["Mentions", entity.mentionCount], ["Articles", entity.articleCount], ["Outlets", entity.sourceCount], ["Claims by", entity.claimsByCount], ["Claims about", entity.claimsAboutCount], ["Disputes", disputes]].map(([k, v]) => (
          <div key={k} className="flex gap-1"><dt className="text-stone-500">{k}</dt><dd className="font-semibold tabular-nums">{v}</dd></div>
        ))}
        {entity.firstSeenAt ? <div className="flex gap-1"><dt className="text-stone-500">First seen</dt><dd><time dateTime={entity.firstSeenAt}>{formatDateTime(entity.firstSeenAt)}</time></dd></div> : null}
      </dl>
      <p className="mt-3 flex flex-wrap gap-4 text-sm">
        <a href={`${base}/feed.xml`} className="hover:underline">Follow (Atom feed)</a>
        <a href={`${base}/dossier.md`} className="hover:underline">Dossier (Markdown)</a>
        <a href={`${base}/dossier.json`} className="hover:underline">Dossier (JSON)</a>
        <a href={`/explore?entity=${encodeURIComponent(entity.id)}`} className="hover:underline">Relationship explorer</a>
      </p>
    </header>
  );
}
