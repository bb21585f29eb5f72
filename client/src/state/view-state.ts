// The view a shared link reproduces: which entity is selected, which nodes were expanded or hidden, the filters,
// the time window, the language, the tab and the path being traced.

import type { ViewFilter, TimeWindow } from "../graph/filters";
import { EMPTY_FILTER, OPEN_WINDOW } from "../graph/filters";
import type { ReferenceType } from "../api/types";
import type { GroupOpening } from "../graph/neighbour-groups";
import type { ChangeWindow } from "../graph/changes";
import { OPEN_EVIDENCE, type EvidenceFilter } from "../graph/evidence-filter";
import { DEFAULT_SIZE_MEASURE, type SizeMeasure } from "../graph/size-measure";

/** The path being traced: its two ends, the step limit and the reference types it may pass through. */
export interface TracedPath {
  from: string;
  to: string;
  maxLength: number;
  through: ReferenceType[];
}

/** The step limit of a traced path when a link names none (links shared before the limit was kept). */
export const DEFAULT_PATH_LENGTH = 4;

export type Language = "en" | "fr" | "ja";
export const LANGUAGES: readonly Language[] = ["en", "fr", "ja"];

export type ViewMode = "graph" | "partners" | "map" | "timeline" | "list";
export const VIEW_MODES: readonly ViewMode[] = ["graph", "partners", "map", "timeline", "list"];

export interface ViewState {
  /** The selected entity (its details are in the side panel). */
  focus: string | null;
  /** Expanded nodes, in the order they were expanded (restoring replays them in this order). */
  expanded: string[];
  hidden: string[];
  filter: ViewFilter;
  /** The evidence filters (graph/evidence-filter.ts): ties by independent sources, stated ties only. */
  evidence: EvidenceFilter;
  window: TimeWindow;
  language: Language;
  view: ViewMode;
  path: TracedPath | null;
  /** Groups of a hub's neighbours opened in part (graph/neighbour-groups.ts), replayed after the expansions. */
  groups: GroupOpening[];
  /** Entities whose partners the partners view asked for (ui/partners-view.ts), in order. */
  partners: string[];
  /** The "what changed" window whose new ties are highlighted (graph/changes.ts); null: none. */
  changes: ChangeWindow | null;
  /** What node size shows (graph/centrality.ts), the legend's choice. */
  size: SizeMeasure;
  /** Nodes coloured by community (graph/communities.ts) rather than by kind. */
  communities: boolean;
  /** The day the list shows the view as of (graph/as-of.ts), ISO; null: no day, everything in view. */
  asOf: string | null;
}

export function defaultViewState(language: Language = "en"): ViewState {
  return {
    focus: null,
    expanded: [],
    hidden: [],
    filter: { ...EMPTY_FILTER },
    evidence: { ...OPEN_EVIDENCE },
    window: { ...OPEN_WINDOW },
    language,
    view: "graph",
    path: null,
    groups: [],
    partners: [],
    changes: null,
    size: DEFAULT_SIZE_MEASURE,
    communities: false,
    asOf: null,
  };
}
