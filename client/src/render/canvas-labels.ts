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

/** Space between a node and its label, as sigma's placement (render/label-placement.ts) leaves it. */
const LABEL_GAP = 4;

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

/** One node along one axis: its centre, and how far it and its label reach before and after the centre (pixels). */
interface Reach {
  at: number;
  before: number;
  after: number;
}

/**
 * The shifts D of the view (in pixels at the zoom `scale`) under which every item of `reach` lies within
 * `[margin, length - margin]`, where an item's centre lands at `length / 2 + at × scale − D`: an interval, empty when
 * the items cannot fit at that scale. What sticks out (radius, label) keeps its pixel size at any scale.
 */
function shifts(reach: readonly Reach[], scale: number, length: number, margin: number): { low: number; high: number } {
  let low = -Infinity,
    high = Infinity;
  for (const r of reach) {
    low = Math.max(low, r.at * scale - (length / 2 - margin - r.after));
    high = Math.min(high, r.at * scale - (margin - length / 2 + r.before));
  }
  return { low, high };
}

const fits = (range: { low: number; high: number }) => range.low <= range.high + 1e-9;

/**
 * The largest scale in (0, 1] at which `reach` fits in `length`, or null when it fits at none. Shrinking brings the
 * centres together while labels keep their size, so which node's label decides depends on the scale: the room left
 * is a concave function of it (a minimum of linear ones), so the scales that fit form one interval from 0, found by
 * bisection.
 */
function largestScale(reach: readonly Reach[], length: number, margin: number): number | null {
  if (fits(shifts(reach, 1, length, margin))) return 1;
  if (!fits(shifts(reach, 0, length, margin))) return null;
  let fitting = 0,
    failing = 1;
  for (let step = 0; step < 50; step++) {
    const middle = (fitting + failing) / 2;
    if (fits(shifts(reach, middle, length, margin))) fitting = middle;
    else failing = middle;
  }
  return fitting > 0 ? fitting : null;
}

/**
 * How much to zoom out (a factor ≥ 1 on the camera's ratio, at most `1 / minScale`, the camera's limit) and where to
 * move the view's centre (in pixels) so that every node and its label, drawn to the right as sigma prefers, fits in
 * `width` × `height` less `margin`. Labels keep their pixel size when zooming: zooming out brings the nodes together
 * but not their labels, so a label left of the rightmost node may be the one that reaches furthest once zoomed out.
 * Labels too long to fit even at the camera's widest zoom (a key figure's whole sentence) are left out of the
 * framing, longest first and as few as possible; they are then placed where they fit (`labelPlace`).
 */
export function framingForLabels(
  points: readonly LabelledPoint[],
  labelHeight: number,
  width: number,
  height: number,
  margin = LABEL_MARGIN,
  minScale = 0,
): { zoomOut: number; centre: { x: number; y: number } } {
  if (points.length === 0) return { zoomOut: 1, centre: { x: width / 2, y: height / 2 } };
  const longestFirst = points
    .map((_, index) => index)
    .filter((index) => points[index]!.textWidth > 0)
    .sort((a, b) => points[b]!.textWidth - points[a]!.textWidth);
  /** Each node's horizontal reach when the `dropped` longest labels are left out. */
  const horizontalWithout = (dropped: number): Reach[] => {
    const left = new Set(longestFirst.slice(0, dropped));
    return points.map((p, index) => ({
      at: p.x,
      before: p.radius,
      after: p.radius + (p.textWidth > 0 && !left.has(index) ? LABEL_GAP + p.textWidth : 0),
    }));
  };
  const reachable = (scale: number | null): scale is number => scale !== null && scale >= minScale;
  // Leaving a label out never makes the rest harder to fit: the fewest to leave out are found by bisection.
  let fewest = 0;
  if (!reachable(largestScale(horizontalWithout(0), width, margin))) {
    let failing = 0;
    fewest = longestFirst.length;
    while (fewest - failing > 1) {
      const middle = Math.floor((failing + fewest) / 2);
      if (reachable(largestScale(horizontalWithout(middle), width, margin))) fewest = middle;
      else failing = middle;
    }
  }
  const horizontal = horizontalWithout(fewest);
  const vertical: Reach[] = points.map((p) => {
    const half = Math.max(p.radius, p.textWidth > 0 ? labelHeight / 2 : 0);
    return { at: p.y, before: half, after: half };
  });
  const scale = Math.max(
    minScale,
    Math.min(largestScale(horizontal, width, margin) ?? 1, largestScale(vertical, height, margin) ?? 1),
  );
  // Centre the whole picture in the room left: the middle of the shifts that fit.
  const x = shifts(horizontal, scale, width, margin);
  const y = shifts(vertical, scale, height, margin);
  return { zoomOut: 1 / scale, centre: { x: (x.low + x.high) / 2 / scale, y: (y.low + y.high) / 2 / scale } };
}
