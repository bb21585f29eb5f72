// Keyboard navigation in the graph: an arrow key moves to the nearest node in that direction on screen.

export type Direction = "left" | "right" | "up" | "down";

export interface Point {
  id: string;
  x: number;
  y: number;
}

const VECTORS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The node to move to from `from` in `direction` (screen coordinates, y down): among nodes within 60° of the
 * direction, the one with the smallest distance, where sideways distance counts double. Null when none.
 */
export function nearestInDirection(from: Point, candidates: readonly Point[], direction: Direction): string | null {
  const [dx, dy] = VECTORS[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const vx = c.x - from.x;
    const vy = c.y - from.y;
    const along = vx * dx + vy * dy;
    if (along <= 0) continue;
    const across = Math.abs(vx * dy - vy * dx);
    if (across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = c.id;
    }
  }
  return best;
}

/** The node closest to a point (the first focus when none is selected). */
export function nearestTo(x: number, y: number, candidates: readonly Point[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = Math.hypot(c.x - x, c.y - y);
    if (d < bestDistance) {
      bestDistance = d;
      best = c.id;
    }
  }
  return best;
}

export function directionOfKey(key: string): Direction | null {
  switch (key) {
    case "ArrowLeft": return "left";
    case "ArrowRight": return "right";
    case "ArrowUp": return "up";
    case "ArrowDown": return "down";
    default: return null;
  }
}
