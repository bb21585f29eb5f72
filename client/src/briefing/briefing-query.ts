// The GraphQL document that returns the data of a briefing pack: the neighbourhoods the view expanded (and the path
// it traced), then the details of every agreement, event and key figure the pack lists, one operation each. It is assembled from the
// explorer's own documents (src/api/queries.ts) with their variables written as literals, so a reader can paste it
// into the GraphQL IDE and get exactly what the pack was made from.

import { Kind, OperationTypeNode, parse, print, type ConstValueNode, type DefinitionNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { filterOrNull } from "../api/explorer-api";
import { CONNECTIONS_QUERY, ENTITY_QUERY, NEIGHBOURHOOD_QUERY } from "../api/queries";
import type { GraphFilter } from "../api/types";

/** What a pack asks the server for, in the order it asks. */
export interface BriefingRequests {
  neighbourhoods: { id: string; depth: number; limit: number }[];
  connections: { from: string; to: string; maxLength: number; first: number; filter?: GraphFilter } | null;
  entities: string[];
}

/** GraphFilter fields whose values are enum values, written without quotes. */
const ENUM_FIELDS = new Set(["entityTypes", "agreementKinds", "dateMatch"]);

function literal(value: unknown, isEnum = false): ConstValueNode {
  if (value === null || value === undefined) return { kind: Kind.NULL };
  if (Array.isArray(value)) return { kind: Kind.LIST, values: value.map((item) => literal(item, isEnum)) };
  if (typeof value === "number") return Number.isInteger(value) ? { kind: Kind.INT, value: String(value) } : { kind: Kind.FLOAT, value: String(value) };
  if (typeof value === "boolean") return { kind: Kind.BOOLEAN, value };
  if (typeof value === "object") {
    return {
      kind: Kind.OBJECT,
      fields: Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).map(([name, v]) => ({
        kind: Kind.OBJECT_FIELD, name: { kind: Kind.NAME, value: name }, value: literal(v, ENUM_FIELDS.has(name)),
      })),
    };
  }
  return isEnum ? { kind: Kind.ENUM, value: String(value) } : { kind: Kind.STRING, value: String(value) };
}

interface Template {
  field: FieldNode;
  /** The field's own selection as a fragment, so a field asked several times is spelled out once. */
  fragments: FragmentDefinitionNode[];
}

/** The one field `document` selects, its selection moved into the fragment `fragmentName` on `type` (the field's type). */
function template(document: string, fragmentName: string, type: string): Template {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const field = operation?.selectionSet.selections[0];
  if (!operation || field?.kind !== Kind.FIELD || !field.selectionSet) throw new Error("A briefing template must be one operation selecting one object field");
  const own: FragmentDefinitionNode = {
    kind: Kind.FRAGMENT_DEFINITION,
    name: { kind: Kind.NAME, value: fragmentName },
    typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: type } },
    directives: [],
    selectionSet: field.selectionSet,
  };
  const spread: FieldNode = {
    ...field,
    selectionSet: { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FRAGMENT_SPREAD, name: { kind: Kind.NAME, value: fragmentName }, directives: [] }] },
  };
  return { field: spread, fragments: [own, ...parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)] };
}

const TEMPLATES = {
  neighbourhood: template(NEIGHBOURHOOD_QUERY, "NeighbourhoodFields", "Subgraph"),
  connections: template(CONNECTIONS_QUERY, "ConnectionsFields", "Connections"),
  entity: template(ENTITY_QUERY, "EntityFields", "Entity"),
};

/** The template's field under `alias`, its arguments given as literals (an undefined or null one is left out). */
function call(t: Template, alias: string, args: Record<string, unknown>): FieldNode {
  return {
    ...t.field,
    alias: { kind: Kind.NAME, value: alias },
    arguments: Object.entries(args).filter(([, v]) => v !== undefined && v !== null).map(([name, v]) => ({
      kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: name }, value: literal(v),
    })),
  };
}

function operation(name: string, field: FieldNode): OperationDefinitionNode {
  return {
    kind: Kind.OPERATION_DEFINITION,
    operation: OperationTypeNode.QUERY,
    name: { kind: Kind.NAME, value: name },
    variableDefinitions: [],
    directives: [],
    selectionSet: { kind: Kind.SELECTION_SET, selections: [field] },
  };
}

/**
 * The document as text: one named operation per request the pack sent (`query Neighbourhood1 { neighbourhood1:
 * neighbourhood(id: "…") {…} }`, `query Entity1 {…}`, …) and the fragments they share, once. One operation each, as
 * the pack asks them, so each stays within the server's cost limit (`GraphQL:MaxCost`); run them one at a time by
 * `operationName`.
 */
export function briefingDocument(requests: BriefingRequests): string {
  const operations: OperationDefinitionNode[] = [];
  const used: Template[] = [];
  requests.neighbourhoods.forEach((n, i) => {
    operations.push(operation(`Neighbourhood${i + 1}`, call(TEMPLATES.neighbourhood, `neighbourhood${i + 1}`, n)));
    used.push(TEMPLATES.neighbourhood);
  });
  if (requests.connections) {
    const { filter, ...rest } = requests.connections;
    operations.push(operation("Path", call(TEMPLATES.connections, "path", { ...rest, filter: filterOrNull(filter) })));
    used.push(TEMPLATES.connections);
  }
  requests.entities.forEach((id, i) => {
    operations.push(operation(`Entity${i + 1}`, call(TEMPLATES.entity, `entity${i + 1}`, { id })));
    used.push(TEMPLATES.entity);
  });
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const t of used) for (const f of t.fragments) fragments.set(f.name.value, f);
  const definitions: DefinitionNode[] = [...operations, ...fragments.values()];
  return print({ kind: Kind.DOCUMENT, definitions });
}
