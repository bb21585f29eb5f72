// The GraphQL documents the explorer sends, as constants (one operation each, named so server logs and the
// GraphQL IDE show what the client asked). They follow src/GraphExplorer.Application/Api/schema.graphql.
//
// Entity details select `kind` and `partOf` under aliases because sibling inline fragments may not select one
// response name with different enum or object types (GraphQL spec §5.3.2, "Field Selection Merging").

const PARTIAL_DATE_FIELDS = /* GraphQL */ `
fragment PartialDateFields on PartialDate {
  value precision qualifier iso text note earliest latest
}`;

const CITATION_FIELDS = /* GraphQL */ `
fragment CitationFields on Citation {
  quote inferred inferenceNote
  passage { start end }
  source { id title publisher publisherInferred publisherNote published { ...PartialDateFields } updated { ...PartialDateFields } dateNote language url }
}
${PARTIAL_DATE_FIELDS}`;

const FACT_SUMMARY_FIELDS = /* GraphQL */ `
fragment FactSummaryFields on Fact {
  id name kind value unit qualifier year period
  citations { ...CitationFields }
}`;

const GRAPH_NODE_FIELDS = /* GraphQL */ `
fragment GraphNodeFields on GraphNode {
  id label names { en fr ja } entityType kind sectors countries degree inferred inferenceNote sourceCount
  location { latitude longitude place placeName placeNames { en fr ja } }
  start { ...PartialDateFields } end { ...PartialDateFields }
  dormancy { dormant afterYears lastActivity { kind date { ...PartialDateFields } } }
  term { status withinMonths date { ...PartialDateFields } }
  latestState { status since { ...PartialDateFields } asOf { ...PartialDateFields } }
}`;

const GRAPH_FIELDS = /* GraphQL */ `${GRAPH_NODE_FIELDS}
fragment GraphEdgeFields on GraphEdge {
  id source target type label role inferred inferenceNote independentSourceCount
  since { ...PartialDateFields } until { ...PartialDateFields } asOf { ...PartialDateFields }
  citations { ...CitationFields }
}`;

const SUMMARY_FIELDS = /* GraphQL */ `
fragment AgreementSummaryFields on Agreement {
  id title names { en fr ja } kind signed { ...PartialDateFields }
}
fragment EventSummaryFields on Event {
  id name names { en fr ja } kind start { ...PartialDateFields } end { ...PartialDateFields }
}`;

export const SEARCH_QUERY = /* GraphQL */ `
query Search($text: String!, $types: [EntityType!], $first: Int) {
  search(text: $text, types: $types, first: $first) {
    score
    matched
    entity { id name entityType names { en fr ja } }
  }
}`;

export const NEIGHBOURHOOD_QUERY = /* GraphQL */ `
query Neighbourhood($id: ID!, $depth: Int, $filter: GraphFilter, $limit: Int) {
  neighbourhood(id: $id, depth: $depth, filter: $filter, limit: $limit) {
    truncated
    nodes { ...GraphNodeFields }
    edges { ...GraphEdgeFields }
  }
}
${GRAPH_FIELDS}
${CITATION_FIELDS}`;

export const CONNECTIONS_QUERY = /* GraphQL */ `
query Connections($from: ID!, $to: ID!, $maxLength: Int, $filter: GraphFilter, $first: Int, $through: [EntityType!]) {
  connections(from: $from, to: $to, maxLength: $maxLength, filter: $filter, first: $first, through: $through) {
    noDocumentedLink reason maxLength
    paths { ...PathFields }
    weakerPaths { ...PathFields }
  }
}
fragment PathFields on Path {
  length throughReference inferred
  nodes { ...GraphNodeFields }
  edges { ...GraphEdgeFields }
}
${GRAPH_FIELDS}
${CITATION_FIELDS}`;

export const PARTNERS_QUERY = /* GraphQL */ `
query Partners($id: ID!, $first: Int) {
  partners(id: $id, first: $first) {
    weight agreementCount eventCount
    partner { ...GraphNodeFields }
    agreements { ...GraphNodeFields }
    events { ...GraphNodeFields }
  }
}
${GRAPH_NODE_FIELDS}
${PARTIAL_DATE_FIELDS}`;

export const TIMELINE_QUERY = /* GraphQL */ `
query Timeline($filter: GraphFilter, $first: Int) {
  timeline(filter: $filter, first: $first) {
    type title kind
    start { ...PartialDateFields } end { ...PartialDateFields }
    entity { id name entityType names { en fr ja } }
  }
}
${PARTIAL_DATE_FIELDS}`;

export const AGGREGATES_QUERY = /* GraphQL */ `
query Aggregates($filter: GraphFilter) {
  aggregates(filter: $filter) {
    entitiesByType { key label count }
    organizationsByKind { key label count }
    agreementsByKind { key label count }
    agreementsByYear { key label count }
    eventsByYear { key label count }
    bySector { key label count }
    byCountry { key label count }
  }
}`;

/** Choices for the filter panel: every sector and every country. */
export const FILTER_OPTIONS_QUERY = /* GraphQL */ `
query FilterOptions {
  sectors { id name nameFr names { en fr ja } }
  places(kind: COUNTRY) { id name kind names { en fr ja } }
}`;

export const SOURCES_QUERY = /* GraphQL */ `
query Sources {
  sources { id name title publisher publisherInferred publisherNote published { ...PartialDateFields } updated { ...PartialDateFields } dateNote language url }
}
${PARTIAL_DATE_FIELDS}`;

export const ENTITY_QUERY = /* GraphQL */ `
query Entity($id: ID!) {
  entity(id: $id) {
    __typename id name entityType names { en fr ja } inferred inferenceNote
    citations { ...CitationFields }
    ... on Organization {
      organizationKind: kind
      aliases nameOriginal description website
      country { id name names { en fr ja } }
      sectors { id name nameFr names { en fr ja } }
      agreements(first: 100, orderBy: [{ field: SIGNED_DATE, direction: ASC }]) {
        totalCount
        nodes { ...AgreementSummaryFields }
      }
      events(first: 100) { totalCount nodes { ...EventSummaryFields } }
      facts(first: 50) { totalCount nodes { ...FactSummaryFields } }
      people {
        title inferred inferenceNote sinceDate { ...PartialDateFields } untilDate { ...PartialDateFields }
        person { id name entityType names { en fr ja } }
        organization { id name entityType names { en fr ja } }
        citations { ...CitationFields }
      }
    }
    ... on Person {
      aliases
      roles {
        title inferred inferenceNote sinceDate { ...PartialDateFields } untilDate { ...PartialDateFields }
        person { id name entityType names { en fr ja } }
        organization { id name entityType names { en fr ja } }
        citations { ...CitationFields }
      }
      agreements(first: 100) { totalCount nodes { ...AgreementSummaryFields } }
      events(first: 100) { totalCount nodes { ...EventSummaryFields } }
    }
    ... on Agreement {
      title
      agreementKind: kind
      signed { ...PartialDateFields } dateNote counterpartyNote status summary
      parties { role inferred inferenceNote party { id name entityType names { en fr ja } } citations { ...CitationFields } }
      sectors { id name nameFr names { en fr ja } }
      implements { ...AgreementSummaryFields }
      buildsOn { ...AgreementSummaryFields }
      implementedBy { ...AgreementSummaryFields }
      reinforcedBy { ...AgreementSummaryFields }
      signedAt { ...EventSummaryFields }
      lifecycle { status since { ...PartialDateFields } asOf { ...PartialDateFields } citation { ...CitationFields } }
      dormancy { dormant afterYears reason lastActivity { kind date { ...PartialDateFields } } }
      effective { ...PartialDateFields } expires { ...PartialDateFields } renewalDue { ...PartialDateFields }
      term { status withinMonths date { ...PartialDateFields } }
    }
    ... on Event {
      eventKind: kind
      start { ...PartialDateFields } end { ...PartialDateFields } dateNote
      places { id name names { en fr ja } }
      eventPartOf: partOf { ...EventSummaryFields }
      parts { ...EventSummaryFields }
      participants { role inferred inferenceNote participant { id name entityType names { en fr ja } } citations { ...CitationFields } }
      organizers { id name entityType names { en fr ja } }
      agreementsSigned { ...AgreementSummaryFields }
      sectors { id name nameFr names { en fr ja } }
      facts(first: 50) { totalCount nodes { ...FactSummaryFields } }
    }
    ... on Place {
      placeKind: kind
      nameOriginal
      placePartOf: partOf { id name names { en fr ja } }
      twinnedWith { inferred inferenceNote sinceDate { ...PartialDateFields } place { id name names { en fr ja } } citations { ...CitationFields } }
      facts(first: 50) { totalCount nodes { ...FactSummaryFields } }
    }
    ... on Sector { nameFr facts(first: 50) { totalCount nodes { ...FactSummaryFields } } }
    ... on Source { title publisher publisherInferred publisherNote published { ...PartialDateFields } updated { ...PartialDateFields } dateNote language url }
    ... on Fact {
      factKind: kind
      statement value unit qualifier year period
      about { id name names { en fr ja } }
      subjects { id name entityType names { en fr ja } }
      sectors { id name nameFr names { en fr ja } }
    }
  }
}
${CITATION_FIELDS}
${SUMMARY_FIELDS}
${FACT_SUMMARY_FIELDS}`;

/** A source with its full text, for the reader view. */
// An agreement's lifecycle alone, for file exports: the drawn graph's nodes do not carry it (on 200-node
// neighbourhoods its list would add about 38 000 to the estimated cost of every exploration).
export const AGREEMENT_LIFECYCLE_QUERY = /* GraphQL */ `
query AgreementLifecycle($id: ID!) {
  node(id: $id) {
    ... on Agreement { lifecycle { status since { ...PartialDateFields } asOf { ...PartialDateFields } } }
  }
}
${PARTIAL_DATE_FIELDS}`;

// The gaps worth a follow-up (undated agreements, unnamed counterparts, what one article alone states), for the
// printable list stewards and diplomats open from the explorer.
export const GAPS_QUERY = /* GraphQL */ `
query Gaps($first: Int) {
  gaps(first: $first) {
    kind note relationship
    entity { id name entityType names { en fr ja } }
    other { id name entityType names { en fr ja } }
    source { id title }
  }
}`;

export const SOURCE_TEXT_QUERY = /* GraphQL */ `
query SourceText($id: ID!) {
  node(id: $id) {
    ... on Source { id title publisher publisherInferred publisherNote published { ...PartialDateFields } updated { ...PartialDateFields } dateNote language url text }
  }
}
${PARTIAL_DATE_FIELDS}`;

// ---- What changed between two dates (issue #16) ----

export const CHANGES_QUERY = /* GraphQL */ `
query Changes($from: Date!, $to: Date!, $first: Int) {
  changes(from: $from, to: $to, first: $first) {
    from to undated truncated
    items {
      kind uncertain
      date { ...PartialDateFields }
      node { ...ChangeNodeFields } other { ...ChangeNodeFields } through { ...ChangeNodeFields }
      citations { source { id } }
    }
  }
}
fragment ChangeNodeFields on GraphNode { id label names { en fr ja } entityType }
${PARTIAL_DATE_FIELDS}`;

// ---- Stewards' corrections from the details panel (issue #19): one upsert per editable type ----

export const UPSERT_ORGANIZATION_MUTATION = /* GraphQL */ `
mutation UpsertOrganization($input: OrganizationInput!) {
  upsertOrganization(input: $input) { entity { id } audit { id } }
}`;

export const UPSERT_PERSON_MUTATION = /* GraphQL */ `
mutation UpsertPerson($input: PersonInput!) {
  upsertPerson(input: $input) { entity { id } audit { id } }
}`;

export const UPSERT_AGREEMENT_MUTATION = /* GraphQL */ `
mutation UpsertAgreement($input: AgreementInput!) {
  upsertAgreement(input: $input) { entity { id } audit { id } }
}`;

export const UPSERT_EVENT_MUTATION = /* GraphQL */ `
mutation UpsertEvent($input: EventInput!) {
  upsertEvent(input: $input) { entity { id } audit { id } }
}`;

// ---- Stewards' ties from the editing view (issue #19): what the model lets them link, link and unlink ----

export const LINK_RULES_QUERY = /* GraphQL */ `
query LinkRules {
  linkRules { type label from to properties }
}`;

export const LINK_MUTATION = /* GraphQL */ `
mutation Link($input: LinkInput!) {
  link(input: $input) { audit { id } }
}`;

export const UNLINK_MUTATION = /* GraphQL */ `
mutation Unlink($from: ID!, $to: ID!, $type: String!, $reason: String) {
  unlink(from: $from, to: $to, type: $type, reason: $reason) { audit { id } }
}`;
