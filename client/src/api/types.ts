// TypeScript mirror of the parts of src/GraphExplorer.Application/Api/schema.graphql that the explorer reads.
// Field names and nullability follow the schema exactly; keep the two in step.

/** ISO 8601 calendar date, e.g. `2025-06-11` (schema scalar `Date`). */
export type IsoDate = string;

// Every enum below lists exactly the values of the schema's enum of the same name, in the schema's order
// (tests/api/schema-enums.test.ts reads schema.graphql and fails when they diverge). OTHER stands for a kind
// stored in the graph that the API does not know yet.

export const ENTITY_TYPES = ["ORGANIZATION", "PERSON", "AGREEMENT", "EVENT", "PLACE", "SECTOR", "SOURCE", "FACT"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const ORGANIZATION_KINDS = [
  "GOVERNMENT", "GOVERNMENT_AGENCY", "GOVERNMENT_BODY", "COMPANY", "UNIVERSITY", "RESEARCH_INSTITUTE",
  "CULTURAL_INSTITUTION", "ORCHESTRA", "CHAMBER", "BUSINESS_ASSOCIATION", "CLUSTER", "ECONOMIC_DEVELOPMENT_AGENCY",
  "ECONOMIC_INTEREST_GROUP", "REGIONAL_AUTHORITY", "CITY_AUTHORITY", "EMBASSY", "TRADE_OFFICE", "OTHER",
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const AGREEMENT_KINDS = [
  "MOU", "LETTER_OF_INTENT", "COOPERATION_AGREEMENT", "INTERGOVERNMENTAL_AGREEMENT", "AIR_SERVICES_AGREEMENT",
  "AGREEMENT_IN_PRINCIPLE", "PARTNERSHIP", "OTHER",
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];
/** The agreement kinds a GraphFilter accepts: OTHER names no stored kind and the server refuses it as a filter. */
export const FILTERABLE_AGREEMENT_KINDS = AGREEMENT_KINDS.filter((kind) => kind !== "OTHER");

/** The states of an agreement's life its sources may state, in the order an agreement passes through them. */
export const AGREEMENT_LIFECYCLE_STATUSES = [
  "ANNOUNCED", "UNDER_NEGOTIATION", "CONCLUDED", "SIGNED", "IN_FORCE", "IMPLEMENTED", "ACTIVE", "RENEWED", "EXPIRED", "TERMINATED",
] as const;
export type AgreementLifecycleStatus = (typeof AGREEMENT_LIFECYCLE_STATUSES)[number];

/** What kind of follow-up a gap asks for (see `Query.gaps`). */
export const GAP_KINDS = ["UNDATED_AGREEMENT", "UNNAMED_COUNTERPARTY", "SINGLE_SOURCE_ENTITY", "SINGLE_SOURCE_TIE"] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** Something worth confirming with another source: an entity, or a tie from `entity` to `other`. */
export interface Gap {
  kind: GapKind;
  entity: EntityRef;
  relationship: string | null;
  other: EntityRef | null;
  /** What the graph says about it in the sources' words (a date note, a counterparty note). */
  note: string | null;
  /** For a single-source gap, the one article that states it. */
  source: { id: string; title: string } | null;
}

export const EVENT_KINDS = [
  "EXPO", "MISSION_PROGRAMME", "TRADE_MISSION", "NATIONAL_DAY", "BUSINESS_FORUM", "WORKSHOP", "CONFERENCE",
  "ROUND_TABLE", "BILATERAL_MEETING", "OFFICIAL_MEETING", "RECEPTION", "COMPANY_VISIT", "SITE_VISIT",
  "ECOSYSTEM_VISIT", "B2B_MEETINGS", "TOURISM_PROMOTION", "CONCERT", "EXHIBITION_OPENING", "SIGNING_CEREMONY",
  "STATE_VISIT", "THEMATIC_FORTNIGHT", "PRESS_CONFERENCE", "FOLLOW_UP_PROGRAMME", "OTHER",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const PLACE_KINDS = ["COUNTRY", "REGION", "PREFECTURE", "CITY", "VENUE", "OTHER"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const FACT_KINDS = [
  "TRADE", "RANKING", "INVESTMENT", "EMPLOYMENT", "MARKET_PRESENCE", "ATTENDANCE", "PARTICIPATION", "ACTIVITY",
  "FINANCING", "RELATIONS", "ORGANIZATION_PROFILE", "OTHER",
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const DATE_PRECISIONS = ["DAY", "MONTH", "YEAR"] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const DATE_QUALIFIERS = ["EARLY", "MID", "LATE", "SPRING", "SUMMER", "AUTUMN", "WINTER"] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

export const DATE_MATCHES = ["OVERLAP", "WITHIN"] as const;
export type DateMatch = (typeof DATE_MATCHES)[number];

/**
 * `PartialDate`: a date as its source gives it. `value` is the first day of what the source says; the date stands
 * for the interval `earliest`–`latest` (the whole month or year). Format it with src/i18n/dates.ts.
 */
export interface PartialDate {
  value: IsoDate;
  precision: DatePrecision;
  qualifier: DateQualifier | null;
  /** Reduced ISO 8601 at the precision: `2024-06-11`, `2024-06`, `2024`. */
  iso: string;
  /** The source's own wording, in the source's language. */
  text: string | null;
  note: string | null;
  earliest: IsoDate;
  latest: IsoDate;
}

/** Whether a fact is stated by its source or inferred, and why (schema fields `inferred`, `inferenceNote`). */
export interface Inferable {
  inferred: boolean;
  inferenceNote: string | null;
}

export const TIMELINE_ITEM_TYPES = ["AGREEMENT", "EVENT"] as const;
export type TimelineItemType = (typeof TIMELINE_ITEM_TYPES)[number];

/**
 * The relationship types a GraphEdge's `type` may hold: every drawable type of the data model
 * (src/GraphExplorer.Application/Domain/GraphModel.cs, provenance CITED_IN excepted; not a schema enum).
 */
export const RELATION_TYPES = [
  "HOLDS_ROLE", "PARTY_TO", "IMPLEMENTS", "REINFORCED_BY", "BUILDS_ON", "SIGNED_AT", "PARTICIPATED_IN", "ORGANIZED",
  "SUPPORTED", "PART_OF", "FOLLOWS_UP", "LOCATED_IN", "HAS_PRESENCE_IN", "SUBSIDIARY_OF", "COOPERATES_WITH",
  "PARTNER_OF", "IN_SECTOR", "ABOUT", "TWINNED_WITH", "DIPLOMATIC_RELATIONS",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];


export interface SourceSummary {
  id: string;
  title: string;
  publisher: string | null;
  /** True when the article does not name its publisher and `publisher` is deduced from its text. */
  publisherInferred: boolean;
  publisherNote: string | null;
  published: PartialDate | null;
  /** The date the article says it was last updated; some articles state only this one. */
  updated: PartialDate | null;
  /** What the article says about its date, or how it was dated. */
  dateNote: string | null;
  language: string | null;
  url: string | null;
}

/** Where a quote stands in its source's text: UTF-16 offsets of `Source.text`, start inclusive, end exclusive. */
export interface Passage {
  start: number;
  end: number;
}

export interface Citation extends Inferable {
  source: SourceSummary;
  quote: string | null;
  /** Null when the graph holds no text of the source (or, absent, when the query did not ask). */
  passage?: Passage | null;
}

/** A source as the reader view shows it: its metadata and full text. */
export interface SourceText extends SourceSummary {
  text: string | null;
}

/** A figure as listed under the entity it describes. */
export interface FactSummary {
  id: string;
  name: string;
  kind: FactKind;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  year: number | null;
  period: string | null;
  citations: Citation[];
}

/** `LocalizedNames`: a name in each interface language; null where the graph records none (then `name` is shown). */
export interface LocalizedNames {
  en: string | null;
  fr: string | null;
  ja: string | null;
}

/** `GraphNode`: a node ready to draw. */
export interface GraphNode extends Inferable {
  id: string;
  label: string;
  names: LocalizedNames;
  entityType: EntityType;
  kind: string | null;
  /** Signing date of agreements, start date of events. */
  start: PartialDate | null;
  end: PartialDate | null;
  /** Number of distinct articles that state the entity. */
  sourceCount: number;
  sectors: string[];
  countries: string[];
  degree: number;
  /** An agreement's states as its sources state them, in the order they happened; null for other entities (absent when not asked). */
  lifecycle?: LifecycleState[] | null;
  /** Where to draw it on a map; null (or absent from an older server) when no place of it has coordinates. */
  location?: MapPoint | null;
  /** An agreement's dormancy, derived by the server; null for other entities (absent when not asked). */
  dormancy?: AgreementDormancy | null;
  /** An agreement's term (expiring, expired, renewal due), derived by the server; null when nothing to flag. */
  term?: AgreementTerm | null;
  /** An agreement's last state as its sources state it; null for other entities or when none is stated. */
  latestState?: LifecycleState | null;
}

/**
 * `MapPoint`: reference coordinates (WGS 84, degrees) of a place, a gazetteer's centre of it, not a claim of an
 * article; `place` is the place they are of (the node itself, or the place it is located in or part of).
 */
export interface MapPoint {
  latitude: number;
  longitude: number;
  place: string;
  /** That place's name as the sources write it, and in each interface language where the graph records one. */
  placeName: string;
  placeNames: LocalizedNames;
}

/** `GraphEdge`: an edge ready to draw, with the citations that state it. */
export interface GraphEdge extends Inferable {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  role: string | null;
  /** Since when the relationship holds (diplomatic relations, a presence, a role, a twinning), at its precision. */
  since: PartialDate | null;
  /** Until when it held (a role that ended). */
  until: PartialDate | null;
  /** The date the source says it held on, when it gives no start. */
  asOf: PartialDate | null;
  citations: Citation[];
  /** How many independent sources state it: the distinct publishers of its articles. */
  independentSourceCount: number;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface Path {
  nodes: GraphNode[];
  edges: GraphEdge[];
  length: number;
  /** True when the path passes through a place, sector or fact: a weaker link than a documented tie. */
  throughReference: boolean;
  /** True when at least one of its relationships is inferred rather than stated. */
  inferred: boolean;
}

/** The reference types a connection passes through only when the reader asks (`Query.connections(through:)`). */
export type ReferenceType = Extract<EntityType, "PLACE" | "SECTOR" | "FACT">;

export const REFERENCE_TYPES: readonly ReferenceType[] = ["PLACE", "SECTOR", "FACT"];

/** `Query.partners`: an organisation or person tied directly to another, with the ties counted by kind. */
export interface Partner {
  partner: GraphNode;
  /** Agreements plus events: the edge weight of the partners view. */
  weight: number;
  agreementCount: number;
  eventCount: number;
  agreements: GraphNode[];
  events: GraphNode[];
}

/** `Query.connections`: ranked paths; when none is documented, says so and offers the weaker links separately. */
export interface Connections {
  paths: Path[];
  noDocumentedLink: boolean;
  reason: string | null;
  weakerPaths: Path[];
  maxLength: number;
}

/** `GraphFilter` input: what a neighbourhood, path or timeline may pass through. Absent fields do not restrict. */
export interface GraphFilter {
  entityTypes?: EntityType[];
  agreementKinds?: AgreementKind[];
  sectors?: string[];
  countries?: string[];
  from?: IsoDate;
  to?: IsoDate;
  dateMatch?: DateMatch;
  /** Only ties stated by at least this many independent sources (distinct publishers). */
  minSources?: number;
  /** Only ties their sources state, not inferred ones. */
  statedOnly?: boolean;
}

/** The few fields of any `Entity` used to name it. */
export interface EntityRef {
  id: string;
  name: string;
  entityType: EntityType;
  names?: LocalizedNames | null;
}

export interface SearchHit {
  entity: EntityRef;
  score: number;
  matched: string;
}

export interface TimelineItem {
  entity: EntityRef;
  type: TimelineItemType;
  start: PartialDate;
  end: PartialDate | null;
  title: string;
  kind: string;
}

export interface CountBucket {
  key: string;
  label: string;
  count: number;
}

export interface Aggregates {
  entitiesByType: CountBucket[];
  organizationsByKind: CountBucket[];
  agreementsByKind: CountBucket[];
  agreementsByYear: CountBucket[];
  eventsByYear: CountBucket[];
  bySector: CountBucket[];
  byCountry: CountBucket[];
}

export interface SectorOption {
  id: string;
  name: string;
  nameFr: string | null;
  names?: LocalizedNames | null;
}

export interface PlaceOption {
  id: string;
  name: string;
  names?: LocalizedNames | null;
  kind: PlaceKind;
}

export interface SourceOption extends SourceSummary {
  name: string;
}

// ---- Entity details (the side panel) ----

export interface AgreementSummary {
  id: string;
  title: string;
  names?: LocalizedNames | null;
  kind: AgreementKind;
  signed: PartialDate | null;
}

export interface EventSummary {
  id: string;
  name: string;
  names?: LocalizedNames | null;
  kind: EventKind;
  start: PartialDate | null;
  end: PartialDate | null;
}

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
}

export interface NamedRef {
  id: string;
  name: string;
  names?: LocalizedNames | null;
}

/** A sector as named in the details panel (the French name, when known, is shown in French). */
export interface SectorRef extends NamedRef {
  nameFr: string | null;
}

export interface RoleHolding extends Inferable {
  title: string;
  sinceDate: PartialDate | null;
  untilDate: PartialDate | null;
  person: EntityRef;
  organization: EntityRef;
  citations: Citation[];
}

export interface AgreementParty extends Inferable {
  role: string | null;
  party: EntityRef;
  citations: Citation[];
}

export interface Participation extends Inferable {
  role: string | null;
  participant: EntityRef;
  citations: Citation[];
}

interface EntityBase extends EntityRef, Inferable {
  citations: Citation[];
}

export interface OrganizationDetails extends EntityBase {
  __typename: "Organization";
  kind: OrganizationKind;
  aliases: string[];
  nameOriginal: string | null;
  description: string | null;
  website: string | null;
  country: NamedRef | null;
  sectors: SectorRef[];
  agreements: Connection<AgreementSummary>;
  events: Connection<EventSummary>;
  people: RoleHolding[];
  facts?: Connection<FactSummary>;
}

export interface PersonDetails extends EntityBase {
  __typename: "Person";
  aliases: string[];
  roles: RoleHolding[];
  agreements: Connection<AgreementSummary>;
  events: Connection<EventSummary>;
}

/**
 * One state of an agreement's life as a source states it: the date the source gives for it at its precision
 * (`since`), or the date it saw the agreement in that state (`asOf`), or neither; and the sentence that says so.
 */
export interface LifecycleState {
  status: AgreementLifecycleStatus;
  since: PartialDate | null;
  asOf: PartialDate | null;
}

export interface AgreementLifecycleStep extends LifecycleState {
  citation: Citation;
}

export interface AgreementDetails extends EntityBase {
  __typename: "Agreement";
  title: string;
  kind: AgreementKind;
  signed: PartialDate | null;
  /** What the source says about the date, even when it gives none. */
  dateNote: string | null;
  /** Who the other side is when the source does not name it. */
  counterpartyNote: string | null;
  status: string | null;
  summary: string | null;
  parties: AgreementParty[];
  sectors: SectorRef[];
  implements: AgreementSummary[];
  buildsOn: AgreementSummary[];
  implementedBy: AgreementSummary[];
  reinforcedBy: AgreementSummary[];
  signedAt: EventSummary | null;
  /** Its states as the sources state them, in the order they happened (undated ones last). */
  lifecycle: AgreementLifecycleStep[];
  /** Whether it is dormant and why (derived by the server); null when it ended or no activity of it is dated. */
  dormancy: AgreementDormancy | null;
  /** The dates of its term as its sources give them, at their precision; null when none says. */
  effective: PartialDate | null;
  expires: PartialDate | null;
  renewalDue: PartialDate | null;
  /** Whether its expiry or renewal date is near or past (derived by the server); null when neither is. */
  term: AgreementTerm | null;
}

export interface EventDetails extends EntityBase {
  __typename: "Event";
  kind: EventKind;
  start: PartialDate | null;
  end: PartialDate | null;
  /** What the source says about the date, even when it gives none. */
  dateNote: string | null;
  places: NamedRef[];
  partOf: EventSummary | null;
  parts: EventSummary[];
  participants: Participation[];
  organizers: EntityRef[];
  agreementsSigned: AgreementSummary[];
  sectors: SectorRef[];
  facts?: Connection<FactSummary>;
}

export interface PlaceDetails extends EntityBase {
  __typename: "Place";
  kind: PlaceKind;
  nameOriginal: string | null;
  partOf: NamedRef | null;
  twinnedWith: ({ place: NamedRef; sinceDate: PartialDate | null; citations: Citation[] } & Inferable)[];
  facts?: Connection<FactSummary>;
}

export interface SectorDetails extends EntityBase {
  __typename: "Sector";
  nameFr: string | null;
  facts?: Connection<FactSummary>;
}

export interface FactDetails extends EntityBase {
  __typename: "Fact";
  kind: FactKind;
  statement: string;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  year: number | null;
  period: string | null;
  about: NamedRef[];
  /** Every entity the figure describes (places, organisations, events). */
  subjects?: EntityRef[];
  sectors: SectorRef[];
}

export interface SourceDetails extends EntityBase {
  __typename: "Source";
  title: string;
  publisher: string | null;
  publisherInferred: boolean;
  publisherNote: string | null;
  published: PartialDate | null;
  /** The date the article says it was last updated; some articles state only this one. */
  updated: PartialDate | null;
  /** What the article says about its date, or how it was dated. */
  dateNote: string | null;
  language: string | null;
  url: string | null;
}

export type EntityDetails =
  | OrganizationDetails
  | PersonDetails
  | AgreementDetails
  | EventDetails
  | PlaceDetails
  | SectorDetails
  | SourceDetails
  | FactDetails;

// ---- Dormant agreements (issue #16) ----

export type AgreementActivityKind = "SIGNED" | "STATE" | "EVENT" | "RELATED_AGREEMENT" | "EFFECTIVE";

/** `AgreementDormancy`: derived, never stated by a source. */
export interface AgreementDormancy {
  dormant: boolean;
  /** The latest cited activity, the date dormancy is measured from (at its precision). */
  lastActivity: { kind: AgreementActivityKind; date: PartialDate };
  /** The period without activity that makes an agreement dormant. */
  afterYears: number;
  /** The server's reason in English words (the client words it from the other fields). */
  reason: string;
}

// ---- Agreement term (issue #16) ----

export type AgreementTermStatus = "EXPIRING" | "EXPIRED" | "RENEWAL_DUE";

/** `AgreementTerm`: derived by the server from the expiry or renewal date the sources give, never stated by a source. */
export interface AgreementTerm {
  status: AgreementTermStatus;
  /** The expiry or renewal date it is about, at its precision. */
  date: PartialDate;
  /** The server's window, in months from today (`Lifecycle:ExpiringWithinMonths`). */
  withinMonths: number;
}
