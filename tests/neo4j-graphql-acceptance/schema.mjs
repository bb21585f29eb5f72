// The partnership schema the suite serves through @neo4j/graphql: organizations party to agreements (with the role
// and date on the PARTY_TO relationship), agreements on topics, an @cypher field, a full-text query, temporal and
// spatial fields, and an authorization rule on confidential notes that only a steward's token passes.
export const typeDefs = /* GraphQL */ `
  type JWT @jwt {
    roles: [String!]!
  }

  type Organization @node
    @fulltext(indexes: [{ indexName: "OrganizationSummary", queryName: "organizationsBySummary", fields: ["summary"] }]) {
    name: String!
    country: String!
    founded: Date
    summary: String
    headquarters: Point
    keywords: [String!]
    staff: Int
    officeOpens: Time
    agreements: [Agreement!]! @relationship(type: "PARTY_TO", direction: OUT, properties: "PartyTo")
    agreementCount: Int!
      @cypher(statement: "MATCH (this)-[:PARTY_TO]->(a:Agreement) RETURN count(a) AS total", columnName: "total")
  }

  type PartyTo @relationshipProperties {
    role: String!
    since: Date!
  }

  type Agreement @node {
    title: String!
    signedAt: DateTime!
    value: Float
    term: Duration
    reviewAt: LocalDateTime
    parties: [Organization!]! @relationship(type: "PARTY_TO", direction: IN, properties: "PartyTo")
    topics: [Topic!]! @relationship(type: "COVERS", direction: OUT)
  }

  type Topic @node {
    label: String!
    agreements: [Agreement!]! @relationship(type: "COVERS", direction: IN)
  }

  type Note @node @authorization(validate: [{ where: { jwt: { roles: { includes: "steward" } } } }]) {
    text: String!
  }
`
