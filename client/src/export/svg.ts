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

/** The scene with each dated node's date, at its precision and in the interface language, as its caption. */
export function withDateCaptions(scene: Scene, graph: ExplorerGraph, i18n: I18n): Scene {
  return {
    ...scene,
    nodes: scene.nodes.map((node) => {
      const attrs = graph.hasNode(node.id) ? graph.getNodeAttributes(node.id) : null;
      const caption = attrs ? i18n.partialRange(attrs.start, attrs.end) : "";
      return caption ? { ...node, caption } : node;
    }),
  };
}

export function toSvg(scene: Scene, title = "GraphExplorer"): string {
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
    out.push(`<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(x2)}" y2="${n(y2)}" stroke="${xmlEscape(e.color)}" stroke-width="${n(Math.max(1, e.width))}" marker-end="url(#arrow)"/>`);
  }
  out.push(`</g>`, `<g class="edge-labels" font-size="11" fill="#4B5563" text-anchor="middle">`);
  for (const e of scene.edges) {
    if (!e.label) continue;
    out.push(`<text x="${n((e.x1 + e.x2) / 2)}" y="${n((e.y1 + e.y2) / 2 - 3)}">${xmlEscape(e.label)}</text>`);
  }
  out.push(`</g>`, `<g class="nodes">`);
  for (const node of scene.nodes) {
    const scale = (node.radius * 2 * 0.56) / 24;
    const iconX = node.x - 12 * scale;
    const iconY = node.y - 12 * scale;
    out.push(
      `<g class="node" data-id="${xmlEscape(node.id)}">${node.caption ? `<title>${xmlEscape(`${node.label} — ${node.caption}`)}</title>` : ""}<circle cx="${n(node.x)}" cy="${n(node.y)}" r="${n(node.radius)}" fill="${xmlEscape(node.color)}"/>` +
        `<path transform="translate(${n(iconX)} ${n(iconY)}) scale(${scale.toFixed(3)})" fill="#FFFFFF" fill-rule="evenodd" d="${ENTITY_ICON_PATHS[node.entityType]}"/></g>`,
    );
  }
  out.push(`</g>`, `<g class="labels" font-size="13" font-weight="600" fill="#1F2937" stroke="#FFFFFF" stroke-width="3" paint-order="stroke">`);
  for (const node of scene.nodes) {
    if (!node.label) continue;
    out.push(`<text x="${n(node.x + node.radius + 3)}" y="${n(node.y + 4)}">${xmlEscape(node.label)}</text>`);
  }
  out.push(`</g>`, `<g class="captions" font-size="11" fill="#4B5563" stroke="#FFFFFF" stroke-width="3" paint-order="stroke">`);
  for (const node of scene.nodes) {
    if (!node.label || !node.caption) continue;
    out.push(`<text x="${n(node.x + node.radius + 3)}" y="${n(node.y + 17)}">${xmlEscape(node.caption)}</text>`);
  }
  out.push(`</g>`, `</svg>`);
  return out.join("\n");
}
