// Apollo Client 4 as an analyst sets it up against GraphExplorer (issue #18): a normalised cache told the schema's
// possibleTypes by the server (GET /graphql/possible-types.json), Relay-style pagination merged in that cache, and
// Automatic Persisted Queries.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client'
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries'
import { relayStylePagination } from '@apollo/client/utilities'
import { startServer } from './server.mjs'

let server
let possibleTypes

before(async () => {
  server = await startServer()
  possibleTypes = await (await fetch(server.url + '/possible-types.json')).json()
})

after(async () => { await server?.stop() })

/** A client as the API docs show it; `sent` records each request body the link sends. */
function apolloClient (sent = [], { persisted = false, withPossibleTypes = true } = {}) {
  const recordingFetch = async (input, init) => {
    sent.push(JSON.parse(init.body ?? 'null') ?? Object.fromEntries(new URL(input).searchParams))
    return fetch(input, init)
  }
  const http = new HttpLink({ uri: server.url, fetch: recordingFetch })
  const link = persisted
    ? ApolloLink.from([new PersistedQueryLink({ sha256: text => createHash('sha256').update(text).digest('hex') }), http])
    : http
  return new ApolloClient({
    link,
    cache: new InMemoryCache({
      possibleTypes: withPossibleTypes ? possibleTypes : {},
      typePolicies: { Query: { fields: { organizations: relayStylePagination(['where', 'orderBy']) } } }
    })
  })
}

const SEARCH = gql`
  query AnalystSearch($text: String!) {
    search(text: $text, first: 5) { entity { ...EntityKind } }
  }
  fragment EntityKind on Entity { id name kindName kindLabels { en } }
`

test('the published possibleTypes name every abstract type of the schema', () => {
  assert.deepEqual(Object.keys(possibleTypes).sort(), ['Entity', 'Node'])
  assert.ok(possibleTypes.Entity.includes('Organization') && possibleTypes.Entity.includes('Agreement'))
})

test('with the published possibleTypes the cache keeps fields selected on an interface fragment', async () => {
  const client = apolloClient()
  const { data } = await client.query({ query: SEARCH, variables: { text: 'JAXA' } })
  const jaxa = data.search.map(hit => hit.entity).find(entity => entity.id === 'org:jaxa')
  assert.equal(jaxa.kindName, 'GOVERNMENT_AGENCY')

  // The normalised entity, read back through a fragment on the interface: matched only when the cache knows that
  // Organization is an Entity.
  const cached = client.readFragment({
    id: client.cache.identify({ __typename: 'Organization', id: 'org:jaxa' }),
    fragment: gql`fragment CachedKind on Entity { id name kindName }`
  })
  assert.deepEqual(cached, { __typename: 'Organization', id: 'org:jaxa', name: jaxa.name, kindName: 'GOVERNMENT_AGENCY' })
})

test('without possibleTypes the fields of the same interface fragment are lost (why the server publishes them)', async () => {
  const client = apolloClient([], { withPossibleTypes: false })
  await client.query({ query: SEARCH, variables: { text: 'JAXA' } })
  const cached = client.readFragment({
    id: client.cache.identify({ __typename: 'Organization', id: 'org:jaxa' }),
    fragment: gql`fragment CachedKind on Entity { id name kindName }`
  })
  assert.deepEqual(cached, { __typename: 'Organization' })
})

const ORGANIZATIONS = gql`
  query OrganizationPages($first: Int!, $after: String) {
    organizations(first: $first, after: $after) {
      edges { cursor node { id name } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`

test('Relay pagination forward: fetchMore pages merge in the cache in the order of one longer page', async () => {
  const client = apolloClient()
  const { data: whole } = await client.query({ query: ORGANIZATIONS, variables: { first: 6 }, fetchPolicy: 'network-only' })

  const paged = apolloClient()
  const observable = paged.watchQuery({ query: ORGANIZATIONS, variables: { first: 3 } })
  const first = await new Promise((resolve, reject) => {
    const subscription = observable.subscribe({
      next: result => { if (result.data) { subscription.unsubscribe(); resolve(result) } },
      error: reject
    })
  })
  assert.equal(first.data.organizations.edges.length, 3)
  assert.equal(first.data.organizations.pageInfo.hasNextPage, true)
  await observable.fetchMore({ variables: { after: first.data.organizations.pageInfo.endCursor } })
  const merged = paged.readQuery({ query: ORGANIZATIONS, variables: { first: 3 } })

  assert.deepEqual(merged.organizations.edges.map(e => e.node.id), whole.organizations.edges.map(e => e.node.id))
  assert.equal(merged.organizations.totalCount, whole.organizations.totalCount)
})

test('Automatic Persisted Queries: the hash alone once the server has the document', async () => {
  const sent = []
  const client = apolloClient(sent, { persisted: true })
  const query = gql`query PersistedNode($id: ID!) { node(id: $id) { id ... on Organization { name } } }`

  const first = await client.query({ query, variables: { id: 'org:jaxa' } })
  assert.equal(first.data.node.id, 'org:jaxa')
  assert.equal(sent.length, 2, 'the hash alone (PersistedQueryNotFound), then the document with its hash')
  assert.equal(sent[0].query, undefined)
  assert.ok(sent[1].query.includes('PersistedNode'))

  const again = apolloClient(sent, { persisted: true })
  const second = await again.query({ query, variables: { id: 'org:jaxa' } })
  assert.equal(second.data.node.name, first.data.node.name)
  assert.equal(sent.length, 3, 'one request, by hash')
  assert.equal(sent[2].query, undefined)
  assert.equal(sent[2].extensions.persistedQuery.sha256Hash, sent[0].extensions.persistedQuery.sha256Hash)
})

test('node(id) of an unknown id is null, not an error, as Relay clients expect', async () => {
  const client = apolloClient()
  const { data, error } = await client.query({ query: gql`{ node(id: "bogus") { id } }`, errorPolicy: 'all' })
  assert.equal(error, undefined)
  assert.equal(data.node, null)
})
