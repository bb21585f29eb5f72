// The columns of a CSV export a person reads, in the interface language of the export: names, kinds, relationships
// and roles as the explorer shows them. They come after the stored values (entity_type, kind, relationship, role),
// which stay as the API gives them for programs that read the file.

import type { EdgeAttributes, NodeAttributes } from "../graph/attributes";
import type { I18n } from "../i18n/i18n";

export interface ShownText {
  /** Column-name suffix: `shown_name_ja`. */
  readonly language: string;
  name(attrs: NodeAttributes): string;
  entityType(attrs: NodeAttributes): string;
  kind(attrs: NodeAttributes): string;
  relation(attrs: EdgeAttributes): string;
  role(attrs: EdgeAttributes): string;
}

export function shownTextOf(i18n: I18n): ShownText {
  return {
    language: i18n.language,
    name: (a) => i18n.name(a),
    entityType: (a) => i18n.enumLabel("entityType", a.entityType),
    kind: (a) => i18n.kindLabel(a.entityType, a.kind),
    relation: (a) => i18n.relationLabel(a.relation),
    role: (a) => (a.role ? i18n.roleLabel(a.role) : ""),
  };
}

export function shownNodeColumns(shown: ShownText): string[] {
  return ["name", "entity_type", "kind"].map((c) => `shown_${c}_${shown.language}`);
}

export function shownEdgeColumns(shown: ShownText): string[] {
  return ["source_name", "relationship", "role", "target_name"].map((c) => `shown_${c}_${shown.language}`);
}

export function shownNodeCells(shown: ShownText, a: NodeAttributes): string[] {
  return [shown.name(a), shown.entityType(a), shown.kind(a)];
}

export function shownEdgeCells(shown: ShownText, a: EdgeAttributes, source: NodeAttributes, target: NodeAttributes): string[] {
  return [shown.name(source), shown.relation(a), shown.role(a), shown.name(target)];
}
