// Where to write the labels of round marks so none is cut by the edges of the picture or drawn over another label
// or mark: each label, in priority order, takes the first of four places around its mark (right, left, above,
// below) that fits inside the picture and overlaps nothing placed before; a label with no such place is left out
// (its mark keeps its tooltip and the list beside the picture). Greedy, O(n²) in the labels placed: the map draws
// one mark per place, a few dozen at most.

export interface LabelCandidate {
  id: string;
  /** Centre and radius of the mark, in the picture's pixels. */
  x: number;
  y: number;
  radius: number;
  /** Size of the label's text box. */
  width: number;
  height: number;
}

export interface PlacedLabel {
  id: string;
  /** Where the text is anchored (`anchor`), its vertical middle at `y`. */
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  box: Box;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space between a mark and its label. */
const GAP = 4;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function positions(c: LabelCandidate): PlacedLabel[] {
  const halfW = c.width / 2;
  const halfH = c.height / 2;
  const box = (left: number, top: number): Box => ({ left, top, right: left + c.width, bottom: top + c.height });
  return [
    { id: c.id, x: c.x + c.radius + GAP, y: c.y, anchor: "start", box: box(c.x + c.radius + GAP, c.y - halfH) },
    { id: c.id, x: c.x - c.radius - GAP, y: c.y, anchor: "end", box: box(c.x - c.radius - GAP - c.width, c.y - halfH) },
    { id: c.id, x: c.x, y: c.y - c.radius - GAP - halfH, anchor: "middle", box: box(c.x - halfW, c.y - c.radius - GAP - c.height) },
    { id: c.id, x: c.x, y: c.y + c.radius + GAP + halfH, anchor: "middle", box: box(c.x - halfW, c.y + c.radius + GAP) },
  ];
}

/** Places the labels of `candidates` (most important first) inside a picture of `width` × `height`. */
export function placeLabels(candidates: readonly LabelCandidate[], width: number, height: number): PlacedLabel[] {
  const marks: Box[] = candidates.map((c) => ({ left: c.x - c.radius, top: c.y - c.radius, right: c.x + c.radius, bottom: c.y + c.radius }));
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  for (const candidate of candidates) {
    const fit = positions(candidate).find(({ box }) =>
      box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height
      && !taken.some((other) => overlaps(box, other))
      && !marks.some((mark) => overlaps(box, mark)));
    if (!fit) continue;
    taken.push(fit.box);
    placed.push(fit);
  }
  return placed;
}

/**
 * Where one label goes when only the picture's edges matter (the live graph, whose renderer decides which labels
 * are drawn and keeps them apart): the first of the four places that fits inside, else the one least cut.
 */
export function placeWithin(candidate: LabelCandidate, width: number, height: number): PlacedLabel {
  const outside = ({ box }: PlacedLabel) =>
    Math.max(0, -box.left) + Math.max(0, box.right - width) + Math.max(0, -box.top) + Math.max(0, box.bottom - height);
  let best: PlacedLabel | null = null;
  for (const place of positions(candidate)) {
    if (outside(place) === 0) return place;
    if (best === null || outside(place) < outside(best)) best = place;
  }
  return best!;
}
