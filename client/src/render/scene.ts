// A flat, renderer-independent picture of the current view in screen pixels: what the SVG and PNG exports draw.

import type { EntityType } from "../api/types";

export interface SceneNode {
  id: string;
  x: number;
  y: number;
  radius: number;
  color: string;
  label: string;
  entityType: EntityType;
  /** A second line under the label: the date at its precision, in the interface language (set by the UI). */
  caption?: string;
  /** The language of the label when it is not the interface's: a key figure's French statement (set by the UI). */
  lang?: string;
  /** Inferred rather than stated by its source (set by the UI): drawn with a dashed outline. */
  inferred?: boolean;
}

export interface SceneEdge {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  label: string;
  /** When the relationship holds ("since 1927"), at its dates' precision, in the interface language (set by the UI). */
  caption?: string;
  /** Inferred rather than stated by its source (set by the UI): drawn dashed. */
  inferred?: boolean;
  /** Radius of the target node, so the arrow head stops at its rim. */
  targetRadius: number;
}

export interface Scene {
  width: number;
  height: number;
  nodes: SceneNode[];
  edges: SceneEdge[];
}
