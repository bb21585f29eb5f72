// SVG of the view as drawn (positions, colours, labels, pictograms), from a renderer-independent Scene.

import type { ExplorerGraph } from "../graph/model";
import type { I18n } from "../i18n/i18n";
import type { Scene } from "../render/scene";
import { ENTITY_ICON_PATHS } from "../render/style";
import { xmlEscape } from "./xml";

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

function n(value: number): string {
  return Number(value.toFixed(1)).toString();
}

/**
 * The scene with each dated node's date and each dated relationship's period ("since 1927"), at their precision and
 * in the interface language, as captions.
 */
export function withDateCaptions(scene: Scene, graph: ExplorerGraph, i18n: I18n): Scene {
  return {
    ...scene,
    nodes: scene.nodes.map((node) => {
      const attrs = graph.hasNode(node.id) ? graph.getNodeAttributes(node.id) : null;
      const caption = attrs ? i18n.partialRange(attrs.start, attrs.end) : "";
      return caption ? { ...node, caption } : node;
    }),
    edges: scene.edges.map((edge) => {
      const attrs = graph.hasEdge(edge.id) ? graph.getEdgeAttributes(edge.id) : null;
      const caption = attrs ? i18n.period(attrs.since, attrs.until, attrs.asOf) : "";
      return caption ? { ...edge, caption } : edge;
    }),
  };
}

/**
 * The scene with what a reader needs to trust it: each inferred entity and relationship marked (drawn dashed, with
 * the legend of `toSvg`), and each label not in the interface language (a key figure's French statement) marked with
 * its language.
 */
export function withEvidenceMarks(scene: Scene, graph: ExplorerGraph, i18n: I18n): Scene {
  return {
    ...scene,
    nodes: scene.nodes.map((node) => {
      if (!graph.hasNode(node.id)) return node;
      const attrs = graph.getNodeAttributes(node.id);
      const lang = i18n.nameLanguage(attrs);
      return { ...node, ...(lang ? { lang } : {}), ...(attrs.inferred ? { inferred: true } : {}) };
    }),
    edges: scene.edges.map((edge) => (graph.hasEdge(edge.id) && graph.getEdgeAttributes(edge.id).inferred ? { ...edge, inferred: true } : edge)),
  };
}

/** The words of the picture's legend, in the interface language. */
export interface SvgLegend {
  /** What a dashed line or outline means: "Inferred, not stated in so many words by its source". */
  inferred: string;
}

const DASHES = "6 4";

/** ` xml:lang="fr"` for a label in another language than the document's, else nothing. */
function langAttribute(lang: string | undefined): string {
  return lang ? ` xml:lang="${xmlEscape(lang)}"` : "";
}

/** The SVG document; with `legend`, a key to the dashed marks is drawn when the picture has an inferred fact. */
export function toSvg(scene: Scene, title = "GraphExplorer", legend?: SvgLegend): string {
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(scene.width)}" height="${n(scene.height)}" viewBox="0 0 ${n(scene.width)} ${n(scene.height)}" font-family="${xmlEscape(FONT)}">`,
    `<title>${xmlEscape(title)}</title>`,
    `<rect width="100%" height="100%" fill="#FFFFFF"/>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse" markerUnits="strokeWidth"><path d="M0 0L10 5L0 10z" fill="context-stroke"/></marker></defs>`,
    `<g class="edges" fill="none">`,
  ];
  for (const e of scene.edges) {
    const dx = e.x2 - e.x1;
    const dy = e.y2 - e.y1;
    const length = Math.hypot(dx, dy) || 1;
    const x2 = e.x2 - (dx / length) * e.targetRadius;
    const y2 = e.y2 - (dy / length) * e.targetRadius;
    const dashes = e.inferred ? ` stroke-dasharray="${DASHES}" class="inferred"` : "";
    out.push(`<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${xmlEscape(e.color)}" stroke-width="${n(Math.max(1, e.width))}" marker-end="url(#arrow)"${dashes}/>`);
  }
  out.push(`</g>`, `<g class="edge-labels" font-size="11" fill="#4B5563" text-anchor="middle">`);
  for (const e of scene.edges) {
    if (!e.label) continue;
    out.push(`<text x="${n((e.x1 + e.x2) / 2)}" y="${n((e.y1 + e.y2) / 2 - 3)}">${xmlEscape(e.label)}</text>`);
  }
  out.push(`</g>`, `<g class="edge-captions" font-size="10" fill="#4B5563" text-anchor="middle" stroke="#FFFFFF" stroke-width="3" paint-order="stroke">`);
  for (const e of scene.edges) {
    if (!e.caption) continue;
    out.push(`<text x="${n((e.x1 + e.x2) / 2)}" y="${n((e.y1 + e.y2) / 2 + 9)}">${xmlEscape(e.caption)}</text>`);
  }
  out.push(`</g>`, `<g class="nodes">`);
  for (const node of scene.nodes) {
    const scale = (node.radius * 2 * 0.56) / 24;
    const iconX = node.x - 12 * scale;
    const iconY = node.y - 12 * scale;
    out.push(
      `<g class="node" data-id="${xmlEscape(node.id)}">${node.caption ? `<title>${xmlEscape(`${node.label} — ${node.caption}`)}</title>` : ""}<circle cx="${n(node.x)}" cy="${n(node.y)}" r="${n(node.radius)}" fill="${xmlEscape(node.color)}"${node.inferred ? ` stroke="#1F2937" stroke-width="2" stroke-dasharray="3 2" class="inferred"` : ""}/>` +
        `<path transform="translate(${n(iconX)} ${n(iconY)}) scale(${scale.toFixed(3)})" fill="#FFFFFF" fill-rule="evenodd" d="${ENTITY_ICON_PATHS[node.entityType]}"/></g>`,
    );
  }
  out.push(`</g>`, `<g class="labels" font-size="13" font-weight="600" fill="#1F2937" stroke="#FFFFFF" stroke-width="3" paint-order="stroke">`);
  for (const node of scene.nodes) {
    if (!node.label) continue;
    out.push(`<text x="${n(node.x + node.radius + 3)}" y="${n(node.y + 4)}"${langAttribute(node.lang)}>${xmlEscape(node.label)}</text>`);
  }
  out.push(`</g>`, `<g class="captions" font-size="11" fill="#4B5563" stroke="#FFFFFF" stroke-width="3" paint-order="stroke">`);
  for (const node of scene.nodes) {
    if (!node.label || !node.caption) continue;
    out.push(`<text x="${n(node.x + node.radius + 3)}" y="${n(node.y + 17)}">${xmlEscape(node.caption)}</text>`);
  }
  out.push(`</g>`);
  if (legend && (scene.nodes.some((node) => node.inferred) || scene.edges.some((e) => e.inferred))) {
    const y = scene.height - 14;
    out.push(`<g class="legend" font-size="11" fill="#1F2937"><line x1="12" y1="${n(y)}" x2="40" y2="${n(y)}" stroke="#4B5563" stroke-width="2" stroke-dasharray="${DASHES}"/>` +
      `<text x="46" y="${n(y + 4)}">${xmlEscape(legend.inferred)}</text></g>`);
  }
  out.push(`</svg>`);
  return out.join("\n");
}
