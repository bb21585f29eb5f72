// A picture that can leave the explorer on its own: the drawn graph (an SVG document from svg.ts) framed with a
// title, the date it was made, a legend of the kinds of entity it shows and a source line saying where its facts
// come from. Used by the SVG/PNG exports and the briefing pack.

import type { Citation, EntityType } from "../api/types";
import type { I18n } from "../i18n/i18n";
import type { Scene } from "../render/scene";
import { ENTITY_COLOURS, ENTITY_ICON_PATHS } from "../render/style";
import { xmlEscape } from "./xml";

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans CJK JP', sans-serif";
/** Height of the title's lines (16px bold) and of the date line under them. */
const TITLE_LINE = 20;
const DATE_LINE = 20;
const LEGEND_ROW = 20;
const SOURCE_LINE = 15;
/** Average advance of a character at the legend's and source line's 11px size, to wrap them without measuring. */
const CHAR_WIDTH = 6.2;

export interface FigureFrame {
  title: string;
  /** When the picture was made, already formatted for the reader. */
  date: string;
  legend: { entityType: EntityType; label: string }[];
  /** Where the facts come from, e.g. "Sources: Luxembourg Times, Paperjam · GraphExplorer". */
  sourceLine: string;
}

export interface FramedFigure {
  svg: string;
  width: number;
  height: number;
}

/** Estimated advance of a node label's character (13px semi-bold): wider for CJK, which is set full-width. */
function labelWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 13.5 : 8;
  return width;
}

/**
 * The scene on a canvas wide and tall enough for every node's label and date caption, which the renderer's viewport
 * may cut at its right or bottom edge; positions are unchanged, so the picture is the view with nothing cut off.
 */
export function fitLabels(scene: Scene): Scene {
  let right = scene.width;
  let bottom = scene.height;
  for (const node of scene.nodes) {
    const x = node.x + node.radius + 3;
    right = Math.max(right, x + Math.max(labelWidth(node.label), labelWidth(node.caption ?? "") * 0.85) + 12);
    bottom = Math.max(bottom, node.y + node.radius + (node.caption ? 22 : 8));
  }
  return { ...scene, width: Math.ceil(right), height: Math.ceil(bottom) };
}

/** The legend of a scene: each kind of entity it draws, in the schema's order, named in the interface language. */
export function sceneLegend(scene: Scene, i18n: I18n, order: readonly EntityType[]): FigureFrame["legend"] {
  const present = new Set(scene.nodes.map((n) => n.entityType));
  return order.filter((type) => present.has(type)).map((entityType) => ({ entityType, label: i18n.enumLabel("entityTypes", entityType) }));
}

/** Words of `text` in lines of at most `width` pixels (estimated at `charWidth` a character). */
function wrap(text: string, width: number, charWidth = CHAR_WIDTH): string[] {
  const perLine = Math.max(10, Math.floor(width / charWidth));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The legend laid out left to right, wrapping to a new row when the next item would pass the width. */
function legendItems(legend: FigureFrame["legend"], width: number): { x: number; row: number; item: FigureFrame["legend"][number] }[] {
  const out: { x: number; row: number; item: FigureFrame["legend"][number] }[] = [];
  let x = 12;
  let row = 0;
  for (const item of legend) {
    const advance = 22 + item.label.length * CHAR_WIDTH + 16;
    if (x > 12 && x + advance > width - 12) {
      row += 1;
      x = 12;
    }
    out.push({ x, row, item });
    x += advance;
  }
  return out;
}

/** `inner` (an SVG document `width`×`height`) with the frame's title and date above, legend and source line below. */
export function framedFigure(inner: string, width: number, height: number, frame: FigureFrame): FramedFigure {
  const items = legendItems(frame.legend, width);
  const legendRows = items.length === 0 ? 0 : items[items.length - 1]!.row + 1;
  const sourceLines = wrap(frame.sourceLine, width - 24);
  const titleLines = wrap(frame.title, width - 24, 9.5);
  const header = 8 + titleLines.length * TITLE_LINE + DATE_LINE;
  const legendTop = header + height + 8;
  const sourceTop = legendTop + legendRows * LEGEND_ROW + 6;
  const total = Math.ceil(sourceTop + sourceLines.length * SOURCE_LINE + 8);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${xmlEscape(FONT)}">`,
    `<title>${xmlEscape(`${frame.title} — ${frame.date}`)}</title>`,
    `<rect width="100%" height="100%" fill="#FFFFFF"/>`,
    `<g class="figure-header">${titleLines.map((line, i) => `<text x="12" y="${22 + i * TITLE_LINE}" font-size="16" font-weight="700" fill="#111827">${xmlEscape(line)}</text>`).join("")}`,
    `<text x="12" y="${22 + titleLines.length * TITLE_LINE}" font-size="12" fill="#4B5563">${xmlEscape(frame.date)}</text></g>`,
    `<line x1="0" y1="${header - 1}" x2="${width}" y2="${header - 1}" stroke="#E5E7EB"/>`,
    `<g class="figure-graph" transform="translate(0 ${header})">${inner}</g>`,
    `<line x1="0" y1="${header + height}" x2="${width}" y2="${header + height}" stroke="#E5E7EB"/>`,
    `<g class="figure-legend" font-size="11" fill="#1F2937">`,
  ];
  for (const { x, row, item } of items) {
    const y = legendTop + row * LEGEND_ROW;
    out.push(`<g><circle cx="${x + 7}" cy="${y + 7}" r="7" fill="${ENTITY_COLOURS[item.entityType]}"/>` +
      `<path transform="translate(${x + 2} ${y + 2}) scale(0.417)" fill="#FFFFFF" fill-rule="evenodd" d="${ENTITY_ICON_PATHS[item.entityType]}"/>` +
      `<text x="${x + 19}" y="${y + 11}">${xmlEscape(item.label)}</text></g>`);
  }
  out.push(`</g>`, `<g class="figure-sources" font-size="11" fill="#4B5563">`);
  sourceLines.forEach((line, i) => out.push(`<text x="12" y="${sourceTop + 11 + i * SOURCE_LINE}">${xmlEscape(line)}</text>`));
  out.push(`</g>`, `</svg>`);
  return { svg: out.join("\n"), width, height: total };
}

/** "Sources: Luxembourg Times, Paperjam · <where>": the publishers (or titles) of the articles cited, each once. */
export function figureSourceLine(citations: readonly Citation[], i18n: I18n, where: string): string {
  const names = [...new Set(citations.map((c) => i18n.publisher(c.source) ?? c.source.title))];
  const sources = names.length > 0 ? i18n.t("figure.sources", { sources: names.join(", ") }) : i18n.t("figure.noSources");
  return `${sources} · ${where}`;
}
