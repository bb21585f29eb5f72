// Acceptance test of issue #17: Neo4j's GraphQL library (@neo4j/graphql 7) generates its Cypher for a partnership
// schema and runs it through Neo4j's JavaScript driver over Bolt against the product's embedded database. Every test
// checks the GraphQL answer a user of the library would see: filters, sorting, paging, cursor connections with
// relationship properties, nested mutations, aggregations, an @cypher field, an authorization rule with a JWT, and
// Date/DateTime values as written.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { graphql } from 'graphql'
import { Neo4jGraphQL } from '@neo4j/graphql'
import { SignJWT } from 'jose'
import neo4j from 'neo4j-driver'
import { startServer, stewardKey } from './server.mjs'
import { typeDefs } from './schema.mjs'

const jwtSecret = randomBytes(32).toString('base64url')

let server
let driver
let schema

/**
 * Runs a GraphQL operation through the library (a token, when given, is the request's bearer JWT) and answers it as
 * a client receives it over HTTP: serialized to JSON (graphql-js builds its objects without a prototype).
 */
async function execute (source, variableValues = {}, token) {
  const result = await graphql({ schema, source, variableValues, contextValue: token ? { token } : {} })
  return JSON.parse(JSON.stringify(result))
}

/** The data of an operation that must succeed (its errors, if any, fail the test with their messages). */
async function data (source, variableValues = {}, token) {
  const result = await execute(source, variableValues, token)
  assert.equal(result.errors, undefined, `GraphQL errors: ${result.errors?.map(e => e.message).join('; ')}`)
  return result.data
}

const tokenWithRoles = roles => new SignJWT({ roles }).setProtectedHeader({ alg: 'HS256' }).setSubject('acceptance')
  .setIssuedAt().setExpirationTime('10m').sign(new TextEncoder().encode(jwtSecret))

const names = list => list.map(o => o.name)

before(async () => {
  server = await startServer()
  driver = neo4j.driver(`bolt://127.0.0.1:${server.port}`, neo4j.auth.basic('steward', stewardKey))
  schema = await new Neo4jGraphQL({ typeDefs, driver, features: { authorization: { key: jwtSecret } } }).getSchema()

  // The partnership the tests read: three agreements between four space agencies, one university party to none.
  const created = await data(`mutation {
    createOrganizations(input: [
      { name: "NASA", country: "US", founded: "1958-07-29", agreements: { create: [
          { edge: { role: "lead", since: "2020-01-15" }, node: { title: "Lunar Gateway MoU", signedAt: "2021-06-01T09:00:00Z", value: 120.5,
              topics: { create: [{ node: { label: "Moon" } }] } } },
          { edge: { role: "lead", since: "2022-11-30" }, node: { title: "Mars Sample Return LoI", signedAt: "2022-11-30T00:00:00Z", value: 300,
              topics: { create: [{ node: { label: "Mars" } }] } } } ] } },
      { name: "JAXA", country: "JP", founded: "2003-10-01", agreements: { create: [
          { edge: { role: "lead", since: "2019-03-12" }, node: { title: "Earth Observation Data Sharing", signedAt: "2019-03-12T14:30:15.250Z", value: 40,
              topics: { create: [{ node: { label: "Earth observation" } }] } } } ] } },
      { name: "Kumamoto University", country: "JP", founded: "1949-05-31" }
    ]) { info { nodesCreated relationshipsCreated } organizations { name } }
  }`)
  assert.deepEqual(created.createOrganizations.info, { nodesCreated: 9, relationshipsCreated: 6 })

  const connected = await data(`mutation {
    esa: createOrganizations(input: [{ name: "ESA", country: "FR", founded: "1975-05-30", agreements: { connect: [
      { where: { node: { title: { eq: "Lunar Gateway MoU" } } }, edge: { role: "partner", since: "2021-06-01" } },
      { where: { node: { title: { eq: "Mars Sample Return LoI" } } }, edge: { role: "lead", since: "2022-11-30" } } ] } }]) {
      info { nodesCreated relationshipsCreated } }
    isro: createOrganizations(input: [{ name: "ISRO", country: "IN", founded: "1969-08-15", agreements: { connect: [
      { where: { node: { title: { eq: "Earth Observation Data Sharing" } } }, edge: { role: "partner", since: "2019-03-12" } } ] } }]) {
      info { nodesCreated relationshipsCreated } }
  }`)
  assert.deepEqual(connected.esa.info, { nodesCreated: 1, relationshipsCreated: 2 })
  assert.deepEqual(connected.isro.info, { nodesCreated: 1, relationshipsCreated: 1 })
})

after(async () => {
  await driver?.close()
  await server?.stop()
})

test('a where on scalars filters organizations by equality, prefix and date range', async () => {
  const result = await data(`{
    japanese: organizations(where: { country: { eq: "JP" } }, sort: [{ name: ASC }]) { name }
    prefixed: organizations(where: { name: { startsWith: "JA" } }) { name }
    older: organizations(where: { founded: { lt: "1960-01-01" } }, sort: [{ founded: ASC }]) { name founded }
    either: organizations(where: { OR: [{ country: { eq: "IN" } }, { name: { in: ["ESA"] } }] }, sort: [{ name: DESC }]) { name }
  }`)
  assert.deepEqual(names(result.japanese), ['JAXA', 'Kumamoto University'])
  assert.deepEqual(names(result.prefixed), ['JAXA'])
  assert.deepEqual(result.older, [{ name: 'Kumamoto University', founded: '1949-05-31' }, { name: 'NASA', founded: '1958-07-29' }])
  assert.deepEqual(names(result.either), ['ISRO', 'ESA'])
})

test('relationship filters some, none, all and single select by the related agreements', async () => {
  const result = await data(`{
    some: organizations(where: { agreements: { some: { title: { contains: "Mars" } } } }, sort: [{ name: ASC }]) { name }
    none: organizations(where: { agreements: { none: { value: { gt: 100 } } } }, sort: [{ name: ASC }]) { name }
    all: organizations(where: { agreements: { all: { signedAt: { gte: "2021-01-01T00:00:00Z" } } } }, sort: [{ name: ASC }]) { name }
    single: organizations(where: { agreementsConnection: { single: { edge: { role: { eq: "lead" } } } } }, sort: [{ name: ASC }]) { name }
  }`)
  assert.deepEqual(names(result.some), ['ESA', 'NASA'])
  assert.deepEqual(names(result.none), ['ISRO', 'JAXA', 'Kumamoto University'])
  // The library's "all" also asks for at least one related agreement (EXISTS … AND NOT EXISTS … WHERE NOT …).
  assert.deepEqual(names(result.all), ['ESA', 'NASA'])
  assert.deepEqual(names(result.single), ['ESA', 'JAXA'])
})

test('sorting with offset and limit pages through agreements', async () => {
  const result = await data(`{
    newestFirst: agreements(sort: [{ signedAt: DESC }]) { title }
    second: agreements(sort: [{ signedAt: DESC }], offset: 1, limit: 1) { title }
    byCountryThenName: organizations(sort: [{ country: ASC }, { name: DESC }], limit: 3) { country name }
  }`)
  assert.deepEqual(result.newestFirst.map(a => a.title), ['Mars Sample Return LoI', 'Lunar Gateway MoU', 'Earth Observation Data Sharing'])
  assert.deepEqual(result.second.map(a => a.title), ['Lunar Gateway MoU'])
  assert.deepEqual(result.byCountryThenName, [
    { country: 'FR', name: 'ESA' }, { country: 'IN', name: 'ISRO' }, { country: 'JP', name: 'Kumamoto University' }
  ])
})

test('a cursor connection pages forward with totalCount and pageInfo', async () => {
  const query = `query ($after: String) {
    organizationsConnection(first: 2, after: $after, sort: [{ name: ASC }]) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } }
    }
  }`
  const first = (await data(query)).organizationsConnection
  assert.equal(first.totalCount, 5)
  assert.deepEqual(first.edges.map(e => e.node.name), ['ESA', 'ISRO'])
  assert.equal(first.pageInfo.hasNextPage, true)
  assert.equal(first.pageInfo.endCursor, first.edges[1].cursor)

  const second = (await data(query, { after: first.pageInfo.endCursor })).organizationsConnection
  assert.deepEqual(second.edges.map(e => e.node.name), ['JAXA', 'Kumamoto University'])
  const third = (await data(query, { after: second.pageInfo.endCursor })).organizationsConnection
  assert.deepEqual(third.edges.map(e => e.node.name), ['NASA'])
  assert.equal(third.pageInfo.hasNextPage, false)
})

test('a relationship connection carries the PARTY_TO role and since, sorted and filtered by them', async () => {
  const result = await data(`{
    agreements(where: { title: { eq: "Lunar Gateway MoU" } }) {
      partiesConnection(sort: [{ edge: { role: ASC } }, { node: { name: ASC } }]) {
        totalCount edges { properties { role since } node { name } }
      }
    }
    leads: organizations(where: { name: { eq: "NASA" } }) {
      agreementsConnection(where: { edge: { since: { gte: "2021-01-01" } } }) { edges { properties { since } node { title } } }
    }
  }`)
  assert.deepEqual(result.agreements[0].partiesConnection, {
    totalCount: 2,
    edges: [
      { properties: { role: 'lead', since: '2020-01-15' }, node: { name: 'NASA' } },
      { properties: { role: 'partner', since: '2021-06-01' }, node: { name: 'ESA' } }
    ]
  })
  assert.deepEqual(result.leads[0].agreementsConnection.edges, [
    { properties: { since: '2022-11-30' }, node: { title: 'Mars Sample Return LoI' } }
  ])
})

test('aggregations count nodes and give min, max, average and sum of fields', async () => {
  const result = await data(`{
    agreementsConnection {
      aggregate { count { nodes } node { value { min max average sum } signedAt { min max } title { shortest longest } } }
    }
    organizations(where: { name: { eq: "NASA" } }) {
      agreementsConnection { aggregate { count { nodes edges } edge { role { shortest } } node { value { average } signedAt { min } } } }
    }
  }`)
  assert.deepEqual(result.agreementsConnection.aggregate, {
    count: { nodes: 3 },
    node: {
      value: { min: 40, max: 300, average: (40 + 120.5 + 300) / 3, sum: 460.5 },
      signedAt: { min: '2019-03-12T14:30:15.250Z', max: '2022-11-30T00:00:00.000Z' },
      title: { shortest: 'Lunar Gateway MoU', longest: 'Earth Observation Data Sharing' }
    }
  })
  assert.deepEqual(result.organizations[0].agreementsConnection.aggregate, {
    count: { nodes: 2, edges: 2 },
    edge: { role: { shortest: 'lead' } },
    node: { value: { average: 210.25 }, signedAt: { min: '2021-06-01T09:00:00.000Z' } }
  })
})

test('an @cypher field is computed by its statement and can be sorted and filtered on', async () => {
  const result = await data(`{
    organizations(sort: [{ agreementCount: DESC }, { name: ASC }]) { name agreementCount }
    busy: organizations(where: { agreementCount: { gte: 2 } }, sort: [{ name: ASC }]) { name }
  }`)
  assert.deepEqual(result.organizations, [
    { name: 'ESA', agreementCount: 2 }, { name: 'NASA', agreementCount: 2 },
    { name: 'ISRO', agreementCount: 1 }, { name: 'JAXA', agreementCount: 1 }, { name: 'Kumamoto University', agreementCount: 0 }
  ])
  assert.deepEqual(names(result.busy), ['ESA', 'NASA'])
})

test('Date and DateTime values come back as written, to the millisecond', async () => {
  const result = await data(`{
    agreements(sort: [{ signedAt: ASC }]) { title signedAt }
    organizations(where: { name: { eq: "JAXA" } }) { founded }
  }`)
  assert.deepEqual(result.agreements.map(a => a.signedAt), [
    '2019-03-12T14:30:15.250Z', '2021-06-01T09:00:00.000Z', '2022-11-30T00:00:00.000Z'
  ])
  assert.deepEqual(result.organizations, [{ founded: '2003-10-01' }])

  // A DateTime with an offset is stored as that instant and read back in UTC.
  const updated = await data(`mutation {
    updateAgreements(where: { title: { eq: "Mars Sample Return LoI" } }, update: { signedAt: { set: "2022-11-30T09:15:30+09:00" } }) {
      agreements { signedAt }
    }
  }`)
  assert.deepEqual(updated.updateAgreements.agreements, [{ signedAt: '2022-11-30T00:15:30.000Z' }])
  const restored = await data(`mutation {
    updateAgreements(where: { title: { eq: "Mars Sample Return LoI" } }, update: { signedAt: { set: "2022-11-30T00:00:00Z" } }) {
      agreements { signedAt }
    }
  }`)
  assert.deepEqual(restored.updateAgreements.agreements, [{ signedAt: '2022-11-30T00:00:00.000Z' }])
})

test('a nested update connects, updates the edge, and disconnects an agreement', async () => {
  const connected = await data(`mutation {
    updateOrganizations(where: { name: { eq: "ISRO" } }, update: { agreements: [{ connect: [
      { where: { node: { title: { eq: "Lunar Gateway MoU" } } }, edge: { role: "observer", since: "2024-02-01" } } ] }] }) {
      info { relationshipsCreated }
      organizations { name agreementsConnection(sort: [{ node: { title: ASC } }]) { edges { properties { role } node { title } } } }
    }
  }`)
  assert.equal(connected.updateOrganizations.info.relationshipsCreated, 1)
  assert.deepEqual(connected.updateOrganizations.organizations[0].agreementsConnection.edges, [
    { properties: { role: 'partner' }, node: { title: 'Earth Observation Data Sharing' } },
    { properties: { role: 'observer' }, node: { title: 'Lunar Gateway MoU' } }
  ])

  const promoted = await data(`mutation {
    updateOrganizations(where: { name: { eq: "ISRO" } }, update: { agreements: [{ update: {
      where: { node: { title: { eq: "Lunar Gateway MoU" } } }, edge: { role: { set: "partner" } } } }] }) {
      organizations { agreementsConnection(where: { node: { title: { eq: "Lunar Gateway MoU" } } }) { edges { properties { role since } } } }
    }
  }`)
  assert.deepEqual(promoted.updateOrganizations.organizations[0].agreementsConnection.edges, [
    { properties: { role: 'partner', since: '2024-02-01' } }
  ])

  const disconnected = await data(`mutation {
    updateOrganizations(where: { name: { eq: "ISRO" } }, update: { agreements: [{ disconnect: [
      { where: { node: { title: { eq: "Lunar Gateway MoU" } } } } ] }] }) {
      info { relationshipsDeleted }
      organizations { agreements { title } }
    }
  }`)
  assert.equal(disconnected.updateOrganizations.info.relationshipsDeleted, 1)
  assert.deepEqual(disconnected.updateOrganizations.organizations[0].agreements, [{ title: 'Earth Observation Data Sharing' }])
})

test('a nested create and a nested delete add and remove an agreement with its topic', async () => {
  const created = await data(`mutation {
    updateOrganizations(where: { name: { eq: "Kumamoto University" } }, update: { agreements: [{ create: [
      { edge: { role: "lead", since: "2025-04-01" }, node: { title: "Volcano Monitoring MoU", signedAt: "2025-04-01T10:30:00+09:00",
          topics: { create: [{ node: { label: "Volcanoes" } }] } } } ] }] }) {
      info { nodesCreated relationshipsCreated }
      organizations { agreementCount agreements { title signedAt value topics { label } } }
    }
  }`)
  assert.deepEqual(created.updateOrganizations.info, { nodesCreated: 2, relationshipsCreated: 2 })
  assert.deepEqual(created.updateOrganizations.organizations, [{
    agreementCount: 1,
    agreements: [{ title: 'Volcano Monitoring MoU', signedAt: '2025-04-01T01:30:00.000Z', value: null, topics: [{ label: 'Volcanoes' }] }]
  }])

  const deleted = await data(`mutation {
    deleteOrganizations(where: { name: { eq: "Kumamoto University" } }, delete: { agreements: [{
      where: { node: { title: { eq: "Volcano Monitoring MoU" } } }, delete: { topics: [{ where: { node: { label: { eq: "Volcanoes" } } } }] } }] }) {
      nodesDeleted relationshipsDeleted
    }
  }`)
  assert.deepEqual(deleted.deleteOrganizations, { nodesDeleted: 3, relationshipsDeleted: 2 })
  const left = await data(`{
    organizations(where: { name: { eq: "Kumamoto University" } }) { name }
    agreements(where: { title: { eq: "Volcano Monitoring MoU" } }) { title }
    topics(sort: [{ label: ASC }]) { label }
  }`)
  assert.deepEqual(left, { organizations: [], agreements: [], topics: [{ label: 'Earth observation' }, { label: 'Mars' }, { label: 'Moon' }] })
})

test('an @authorization validate rule lets a steward token through and refuses other tokens and none', async () => {
  const steward = await tokenWithRoles(['steward'])
  const analyst = await tokenWithRoles(['analyst'])
  const create = 'mutation { createNotes(input: [{ text: "Renewal under review" }]) { notes { text } } }'

  const written = await data(create, {}, steward)
  assert.deepEqual(written.createNotes.notes, [{ text: 'Renewal under review' }])
  assert.deepEqual(await data('{ notes { text } }', {}, steward), { notes: [{ text: 'Renewal under review' }] })

  // The rule is checked inside the database (CALL apoc.util.validate with $jwt and $isAuthenticated): the library turns
  // the failure's message into its Forbidden, for a token without the role and for a request without a token.
  const refused = await execute('{ notes { text } }', {}, analyst)
  assert.deepEqual(refused.errors?.map(e => e.message), ['Forbidden'])
  const anonymous = await execute(create)
  assert.deepEqual(anonymous.errors?.map(e => e.message), ['Forbidden'])
  assert.deepEqual(await data('{ notes { text } }', {}, steward), { notes: [{ text: 'Renewal under review' }] })
})

test("the library's compatibility check finds Neo4j 5 and the APOC functions it needs", async () => {
  const library = new Neo4jGraphQL({ typeDefs, driver })
  // Resolves when dbms.components() reports a supported version and SHOW FUNCTIONS lists
  // apoc.util.validatePredicate and apoc.date.convertFormat; throws naming what is missing otherwise.
  await library.checkNeo4jCompat()
})

test('a full-text query finds organizations by their summary, scored and filtered', async () => {
  // The index the @fulltext directive names, created as a database administrator would (Cypher over Bolt).
  await driver.executeQuery('CREATE FULLTEXT INDEX OrganizationSummary IF NOT EXISTS FOR (n:Organization) ON EACH [n.summary]')
  await data(`mutation {
    a: updateOrganizations(where: { name: { eq: "JAXA" } }, update: { summary: { set: "Japan's space agency: satellites and lunar landers" } }) { info { nodesCreated } }
    b: updateOrganizations(where: { name: { eq: "ISRO" } }, update: { summary: { set: "India's space agency: satellites and launchers" } }) { info { nodesCreated } }
  }`)
  const result = await data(`{
    satellites: organizationsBySummary(phrase: "satellites", sort: [{ node: { name: ASC } }]) { edges { score node { name } } }
    either: organizationsBySummary(phrase: "lunar OR launchers", sort: [{ node: { name: ASC } }]) { edges { node { name } } }
    japanese: organizationsBySummary(phrase: "lunar OR launchers", where: { node: { country: { eq: "JP" } } }) { edges { node { name } } }
  }`)
  assert.deepEqual(result.satellites.edges.map(e => e.node.name), ['ISRO', 'JAXA'])
  assert.ok(result.satellites.edges.every(e => e.score > 0), 'every match has a positive score')
  assert.deepEqual(result.either.edges.map(e => e.node.name), ['ISRO', 'JAXA'])
  assert.deepEqual(result.japanese.edges.map(e => e.node.name), ['JAXA'])
})

test('list and number updates push, pop and add, and adding to an unset number is refused by APOC', async () => {
  const pushed = await data(`mutation {
    updateOrganizations(where: { name: { eq: "ESA" } }, update: { keywords: { set: ["launchers"] }, staff: { set: 2200 } }) { info { nodesCreated } }
    more: updateOrganizations(where: { name: { eq: "ESA" } }, update: { keywords: { push: ["science", "navigation"] }, staff: { add: 300 } }) {
      organizations { keywords staff }
    }
  }`)
  assert.deepEqual(pushed.more.organizations, [{ keywords: ['launchers', 'science', 'navigation'], staff: 2500 }])
  const popped = await data(`mutation {
    updateOrganizations(where: { name: { eq: "ESA" } }, update: { keywords: { pop: 2 }, staff: { subtract: 500 } }) { organizations { keywords staff } }
  }`)
  assert.deepEqual(popped.updateOrganizations.organizations, [{ keywords: ['launchers'], staff: 2000 }])

  // The library guards the update with CALL apoc.util.validate(this.staff IS NULL, 'Cannot %s %s to Nan', ['add', 1]).
  const refused = await execute('mutation { updateOrganizations(where: { name: { eq: "NASA" } }, update: { staff: { add: 1 } }) { organizations { staff } } }')
  assert.equal(refused.data, null)
  assert.deepEqual(refused.errors?.map(e => e.message),
    ['Failed to invoke procedure `apoc.util.validate`: Caused by: java.lang.RuntimeException: Cannot add 1 to Nan'])
})

test('Time, LocalDateTime, Duration and Point fields round-trip through the driver', async () => {
  const updated = await data(`mutation {
    o: updateOrganizations(where: { name: { eq: "JAXA" } }, update: {
      officeOpens: { set: "09:30:00+09:00" }, headquarters: { set: { longitude: 139.5614, latitude: 35.7089 } } }) {
      organizations { officeOpens headquarters { longitude latitude srid } }
    }
    a: updateAgreements(where: { title: { eq: "Earth Observation Data Sharing" } }, update: {
      term: { set: "P5Y6M10DT2H" }, reviewAt: { set: "2024-03-12T10:00:00" } }) {
      agreements { term reviewAt }
    }
  }`)
  assert.deepEqual(updated.o.organizations, [{ officeOpens: '09:30:00+09:00', headquarters: { longitude: 139.5614, latitude: 35.7089, srid: 4326 } }])
  assert.deepEqual(updated.a.agreements, [{ term: 'P5Y6M10DT2H', reviewAt: '2024-03-12T10:00:00' }])

  const filtered = await data(`{
    near: organizations(where: { headquarters: { distance: { from: { longitude: 139.7, latitude: 35.7 }, lt: 20000 } } }) { name }
    long: agreements(where: { term: { gt: "P1Y" } }) { title }
    reviewed: agreements(where: { reviewAt: { lt: "2025-01-01T00:00:00" } }) { title }
  }`)
  assert.deepEqual(filtered, {
    near: [{ name: 'JAXA' }], long: [{ title: 'Earth Observation Data Sharing' }], reviewed: [{ title: 'Earth Observation Data Sharing' }]
  })
})
