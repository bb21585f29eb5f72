// What a briefing pack is made from, fetched from the API: the view a permalink describes, replayed as the explorer
// replays it (the same neighbourhoods in the same order, the same hidden nodes, filters, window and traced path), and
// the details of every agreement, event and key figure in it; or, for a counterpart brief, one organisation with its
// agreements, events and its country's diplomatic relations.

import type { ExplorerApi } from "../api/explorer-api";
import type { AgreementDetails, EntityDetails, EventDetails, FactDetails, GraphEdge, GraphNode, OrganizationDetails } from "../api/types";
import { filterPredicate, inTimeWindow, toGraphFilter } from "../graph/filters";
import { keptAsOf } from "../graph/as-of";
import { GraphModel } from "../graph/model";
import type { ViewState } from "../state/view-state";
import type { BriefingRequests } from "./briefing-query";

/** Nodes asked for per expansion, as the explorer asks. */
const NEIGHBOURHOOD_LIMIT = 200;
/** The path finder's default longest path, used to replay a traced path. */
const PATH_MAX_LENGTH = 4;
const PATH_FIRST = 5;
/** Detail requests sent at once (the server answers each in milliseconds; the machine may be small). */
const PARALLEL_REQUESTS = 6;
/** The entity types a pack describes in its own sections, with their details. */
const DETAILED_TYPES = new Set(["AGREEMENT", "EVENT", "FACT"]);

export interface ViewPackData {
  state: ViewState;
  model: GraphModel;
  /** The nodes in the pack: drawn in the view (not hidden, not filtered out, inside the time window, kept as of its day). */
  nodeIds: string[];
  /** The relationships between them. */
  edgeIds: string[];
  details: Map<string, EntityDetails>;
  requests: BriefingRequests;
  /** True when a neighbourhood was cut at the server's limit or the explorer's node guard. */
  truncated: boolean;
}

export interface CounterpartData {
  organization: OrganizationDetails;
  agreements: AgreementDetails[];
  events: EventDetails[];
  facts: FactDetails[];
  /** Diplomatic relations of its country, with both countries. */
  relations: { edge: GraphEdge; source: GraphNode; target: GraphNode }[];
  requests: BriefingRequests;
}

/** Runs `work` over `items`, at most `limit` at a time, keeping their order. */
async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += limit) out.push(...(await Promise.all(items.slice(i, i + limit).map(work))));
  return out;
}

async function detailsOf(api: ExplorerApi, ids: readonly string[]): Promise<Map<string, EntityDetails>> {
  const found = await inBatches(ids, PARALLEL_REQUESTS, async (id) => [id, await api.entity(id)] as const);
  return new Map(found.filter((entry): entry is readonly [string, EntityDetails] => entry[1] !== null));
}

export async function loadViewPack(api: ExplorerApi, state: ViewState): Promise<ViewPackData> {
  const model = new GraphModel();
  const expanded = state.expanded.length > 0 ? state.expanded : state.focus ? [state.focus] : [];
  const requests: BriefingRequests = { neighbourhoods: [], connections: null, entities: [] };
  let truncated = false;
  for (const id of expanded) {
    const args = { id, depth: 1, limit: NEIGHBOURHOOD_LIMIT };
    requests.neighbourhoods.push(args);
    const subgraph = await api.neighbourhood(id, { depth: args.depth, limit: args.limit });
    const result = model.merge(subgraph.nodes, subgraph.edges, { anchor: id, record: false });
    truncated ||= subgraph.truncated || result.skippedNodes > 0;
  }
  if (state.path) {
    const filter = toGraphFilter(state.filter, { from: null, to: null });
    requests.connections = { from: state.path.from, to: state.path.to, maxLength: PATH_MAX_LENGTH, first: PATH_FIRST, filter };
    const answer = await api.connections(state.path.from, state.path.to, { maxLength: PATH_MAX_LENGTH, first: PATH_FIRST, filter });
    const paths = [...answer.paths, ...answer.weakerPaths];
    const result = model.merge(paths.flatMap((p) => p.nodes), paths.flatMap((p) => p.edges), { markExpanded: false, record: false });
    truncated ||= result.skippedNodes > 0;
  }
  for (const id of state.hidden) if (model.has(id)) model.graph.setNodeAttribute(id, "hiddenByUser", true);

  const predicate = filterPredicate(state.filter);
  const graph = model.graph;
  const nodeIds = graph.filterNodes((id, a) => !a.hiddenByUser && predicate(id, a) && inTimeWindow(a, state.window) && keptAsOf(a, state.asOf));
  const inPack = new Set(nodeIds);
  const edgeIds = graph.filterEdges((_id, _a, source, target) => inPack.has(source) && inPack.has(target));
  requests.entities = nodeIds.filter((id) => DETAILED_TYPES.has(graph.getNodeAttribute(id, "entityType")));
  const details = await detailsOf(api, requests.entities);
  return { state, model, nodeIds, edgeIds, details, requests, truncated };
}

export async function loadCounterpart(api: ExplorerApi, id: string): Promise<CounterpartData | null> {
  const entity = await api.entity(id);
  if (!entity || entity.__typename !== "Organization") return null;
  const agreementIds = entity.agreements.nodes.map((a) => a.id);
  const eventIds = entity.events.nodes.map((e) => e.id);
  const factIds = (entity.facts?.nodes ?? []).map((f) => f.id);
  const requests: BriefingRequests = { neighbourhoods: [], connections: null, entities: [id, ...agreementIds, ...eventIds, ...factIds] };
  const details = await detailsOf(api, [...agreementIds, ...eventIds, ...factIds]);
  const pick = <T extends EntityDetails>(ids: string[], type: T["__typename"]) =>
    ids.map((i) => details.get(i)).filter((d): d is T => d?.__typename === type);
  let relations: CounterpartData["relations"] = [];
  if (entity.country) {
    const args = { id: entity.country.id, depth: 1, limit: NEIGHBOURHOOD_LIMIT };
    requests.neighbourhoods.push(args);
    const around = await api.neighbourhood(args.id, { depth: args.depth, limit: args.limit });
    const nodes = new Map(around.nodes.map((n) => [n.id, n]));
    relations = around.edges
      .filter((e) => e.type === "DIPLOMATIC_RELATIONS" && nodes.has(e.source) && nodes.has(e.target))
      .map((edge) => ({ edge, source: nodes.get(edge.source)!, target: nodes.get(edge.target)! }));
  }
  return {
    organization: entity,
    agreements: pick<AgreementDetails>(agreementIds, "Agreement"),
    events: pick<EventDetails>(eventIds, "Event"),
    facts: pick<FactDetails>(factIds, "Fact"),
    relations,
    requests,
  };
}
