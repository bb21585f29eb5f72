// Typed calls of the explorer: one function per query of the schema the client uses.

import type { GraphQLClient } from "./client";
import {
  AGGREGATES_QUERY, AGREEMENT_LIFECYCLE_QUERY, ENTITY_QUERY, GAPS_QUERY, FILTER_OPTIONS_QUERY, NEIGHBOURHOOD_QUERY, CONNECTIONS_QUERY, PARTNERS_QUERY, SEARCH_QUERY,
  SOURCES_QUERY, SOURCE_TEXT_QUERY, TIMELINE_QUERY, CHANGES_QUERY,
} from "./queries";
import { UPSERT_AGREEMENT_MUTATION, UPSERT_EVENT_MUTATION, UPSERT_ORGANIZATION_MUTATION, UPSERT_PERSON_MUTATION } from "./queries";
import { LINK_MUTATION, LINK_RULES_QUERY, UNLINK_MUTATION } from "./queries";
import type { LinkInput, LinkRule } from "./link-types";
import type { DatedChanges } from "./changes-types";
import type {
  Aggregates, Connections, EntityDetails, Gap, LifecycleState, EntityType, GraphFilter, Partner, PlaceOption, ReferenceType, SearchHit,
  SectorOption, SourceOption, SourceText, Subgraph, TimelineItem,
} from "./types";

export interface NeighbourhoodArgs {
  depth?: number;
  filter?: GraphFilter;
  limit?: number;
}

export interface FilterOptions {
  sectors: SectorOption[];
  countries: PlaceOption[];
}

/** Renames the aliases ENTITY_QUERY uses (see queries.ts) back to the schema's field names. */
function normaliseEntity(raw: Record<string, unknown>): EntityDetails {
  const out: Record<string, unknown> = { ...raw };
  for (const alias of ["organizationKind", "agreementKind", "eventKind", "placeKind", "factKind"]) {
    if (alias in out) {
      out["kind"] = out[alias];
      delete out[alias];
    }
  }
  for (const alias of ["eventPartOf", "placePartOf"]) {
    if (alias in out) {
      out["partOf"] = out[alias];
      delete out[alias];
    }
  }
  return out as unknown as EntityDetails;
}

/** An empty filter is sent as null, so the server applies no restriction. */
export function filterOrNull(filter: GraphFilter | undefined): GraphFilter | null {
  if (!filter) return null;
  const entries = Object.entries(filter).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  return entries.length === 0 ? null : (Object.fromEntries(entries) as GraphFilter);
}

export class ExplorerApi {
  constructor(private readonly client: GraphQLClient) {}

  get endpoint(): string {
    return this.client.endpoint;
  }

  async search(text: string, options: { types?: EntityType[]; first?: number; signal?: AbortSignal } = {}): Promise<SearchHit[]> {
    const data = await this.client.request<{ search: SearchHit[] }>(
      SEARCH_QUERY,
      { text, types: options.types && options.types.length > 0 ? options.types : undefined, first: options.first ?? 20 },
      options.signal,
    );
    return data.search;
  }

  /** Null when no entity has this id. */
  async entity(id: string, signal?: AbortSignal): Promise<EntityDetails | null> {
    const data = await this.client.request<{ entity: Record<string, unknown> | null }>(ENTITY_QUERY, { id }, signal);
    return data.entity ? normaliseEntity(data.entity) : null;
  }

  /**
   * A steward's correction of an entity through its type's upsert mutation (the server checks the steward's rights and
   * the quoted sentence); resolves with the audit entry's id, or throws the server's refusal as an ApiError.
   */
  async correctEntity(type: "Organization" | "Person" | "Agreement" | "Event", input: Record<string, unknown>): Promise<string> {
    const document = {
      Organization: UPSERT_ORGANIZATION_MUTATION,
      Person: UPSERT_PERSON_MUTATION,
      Agreement: UPSERT_AGREEMENT_MUTATION,
      Event: UPSERT_EVENT_MUTATION,
    }[type];
    const data = await this.client.request<Record<string, { audit: { id: string } }>>(document, { input });
    const result = Object.values(data)[0];
    if (!result) throw new Error(`The ${type} correction answered without a result`);
    return result.audit.id;
  }

  /** The relationship types the model lets stewards link, what each joins and carries (the server's table). */
  async linkRules(): Promise<LinkRule[]> {
    const data = await this.client.request<{ linkRules: LinkRule[] }>(LINK_RULES_QUERY);
    return data.linkRules;
  }

  /** A steward's new tie (or a tie cited again); resolves with the audit entry's id, or throws the server's refusal. */
  async link(input: LinkInput): Promise<string> {
    const data = await this.client.request<{ link: { audit: { id: string } } }>(LINK_MUTATION, { input });
    return data.link.audit.id;
  }

  /** Removes a tie, with the steward's reason kept in the audit; resolves with the audit entry's id. */
  async unlink(from: string, to: string, type: string, reason: string): Promise<string> {
    const data = await this.client.request<{ unlink: { audit: { id: string } } }>(UNLINK_MUTATION, { from, to, type, reason });
    return data.unlink.audit.id;
  }

  /** An agreement's states as its sources state them, in the order they happened; null when no agreement has this id. */
  async agreementLifecycle(id: string): Promise<LifecycleState[] | null> {
    const data = await this.client.request<{ node: { lifecycle?: LifecycleState[] } | null }>(AGREEMENT_LIFECYCLE_QUERY, { id });
    return data.node?.lifecycle ?? null;
  }

  /** The gaps worth a follow-up, by kind then entity, at most `first`. */
  async gaps(first: number): Promise<Gap[]> {
    const data = await this.client.request<{ gaps: Gap[] }>(GAPS_QUERY, { first });
    return data.gaps;
  }

  /** What appeared in the sources between two days (both included), earliest first, at most `first`. */
  async changes(from: string, to: string, first = 500): Promise<DatedChanges> {
    const data = await this.client.request<{ changes: DatedChanges }>(CHANGES_QUERY, { from, to, first });
    return data.changes;
  }

  async neighbourhood(id: string, args: NeighbourhoodArgs = {}): Promise<Subgraph> {
    const data = await this.client.request<{ neighbourhood: Subgraph }>(NEIGHBOURHOOD_QUERY, {
      id,
      depth: args.depth,
      filter: filterOrNull(args.filter),
      limit: args.limit,
    });
    return data.neighbourhood;
  }

  /** Ranked connections; `noDocumentedLink` with `weakerPaths` when only places, sectors or facts join the two. */
  async connections(
    from: string,
    to: string,
    args: { maxLength?: number; filter?: GraphFilter; first?: number; through?: ReferenceType[] } = {},
  ): Promise<Connections> {
    const data = await this.client.request<{ connections: Connections }>(CONNECTIONS_QUERY, {
      from,
      to,
      maxLength: args.maxLength,
      filter: filterOrNull(args.filter),
      first: args.first,
      through: args.through && args.through.length > 0 ? args.through : null,
    });
    return data.connections;
  }

  /** The partners view of an organisation or person: who it signed agreements and took part in events with. */
  async partners(id: string, first?: number): Promise<Partner[]> {
    const data = await this.client.request<{ partners: Partner[] }>(PARTNERS_QUERY, { id, first });
    return data.partners;
  }

  async timeline(filter?: GraphFilter, first?: number): Promise<TimelineItem[]> {
    const data = await this.client.request<{ timeline: TimelineItem[] }>(TIMELINE_QUERY, { filter: filterOrNull(filter), first });
    return data.timeline;
  }

  async aggregates(filter?: GraphFilter): Promise<Aggregates> {
    const data = await this.client.request<{ aggregates: Aggregates }>(AGGREGATES_QUERY, { filter: filterOrNull(filter) });
    return data.aggregates;
  }

  async filterOptions(): Promise<FilterOptions> {
    const data = await this.client.request<{ sectors: SectorOption[]; places: PlaceOption[] }>(FILTER_OPTIONS_QUERY);
    return { sectors: data.sectors, countries: data.places };
  }

  /** A source's metadata and full text; null when no source has this id. */
  async sourceText(id: string, signal?: AbortSignal): Promise<SourceText | null> {
    const data = await this.client.request<{ node: SourceText | Record<string, never> | null }>(SOURCE_TEXT_QUERY, { id }, signal);
    return data.node && "title" in data.node ? (data.node as SourceText) : null;
  }

  async sources(): Promise<SourceOption[]> {
    const data = await this.client.request<{ sources: SourceOption[] }>(SOURCES_QUERY);
    return data.sources;
  }
}
