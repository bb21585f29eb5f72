// The map view's renderer: an SVG world map (Natural Earth 1:110m countries from npm `world-atlas`, shipped in this
// chunk, so the map needs no network and no tile server) projected with d3-geo's Natural Earth projection, the
// markers of a MapScene on it, the ties between them as great-circle arcs, and labels placed so that none is cut
// or overlaps another (label-placement.ts). Loaded as its own chunk by the map panel, like the graph's renderer.

import { geoNaturalEarth1, geoPath, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import countriesTopology from "world-atlas/countries-110m.json";
import type { MapMarker, MapScene, MapTie } from "../graph/map-scene";
import { placeLabels, type LabelCandidate } from "./label-placement";
import { EDGE_COLOUR, ENTITY_COLOURS, PATH_COLOUR } from "./style";

const SVG_NS = "http://www.w3.org/2000/svg";
/** Room kept around the markers when the map fits them. */
const FIT_PADDING = 48;
/** Degrees added around every marker before fitting, so one marker (or a few close ones) still shows its region. */
const FIT_MARGIN_DEGREES = 3;
const LABEL_FONT_PX = 12;
const ZOOM_STEP = 1.5;
const PAN_STEP = 0.25;

export interface MapContent {
  scene: MapScene;
  selected: string | null;
  /** A marker's label (its place's name in the interface language). */
  markerLabel(marker: MapMarker): string;
  /** The tooltip of a marker (the entities drawn there) and of a tie. */
  markerTitle(marker: MapMarker): string;
  tieTitle(tie: MapTie): string;
}

export interface MapCallbacks {
  /** The user clicked a marker: the entity to select (the place itself when drawn, else its first entity). */
  onSelect(id: string): void;
}

const countries = feature(
  countriesTopology as unknown as Topology<{ countries: GeometryCollection }>,
  (countriesTopology as unknown as Topology<{ countries: GeometryCollection }>).objects.countries,
);

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

/** A marker's radius grows with the square root of what it holds, so its area tells the count. */
export function markerRadius(count: number): number {
  return 5 + 2.5 * Math.sqrt(Math.max(0, count - 1));
}

export class MapView {
  readonly element: SVGSVGElement;
  private readonly projection: GeoProjection = geoNaturalEarth1();
  private content: MapContent | null = null;
  /** The places the map was last fitted to: a new set of places fits the map again, a new selection does not. */
  private fittedTo = "";
  private drag: { x: number; y: number; moved: boolean } | null = null;
  /** The click that ends a drag is not a choice of marker. */
  private dragged = false;
  private readonly measure: CanvasRenderingContext2D | null;

  constructor(private readonly container: HTMLElement, private readonly callbacks: MapCallbacks) {
    this.element = svg("svg", { class: "map-svg", role: "img" });
    this.container.append(this.element);
    this.measure = document.createElement("canvas").getContext?.("2d") ?? null;
    if (this.measure) this.measure.font = `${LABEL_FONT_PX}px system-ui, sans-serif`;
    this.element.addEventListener("wheel", (e) => this.onWheel(e), { passive: false });
    this.element.addEventListener("pointerdown", (e) => {
      this.drag = { x: e.clientX, y: e.clientY, moved: false };
    });
    this.element.addEventListener("pointermove", (e) => this.onDrag(e));
    const endDrag = () => {
      this.dragged = this.drag?.moved ?? false;
      this.drag = null;
    };
    this.element.addEventListener("pointerup", endDrag);
    this.element.addEventListener("pointerleave", endDrag);
  }

  setLabel(label: string): void {
    this.element.setAttribute("aria-label", label);
  }

  render(content: MapContent): void {
    this.content = content;
    const places = content.scene.markers.map((m) => m.place).join("\n");
    if (places !== this.fittedTo) {
      this.fittedTo = places;
      this.fitProjection();
    }
    this.draw();
  }

  fit(): void {
    this.fitProjection();
    this.draw();
  }

  zoomIn(): void {
    this.zoom(ZOOM_STEP);
  }

  zoomOut(): void {
    this.zoom(1 / ZOOM_STEP);
  }

  /** Moves the view by a quarter of its size (dx, dy in −1…1). */
  pan(dx: number, dy: number): void {
    const { width, height } = this.size();
    const [tx, ty] = this.projection.translate();
    this.projection.translate([tx - dx * width * PAN_STEP, ty - dy * height * PAN_STEP]);
    this.draw();
  }

  resize(): void {
    this.fitProjection();
    this.draw();
  }

  destroy(): void {
    this.element.remove();
  }

  private size(): { width: number; height: number } {
    // jsdom and a hidden panel measure 0: draw at a default size, redrawn by resize() once shown.
    return { width: this.container.clientWidth || 800, height: this.container.clientHeight || 480 };
  }

  private fitProjection(): void {
    const { width, height } = this.size();
    const markers = this.content?.scene.markers ?? [];
    const extent: [[number, number], [number, number]] = [[FIT_PADDING, FIT_PADDING], [width - FIT_PADDING, height - FIT_PADDING]];
    if (markers.length === 0) {
      this.projection.fitExtent(extent, { type: "Sphere" });
      return;
    }
    const m = FIT_MARGIN_DEGREES;
    const coordinates = markers.flatMap((k) => [[k.longitude - m, k.latitude - m], [k.longitude + m, k.latitude + m]]);
    this.projection.fitExtent(extent, { type: "MultiPoint", coordinates });
  }

  private zoom(factor: number, at?: [number, number]): void {
    const { width, height } = this.size();
    const [cx, cy] = at ?? [width / 2, height / 2];
    const [tx, ty] = this.projection.translate();
    this.projection.scale(this.projection.scale() * factor).translate([cx + (tx - cx) * factor, cy + (ty - cy) * factor]);
    this.draw();
  }

  private onWheel(event: WheelEvent): void {
    event.preventDefault();
    const rect = this.element.getBoundingClientRect();
    this.zoom(event.deltaY < 0 ? 1.2 : 1 / 1.2, [event.clientX - rect.left, event.clientY - rect.top]);
  }

  private onDrag(event: PointerEvent): void {
    if (!this.drag || event.buttons === 0) return;
    const dx = event.clientX - this.drag.x;
    const dy = event.clientY - this.drag.y;
    if (!this.drag.moved && Math.hypot(dx, dy) < 4) return;
    this.drag = { x: event.clientX, y: event.clientY, moved: true };
    const [tx, ty] = this.projection.translate();
    this.projection.translate([tx + dx, ty + dy]);
    this.draw();
  }

  private textWidth(text: string): number {
    return this.measure ? this.measure.measureText(text).width : text.length * LABEL_FONT_PX * 0.6;
  }

  private draw(): void {
    const content = this.content;
    if (!content) return;
    const { width, height } = this.size();
    const path = geoPath(this.projection);
    this.element.setAttribute("viewBox", `0 0 ${width} ${height}`);
    this.element.setAttribute("width", String(width));
    this.element.setAttribute("height", String(height));

    const base = svg("g", { class: "map-base" });
    base.append(svg("path", { class: "map-sphere", d: path({ type: "Sphere" }) ?? "" }));
    for (const country of countries.features) {
      base.append(svg("path", { class: "map-country", d: path(country as GeoPermissibleObjects) ?? "" }));
    }

    const markers = content.scene.markers;
    const byPlace = new Map(markers.map((m) => [m.place, m]));
    const selectedMarker = content.selected === null ? null : markers.find((m) => m.entities.includes(content.selected!))?.place ?? null;

    const ties = svg("g", { class: "map-ties" });
    for (const tie of content.scene.ties) {
      const from = byPlace.get(tie.from)!;
      const to = byPlace.get(tie.to)!;
      const lit = selectedMarker !== null && (tie.from === selectedMarker || tie.to === selectedMarker);
      const line = svg("path", {
        class: "map-tie", "data-from": tie.from, "data-to": tie.to,
        d: path({ type: "LineString", coordinates: [[from.longitude, from.latitude], [to.longitude, to.latitude]] }) ?? "",
        stroke: lit ? PATH_COLOUR : EDGE_COLOUR, "stroke-width": 1.5 + Math.log2(tie.edges.length), fill: "none",
      });
      const title = svg("title", {});
      title.textContent = content.tieTitle(tie);
      line.append(title);
      ties.append(line);
    }

    const dots = svg("g", { class: "map-markers" });
    const candidates: LabelCandidate[] = [];
    for (const marker of markers) {
      const at = this.projection([marker.longitude, marker.latitude]);
      if (!at) continue;
      const [x, y] = at;
      const radius = markerRadius(marker.entities.length);
      const selected = marker.place === selectedMarker;
      const group = svg("g", { class: selected ? "map-marker is-selected" : "map-marker", "data-place": marker.place });
      group.append(svg("circle", {
        cx: x, cy: y, r: radius, fill: ENTITY_COLOURS.PLACE, "fill-opacity": 0.85,
        stroke: selected ? PATH_COLOUR : "#ffffff", "stroke-width": selected ? 3 : 1.5,
      }));
      const title = svg("title", {});
      title.textContent = content.markerTitle(marker);
      group.append(title);
      group.addEventListener("click", () => {
        if (this.dragged) return;
        this.callbacks.onSelect(marker.placeNode ?? marker.entities[0]!);
      });
      dots.append(group);
      const text = content.markerLabel(marker);
      if (x >= 0 && y >= 0 && x <= width && y <= height) {
        candidates.push({ id: marker.place, x, y, radius, width: this.textWidth(text), height: LABEL_FONT_PX + 2 });
      }
    }

    // The selected marker's label first, then the markers holding most: those are the labels worth keeping.
    candidates.sort((a, b) => Number(b.id === selectedMarker) - Number(a.id === selectedMarker));
    const labels = svg("g", { class: "map-labels", "aria-hidden": "true" });
    for (const label of placeLabels(candidates, width, height)) {
      const text = svg("text", {
        class: "map-label", x: label.x, y: label.y, "text-anchor": label.anchor, "dominant-baseline": "middle",
        "font-size": LABEL_FONT_PX, "data-place": label.id,
      });
      text.textContent = content.markerLabel(byPlace.get(label.id)!);
      labels.append(text);
    }

    this.element.replaceChildren(base, ties, dots, labels);
  }
}
