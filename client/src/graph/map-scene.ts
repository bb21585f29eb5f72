// What the map view draws, as a pure function of the graph shown: one marker per place that has coordinates (the
// entities drawn there: the place itself, organisations located in it, events held in it, agreements signed there)
// and one tie per pair of markers that a drawn relationship joins. Positions are those the API gives
// (`GraphNode.location`): a place's reference coordinates, never finer than the place the graph records.

import type { LocalizedNames, MapPoint } from "../api/types";
import type { EdgeAttributes, NodeAttributes } from "./attributes";

/** Relationships that say where something is rather than who works with whom: the markers already show them. */
const LOCATING_RELATIONS: ReadonlySet<string> = new Set(["LOCATED_IN", "PART_OF"]);

export interface MapMarker {
  /** The place whose coordinates these are (`MapPoint.place`). */
  place: string;
  latitude: number;
  longitude: number;
  /** The place's name as the sources write it, and in each interface language (for `I18n.name`). */
  label: string;
  names: LocalizedNames;
  /** The entities drawn here: the place's own node first when it is drawn, then by label. */
  entities: string[];
  /** The place's own node when it is drawn, else null (an organisation's city that is not in the graph). */
  placeNode: string | null;
}

export interface MapTie {
  /** The two markers' places, in code-point order. */
  from: string;
  to: string;
  /** The drawn relationships between entities of the two markers. */
  edges: string[];
}

export interface MapScene {
  /** Most entities first, then by place id. */
  markers: MapMarker[];
  ties: MapTie[];
  /** Entities shown in the graph that have no place on the map. */
  unplaced: string[];
}

export interface MapGraph {
  forEachNode(callback: (id: string, attrs: NodeAttributes) => void): void;
  forEachEdge(callback: (id: string, attrs: EdgeAttributes, source: string, target: string) => void): void;
}

export function mapScene(graph: MapGraph, shown: (id: string, attrs: NodeAttributes) => boolean): MapScene {
  const byPlace = new Map<string, MapMarker>();
  const placeOf = new Map<string, string>();
  const labels = new Map<string, string>();
  const unplaced: string[] = [];
  graph.forEachNode((id, attrs) => {
    if (!shown(id, attrs)) return;
    const location: MapPoint | null | undefined = attrs.location;
    if (!location) {
      unplaced.push(id);
      return;
    }
    labels.set(id, attrs.label);
    placeOf.set(id, location.place);
    let marker = byPlace.get(location.place);
    if (!marker) {
      marker = {
        place: location.place, latitude: location.latitude, longitude: location.longitude,
        label: location.placeName, names: location.placeNames, entities: [], placeNode: null,
      };
      byPlace.set(location.place, marker);
    }
    marker.entities.push(id);
    if (id === location.place) marker.placeNode = id;
  });
  for (const marker of byPlace.values()) {
    marker.entities.sort((a, b) => (a === marker.placeNode ? -1 : b === marker.placeNode ? 1 : labels.get(a)!.localeCompare(labels.get(b)!) || compare(a, b)));
  }

  const ties = new Map<string, MapTie>();
  graph.forEachEdge((id, attrs, source, target) => {
    if (LOCATING_RELATIONS.has(attrs.relation)) return;
    const a = placeOf.get(source);
    const b = placeOf.get(target);
    if (a === undefined || b === undefined || a === b) return;
    const [from, to] = compare(a, b) < 0 ? [a, b] : [b, a];
    const key = `${from}\u0000${to}`;
    const tie = ties.get(key) ?? { from, to, edges: [] };
    tie.edges.push(id);
    ties.set(key, tie);
  });

  const markers = [...byPlace.values()].sort((a, b) => b.entities.length - a.entities.length || compare(a.place, b.place));
  return { markers, ties: [...ties.values()].sort((a, b) => compare(a.from, b.from) || compare(a.to, b.to)), unplaced };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
