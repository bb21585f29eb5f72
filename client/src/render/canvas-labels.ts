// Node labels on the live graph's canvas that are never cut by its edges: sigma draws a label to the right of its
// node; near the right edge (or a corner) the label goes to the left, above or below instead, the first place that
// fits (render/label-placement.ts). The hover card's white box follows the label. And the framing that `fit` uses:
// a camera under which every label drawn fits inside the view, not only the nodes.

import type { Attributes } from "graphology-types";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import { placeWithin, type Box, type PlacedLabel } from "./label-placement";

/** What the label functions need of the settings (sigma's `Settings` has these fields). */
export interface LabelFont {
  labelSize: number;
  labelFont: string;
  labelWeight: string;
  labelColor: { color?: string; attribute?: string };
}

type LabelData = Parameters<NodeLabelDrawingFunction>[1];

/** Space kept between a label and the view's edge. */
export const LABEL_MARGIN = 4;

function fontOf(settings: LabelFont): string {
  return `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
}

/** Where the label of a node at (x, y) with radius `radius` goes in a `width` × `height` view. */
export function labelPlace(
  x: number,
  y: number,
  radius: number,
  textWidth: number,
  settings: LabelFont,
  width: number,
  height: number,
): PlacedLabel {
  const candidate = { id: "", x, y, radius, width: textWidth, height: settings.labelSize + 2 };
  return placeWithin(candidate, width, height);
}

function drawText(context: CanvasRenderingContext2D, data: LabelData, settings: LabelFont, place: PlacedLabel): void {
  const colour = settings.labelColor.attribute
    ? ((data as Record<string, unknown>)[settings.labelColor.attribute] as string | undefined)
    : undefined;
  context.fillStyle = colour ?? settings.labelColor.color ?? "#000";
  context.textAlign = place.anchor === "start" ? "left" : place.anchor === "end" ? "right" : "center";
  context.fillText(data.label!, place.x, place.y + settings.labelSize / 3);
  context.textAlign = "left";
}

/** Sigma's label function, keeping the label inside the view that `size()` gives (CSS pixels). */
export function drawLabelWithin<N extends Attributes, E extends Attributes>(
  size: () => { width: number; height: number },
): NodeLabelDrawingFunction<N, E> {
  return (context, data, settings) => {
    if (!data.label) return;
    context.font = fontOf(settings);
    const { width, height } = size();
    drawText(
      context,
      data,
      settings,
      labelPlace(data.x, data.y, data.size, context.measureText(data.label).width, settings, width, height),
    );
  };
}

/** Sigma's hover function: a white box with a shadow around the node and its label, wherever the label goes. */
export function drawHoverWithin<N extends Attributes, E extends Attributes>(
  size: () => { width: number; height: number },
): NodeLabelDrawingFunction<N, E> {
  return (context, data, settings) => {
    context.font = fontOf(settings);
    const padding = 2;
    context.fillStyle = "#FFF";
    context.shadowOffsetX = 0;
    context.shadowOffsetY = 0;
    context.shadowBlur = 8;
    context.shadowColor = "#000";
    context.beginPath();
    context.arc(data.x, data.y, data.size + padding, 0, Math.PI * 2);
    context.closePath();
    context.fill();
    let place: PlacedLabel | null = null;
    if (data.label) {
      const { width, height } = size();
      place = labelPlace(data.x, data.y, data.size, context.measureText(data.label).width, settings, width, height);
      const box: Box = place.box;
      context.fillRect(
        box.left - padding,
        box.top - padding,
        box.right - box.left + 2 * padding,
        box.bottom - box.top + 2 * padding,
      );
    }
    context.shadowBlur = 0;
    if (place) drawText(context, data, settings, place);
  };
}

export interface LabelledPoint {
  /** The node's centre and radius in the view's pixels. */
  x: number;
  y: number;
  radius: number;
  textWidth: number;
}

/**
 * How much to zoom out (a factor ≥ 1 on the camera's ratio) and where to move the view's centre (in pixels) so that
 * every node and its label, drawn to the right as sigma prefers, fits in `width` × `height` less `margin`. Labels keep
 * their pixel size when zooming, so zooming out by the factor makes room for them beside the nodes.
 */
export function framingForLabels(
  points: readonly LabelledPoint[],
  labelHeight: number,
  width: number,
  height: number,
  margin = LABEL_MARGIN,
): { zoomOut: number; centre: { x: number; y: number } } {
  if (points.length === 0) return { zoomOut: 1, centre: { x: width / 2, y: height / 2 } };
  // Node centres span [minX, maxX]; what sticks out of them (radius, label) is fixed in pixels.
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  let left = 0,
    right = 0,
    up = 0,
    down = 0;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  for (const p of points) {
    // A label sticks out past the extreme node centres by what it reaches beyond them.
    right = Math.max(right, p.x - maxX + p.radius + 4 + p.textWidth);
    left = Math.max(left, minX - p.x + p.radius);
    up = Math.max(up, minY - p.y + Math.max(p.radius, labelHeight / 2));
    down = Math.max(down, p.y - maxY + Math.max(p.radius, labelHeight / 2));
  }
  const roomX = width - 2 * margin - left - right;
  const roomY = height - 2 * margin - up - down;
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const need = Math.max(roomX > 0 ? spanX / roomX : Infinity, roomY > 0 ? spanY / roomY : Infinity);
  // A view too small for even one label leaves the framing as it is (labels are then placed where they fit).
  const zoomOut = Number.isFinite(need) ? Math.max(1, need) : 1;
  // Centre the whole box (nodes scaled down, fixed margins not) in the view.
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const shiftX = (right - left) / 2;
  const shiftY = (down - up) / 2;
  return { zoomOut, centre: { x: cx + shiftX * zoomOut, y: cy + shiftY * zoomOut } };
}
