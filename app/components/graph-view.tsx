"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { EntityGraph, GraphEdge } from "@/lib/views/path";

const TYPE_COLOR: Record<string, string> = { ORG: "#0369a1", PERSON: "#7c3aed", PRODUCT: "#047857", GOV: "#b45309", MEDIA: "#be123c", PLACE: "#57534e" };

/**
 * The neighbourhood of an entity drawn by cytoscape (layout, zoom, drag). Clicking a node recentres
 * the explorer on it; clicking an edge shows the claims behind it. The same edges are listed as text
 * under the graph for keyboard and screen-reader users.
 */
export function GraphView({ graph, highlight = [] }: { graph: EntityGraph; highlight?: string[] }) {
  const box = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [edge, setEdge] = useState<GraphEdge | null>(null);
  useEffect(() => {
    let destroyed = false;
    let cy: { destroy(): void } | undefined;
    void import("cytoscape").then(({ default: cytoscape }) => {
      if (destroyed || !box.current) return;
      const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
      const instance = cytoscape({
        container: box.current,
        elements: [
          ...graph.nodes.map((n) => ({ data: { id: n.id, label: n.name, color: TYPE_COLOR[n.type] ?? "#57534e", size: 24 + Math.min(n.mentionCount, 30) * 1.5 }, classes: [n.id === graph.centerId ? "center" : "", highlight.includes(n.id) ? "path" : ""].join(" ") })),
          ...graph.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.from, target: e.to, label: e.type, index: i } })),
        ],
        style: [
          { selector: "node", style: { "background-color": "data(color)", label: "data(label)", width: "data(size)", height: "data(size)", color: dark ? "#e7e5e4" : "#1c1917", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4 } },
          { selector: "node.center", style: { "border-width": 4, "border-color": "#b91c1c" } },
          { selector: "node.path", style: { "border-width": 3, "border-color": "#f59e0b" } },
          { selector: "edge", style: { width: 2, "line-color": dark ? "#57534e" : "#a8a29e", "target-arrow-color": dark ? "#57534e" : "#a8a29e", "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(label)", "font-size": 9, color: dark ? "#a8a29e" : "#57534e", "text-rotation": "autorotate" } },
          { selector: "edge:selected", style: { "line-color": "#b91c1c", "target-arrow-color": "#b91c1c", width: 3 } },
        ],
        // Rings by distance from the centre entity: a force layout piled the neighbours on top of each
        // other and left their labels unreadable; rings keep "who is one hop away" visible at a glance.
        layout: { name: "breadthfirst", roots: [graph.centerId], circle: true, directed: false, avoidOverlap: true, spacingFactor: 1.2, padding: 40, animate: false },
        minZoom: 0.2,
        maxZoom: 3,
        wheelSensitivity: 0.3,
      });
      // A small neighbourhood would otherwise be fitted to the box and drawn huge.
      if (instance.zoom() > 1.2) {
        instance.zoom(1.2);
        instance.center();
      }
      instance.on("tap", "node", (ev) => router.push(`/explore?entity=${encodeURIComponent(String(ev.target.id()))}`));
      instance.on("tap", "edge", (ev) => setEdge(graph.edges[Number(ev.target.data("index"))] ?? null));
      cy = instance;
    });
    return () => {
      destroyed = true;
      cy?.destroy();
    };
  }, [graph, highlight, router]);
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return (
    <div>
      <div ref={box} className="h-[28rem] w-full rounded-lg border border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900" role="img" aria-label={`Relationship graph with ${graph.nodes.length} entities and ${graph.edges.length} relationships; the list below has the same content`} data-testid="graph" />
      <ul className="mt-2 flex flex-wrap gap-3 text-xs text-stone-500" aria-label="Legend">
        {Object.entries(TYPE_COLOR).map(([type, color]) => <li key={type} className="flex items-center gap-1"><span className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: color }} />{type}</li>)}
      </ul>
      {edge ? (
        <div className="mt-3 rounded border border-red-200 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950" role="status">
          <p className="font-semibold">{names.get(edge.from)} <span className="font-mono">{edge.type}</span> {names.get(edge.to)}</p>
          <ul className="mt-1 list-disc pl-5">{edge.claims.map((c) => <li key={c.id}>“{c.quote}” <span className="text-stone-500">— {c.source}</span></li>)}</ul>
        </div>
      ) : <p className="mt-2 text-xs text-stone-500">Click an entity to centre on it, or a relationship to see the claims behind it.</p>}
    </div>
  );
}
