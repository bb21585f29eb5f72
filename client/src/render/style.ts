// How each kind of entity looks: a colour (Okabe–Ito palette, distinguishable with colour-vision deficiencies,
// each at least 3:1 against the white pictogram it carries) and a pictogram. Used by the graph, the legend and
// the exports, so all three agree.

import type { EntityType } from "../api/types";

export const ENTITY_COLOURS: Record<EntityType, string> = {
  ORGANIZATION: "#0072B2",
  PERSON: "#B8488A",
  AGREEMENT: "#C0510A",
  EVENT: "#00795A",
  PLACE: "#6D4DB3",
  SECTOR: "#8A6100",
  SOURCE: "#5B6270",
  FACT: "#A8323E",
};

/**
 * Colours of communities when the graph is coloured by community (the pictogram still tells the kind): dark enough
 * for the white pictogram (at least 3:1), in an order where neighbours differ in hue. Beyond eight communities the
 * colours repeat; the legend says so.
 */
export const COMMUNITY_COLOURS: readonly string[] = ["#1F5F99", "#A03C00", "#2E7D32", "#8E2469", "#5B4BA8", "#7A5C00", "#00707A", "#9E2A2B"];

/** The colour for node drawing: its community's when colouring by community and it has one, else its kind's. */
export function nodeColour(type: EntityType, community: number | null): string {
  return community === null ? ENTITY_COLOURS[type] ?? "#666666" : COMMUNITY_COLOURS[community % COMMUNITY_COLOURS.length]!;
}

/** Put before a pinned node's label: a geometric shape every common font has (emoji fonts are not everywhere). */
export const PIN_MARK = "◉";

export const EDGE_COLOUR = "#9AA3AF";
export const PATH_COLOUR = "#111827";
export const DIMMED_COLOUR = "#E5E7EB";
export const FADED_EDGE_COLOUR = "#EEF0F3";
/** Ties new in the "what changed" window: an orange apart from every entity colour and from the path's near-black. */
export const CHANGED_COLOUR = "#EA580C";

/** 24×24 pictograms (one path each, even-odd filled) drawn in white on the node's colour. */
export const ENTITY_ICON_PATHS: Record<EntityType, string> = {
  // a building with windows
  ORGANIZATION: "M4 21V3h11v5h5v13zM7 6v2h2V6zm4 0v2h2V6zm-4 4v2h2v-2zm4 0v2h2v-2zm5 0v2h2v-2zm-9 4v2h2v-2zm4 0v2h2v-2zm5 0v2h2v-2zm-7 4v3h4v-3z",
  // head and shoulders
  PERSON: "M12 3a4.5 4.5 0 1 1 0 9 4.5 4.5 0 0 1 0-9zM3.5 21c0-4.6 3.8-7.5 8.5-7.5s8.5 2.9 8.5 7.5z",
  // a signed document
  AGREEMENT: "M5 2h10l5 5v15H5zM8 10v1.6h9V10zm0 4v1.6h9V14zm0 4v1.6h5V18z",
  // a calendar
  EVENT: "M3 5h4V2h2v3h6V2h2v3h4v16H3zM5 10v9h14v-9zm2 2h3v3H7z",
  // a map pin
  PLACE: "M12 2a7 7 0 0 1 7 7c0 5.2-7 13-7 13S5 14.2 5 9a7 7 0 0 1 7-7zm0 4a3 3 0 1 0 0 6 3 3 0 0 0 0-6z",
  // a label tag
  SECTOR: "M3 3h8.5L21 12.5 12.5 21 3 11.5zM7.5 5.5a2 2 0 1 0 0 4 2 2 0 0 0 0-4z",
  // a newspaper
  SOURCE: "M3 4h15v15a1.5 1.5 0 0 0 3 0V8h1v11a3 3 0 0 1-3 3H5a2 2 0 0 1-2-2zM6 7v4h5V7zm7 0v1.5h3V7zm0 3v1.5h3V10zm-7 3v1.5h10V13zm0 3v1.5h10V16z",
  // a bar chart on its baseline
  FACT: "M3 19h18v2H3zM4 11h4v7H4zm6-7h4v14h-4zm6 4h4v10h-4z",
};

/** The pictogram as an SVG document (white on transparent), for sigma's image program. */
export function iconSvg(type: EntityType, fill = "#FFFFFF"): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="96" height="96"><path fill="${fill}" fill-rule="evenodd" d="${ENTITY_ICON_PATHS[type]}"/></svg>`;
}

const ICON_URLS = new Map<EntityType, string>();

/** The pictogram as a data URL; built once per type (the node reducer asks for it for every node at every frame). */
export function iconDataUrl(type: EntityType): string {
  let url = ICON_URLS.get(type);
  if (url === undefined) {
    url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(iconSvg(type))}`;
    ICON_URLS.set(type, url);
  }
  return url;
}

/** The smallest and the largest node radius. */
export const MIN_NODE_SIZE = 7;
export const MAX_NODE_SIZE = 24;

/** Node radius from its number of relationships in the database: hubs are bigger, on a log scale. */
export function nodeSize(degree: number): number {
  return Math.min(MAX_NODE_SIZE, MIN_NODE_SIZE + 3 * Math.log2(1 + Math.max(0, degree)));
}

/**
 * Node radius from a structural score (graph/centrality.ts) relative to the highest in the picture: the square root
 * makes the disc's area grow with the score, so a node with half the score looks about half as big.
 */
export function sizeFromScore(score: number, highest: number): number {
  if (!(highest > 0) || !(score > 0)) return MIN_NODE_SIZE;
  return MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(Math.min(1, score / highest));
}

/** Mixes a #RRGGBB colour towards white by `amount` in [0, 1] (used to fade nodes outside the time window). */
export function fade(colour: string, amount: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!m) return colour;
  const mix = (hex: string) => Math.round(parseInt(hex, 16) + (255 - parseInt(hex, 16)) * amount).toString(16).padStart(2, "0");
  return `#${mix(m[1]!)}${mix(m[2]!)}${mix(m[3]!)}`;
}
