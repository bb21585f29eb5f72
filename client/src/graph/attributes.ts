// Attributes of the nodes and edges of the explorer's graph (graphology), as drawn by the renderer.

import type { AgreementDormancy, AgreementTerm, Citation, EntityType, GraphEdge, GraphNode, LifecycleState, LocalizedNames, MapPoint, PartialDate } from "../api/types";

export interface NodeAttributes {
  /** The entity's name in its original form; views show `I18n.name()`, which prefers `names` in their language. */
  label: string;
  names?: LocalizedNames | null;
  entityType: EntityType;
  /** Subkind, e.g. UNIVERSITY or MOU. */
  kind: string | null;
  /** Signing date of agreements, start date of events, at the precision the source gives. */
  start: PartialDate | null;
  end: PartialDate | null;
  /** Stated by its source, or inferred (and why). */
  inferred: boolean;
  inferenceNote: string | null;
  /** Number of distinct articles that state the entity. */
  sourceCount: number;
  sectors: string[];
  countries: string[];
  /** Relationships in the whole database, drawn or not: tells whether expanding can add anything. */
  degree: number;
  /** An agreement's states as its sources state them, in the order they happened; absent until asked (file exports ask). */
  lifecycle?: LifecycleState[];
  /** Where the map view draws it (a place's reference coordinates); null when no place of it has any. */
  location?: MapPoint | null;
  /** An agreement's marks, derived by the server: dormant, expiring / expired / renewal due, its last stated state. */
  dormancy?: AgreementDormancy | null;
  term?: AgreementTerm | null;
  latestState?: LifecycleState | null;
  x: number;
  y: number;
  /** Read by the layout: a fixed node does not move. Pinned nodes stay fixed. */
  fixed: boolean;
  pinned: boolean;
  /** Hidden by the user (not by a filter). */
  hiddenByUser: boolean;
  /** The user expanded this node (its neighbourhood was merged). */
  expanded: boolean;
}

export interface EdgeAttributes {
  /** Relationship type, e.g. PARTY_TO. (Not `type`: sigma reads that as the edge program.) */
  relation: string;
  label: string;
  role: string | null;
  /** Since / until / as of when the relationship holds, at the precision its source gives. */
  since: PartialDate | null;
  until: PartialDate | null;
  asOf: PartialDate | null;
  citations: Citation[];
  inferred: boolean;
  inferenceNote: string | null;
  /** Independent sources stating the tie (distinct publishers); absent on the partners view's ties, which are not weighed. */
  independentSourceCount?: number;
  /** The partners view's ties only (graph/partners-graph.ts): the agreements and events the edge stands for. */
  weight?: number;
}

export function nodeDataOf(node: GraphNode): Omit<NodeAttributes, "x" | "y" | "fixed" | "pinned" | "hiddenByUser" | "expanded"> {
  return {
    label: node.label,
    names: node.names ?? null,
    entityType: node.entityType,
    kind: node.kind,
    start: node.start,
    end: node.end,
    inferred: node.inferred,
    inferenceNote: node.inferenceNote,
    sourceCount: node.sourceCount,
    sectors: node.sectors,
    countries: node.countries,
    degree: node.degree,
    ...(node.lifecycle ? { lifecycle: node.lifecycle } : {}),
    location: node.location ?? null,
    ...(node.entityType === "AGREEMENT" ? { dormancy: node.dormancy ?? null, term: node.term ?? null, latestState: node.latestState ?? null } : {}),
  };
}

export function edgeDataOf(edge: GraphEdge): EdgeAttributes {
  return {
    relation: edge.type, label: edge.label, role: edge.role, since: edge.since ?? null, until: edge.until ?? null, asOf: edge.asOf ?? null,
    citations: edge.citations, inferred: edge.inferred, inferenceNote: edge.inferenceNote,
    independentSourceCount: edge.independentSourceCount,
  };
}
