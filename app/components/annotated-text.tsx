import Link from "next/link";
import type { Paragraph, Piece, Run } from "../_lib/annotate";
import { disputeHref, entityHref } from "../_lib/labels";

function PieceView({ piece }: { piece: Piece }) {
  if (!piece.mention) return <>{piece.text}</>;
  return <Link href={entityHref(piece.mention.entityId)} className="entity-mention" title={`${piece.mention.name} (${piece.mention.type})`}>{piece.text}</Link>;
}

function RunView({ run }: { run: Run }) {
  const pieces = run.pieces.map((p) => <PieceView key={p.start} piece={p} />);
  const c = run.claim;
  if (!c) return <>{pieces}</>;
  const who = [c.speaker, c.speechAct].filter(Boolean).join(" ");
  const disputed = [c, ...run.also].flatMap((x) => x.contradictionIds)[0];
  return (
    <span id={`claim-${c.id}`}>
      {run.also.map((o) => <span key={o.id} id={`claim-${o.id}`} className="claim-anchor" />)}
      {[...new Set(run.also.map((o) => o.start))].filter((at) => at !== run.start).map((at) => <span key={at} id={`offset-${at}`} className="claim-anchor" />)}
      <mark id={`offset-${run.start}`} className={`claim-mark ${disputed ? "claim-disputed" : ""}`} title={`Claim${who ? `: ${who}` : ""} (${c.predicate.replace(/_/g, " ")})`}>{pieces}</mark>
      {disputed ? <Link href={disputeHref(disputed)} className="ml-0.5 align-super text-[10px] font-bold uppercase text-red-700 no-underline hover:underline dark:text-red-400">disputed</Link> : null}
    </span>
  );
}

/** Article text with claims and entity mentions marked in place; every string is a React text node. */
export function AnnotatedText({ paragraphs }: { paragraphs: Paragraph[] }) {
  return (
    <div className="article-text">
      {paragraphs.map((p) => <p key={p.start}>{p.runs.map((r) => <RunView key={r.start} run={r} />)}</p>)}
    </div>
  );
}
