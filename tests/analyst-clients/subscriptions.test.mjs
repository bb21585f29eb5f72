// Live updates as an analyst's open view gets them (issue #18): graphql-ws 6 and urql 6 subscribe over WebSocket
// (subprotocol graphql-transport-ws), graphql-sse 2 over Server-Sent Events (distinct connections and single
// connection), and each sees a steward's change arrive when it commits.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createClient as createWsClient } from 'graphql-ws'
import { createClient as createSseClient } from 'graphql-sse'
import { Client, cacheExchange, fetchExchange, subscriptionExchange, gql } from '@urql/core'
import WebSocket from 'ws'
import { startServer, changeDescription, within } from './server.mjs'

let server

before(async () => { server = await startServer() })
after(async () => { await server?.stop() })

/** Resolves once every subscription sent before on `client` is registered on the server: the server handles a
 * connection's messages in order and answers a query sent over WebSocket with an error (queries go over HTTP), so
 * that error comes after the earlier subscriptions took their place. */
function registered (client) {
  return new Promise((resolve, reject) => client.subscribe({ query: '{ __typename }' }, {
    next: () => reject(new Error('a query over WebSocket should be refused')),
    error: resolve,
    complete: () => reject(new Error('a query over WebSocket should be refused'))
  }))
}

function wsClient () {
  return createWsClient({ url: server.wsUrl, webSocketImpl: WebSocket })
}

test('graphql-ws: entityChanged delivers a steward\'s change, the entity read after it committed', async () => {
  const client = wsClient()
  try {
    const events = []
    let arrived
    const first = new Promise(resolve => { arrived = resolve })
    const unsubscribe = client.subscribe(
      { query: 'subscription ($id: ID) { entityChanged(id: $id) { id deleted batch entity { id ... on Organization { description kindName } } } }', variables: { id: 'org:jaxa' } },
      { next: value => { events.push(value); arrived() }, error: error => assert.fail(JSON.stringify(error)), complete: () => {} })
    await registered(client)

    const batch = await changeDescription(server.url, 'org:jaxa', 'Seen by graphql-ws')
    await within(10_000, first, 'entityChanged after the steward\'s change')
    unsubscribe()

    const change = events[0].data.entityChanged
    assert.equal(change.id, 'org:jaxa')
    assert.equal(change.batch, batch)
    assert.equal(change.deleted, false)
    assert.equal(change.entity.description, 'Seen by graphql-ws')
    assert.equal(change.entity.kindName, 'GOVERNMENT_AGENCY')
  } finally {
    await client.dispose()
  }
})

test('graphql-ws: a subscription past the depth limit is refused like a query', async () => {
  const client = wsClient()
  try {
    const nested = Array.from({ length: 16 }, () => '... on Organization { country { ').join('') + 'id' + ' } }'.repeat(16)
    const error = await new Promise(resolve => client.subscribe(
      { query: `subscription { entityChanged { entity { ${nested} } } }` },
      { next: () => assert.fail('no event expected'), error: resolve, complete: () => resolve(null) }))
    assert.equal(error[0].extensions.code, 'MAX_DEPTH_EXCEEDED')
  } finally {
    await client.dispose()
  }
})

test('urql: queries over HTTP and batchCommitted over graphql-ws in one client', async () => {
  const ws = wsClient()
  const client = new Client({
    url: server.url,
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: request => ({
          subscribe: sink => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) })
        })
      })
    ]
  })
  try {
    const result = await client.query(gql`query UrqlEntity($id: ID!) { node(id: $id) { id ... on Entity { name kindName } } }`, { id: 'org:jaxa' }).toPromise()
    assert.equal(result.error, undefined)
    assert.equal(result.data.node.kindName, 'GOVERNMENT_AGENCY')

    let committed
    const arrived = new Promise(resolve => { committed = resolve })
    const { unsubscribe } = client.subscription(gql`subscription { batchCommitted { id operation entityIds } }`, {})
      .subscribe(result => { if (result.data) committed(result.data.batchCommitted) })
    await registered(ws)

    const batch = await changeDescription(server.url, 'org:jaxa', 'Seen by urql')
    const event = await within(10_000, arrived, 'batchCommitted after the steward\'s change')
    unsubscribe()

    assert.equal(event.id, batch)
    assert.equal(event.operation, 'upsertOrganization')
    assert.ok(event.entityIds.includes('org:jaxa'))
  } finally {
    await ws.dispose()
  }
})

test('graphql-sse, distinct connections: entityChanged delivers a steward\'s change', async () => {
  const client = createSseClient({ url: server.url, retryAttempts: 0 })
  try {
    let connected
    const streaming = new Promise(resolve => { connected = resolve })
    let arrived
    const first = new Promise(resolve => { arrived = resolve })
    // The server answers with the stream's headers once the subscription is registered: `connected` says so.
    const unsubscribe = client.subscribe(
      { query: 'subscription ($id: ID) { entityChanged(id: $id) { id batch entity { ... on Organization { description } } } }', variables: { id: 'org:jaxa' } },
      { next: arrived, error: error => assert.fail(String(error)), complete: () => {} },
      { connected })
    await within(10_000, streaming, 'the event stream')

    const batch = await changeDescription(server.url, 'org:jaxa', 'Seen by graphql-sse')
    const event = await within(10_000, first, 'entityChanged over SSE after the steward\'s change')
    unsubscribe()

    assert.equal(event.data.entityChanged.id, 'org:jaxa')
    assert.equal(event.data.entityChanged.batch, batch)
    assert.equal(event.data.entityChanged.entity.description, 'Seen by graphql-sse')
  } finally {
    client.dispose()
  }
})

test('graphql-sse, distinct connections: an invalid subscription arrives as errors on the stream', async () => {
  const client = createSseClient({ url: server.url, retryAttempts: 0 })
  try {
    const result = await new Promise((resolve, reject) => client.subscribe(
      { query: 'subscription { batchCommitted { nope } }' },
      { next: resolve, error: reject, complete: () => reject(new Error('completed without a result')) }))
    assert.equal(result.errors[0].extensions.code, 'FIELDS_ON_CORRECT_TYPE')
  } finally {
    client.dispose()
  }
})

test('graphql-sse, single connection: two subscriptions share one reserved stream', async () => {
  // The operations are accepted (202) once registered and stopped by a DELETE (200); the client offers no hook for
  // either, so its fetch says so.
  const accepted = []
  const stopped = []
  const fetchFn = async (url, init) => {
    const response = await fetch(url, init)
    if (init?.method === 'POST' && response.status === 202) accepted.push(JSON.parse(init.body).extensions.operationId)
    if (init?.method === 'DELETE') stopped.push(response.status)
    return response
  }
  const until = (what, condition) => within(10_000, (async () => { while (!condition()) await new Promise(resolve => setTimeout(resolve, 50)) })(), what)
  const client = createSseClient({ url: server.url, singleConnection: true, retryAttempts: 0, fetchFn })
  try {
    const received = {}
    let done
    const both = new Promise(resolve => { done = resolve })
    const sink = name => ({
      next: value => { received[name] = value.data; if (Object.keys(received).length === 2) done() },
      error: error => assert.fail(String(error)),
      complete: () => {}
    })
    const stopChanged = client.subscribe({ query: 'subscription { entityChanged(id: "org:jaxa") { id entity { ... on Organization { description } } } }' }, sink('changed'))
    const stopCommitted = client.subscribe({ query: 'subscription { batchCommitted { id operation } }' }, sink('committed'))
    await until('both operations accepted', () => accepted.length === 2)

    const batch = await changeDescription(server.url, 'org:jaxa', 'Seen on one SSE stream')
    await within(10_000, both, 'both events on the single stream')
    stopChanged()
    stopCommitted()
    await until('both operations stopped', () => stopped.length === 2)
    assert.deepEqual(stopped, [200, 200])

    assert.equal(received.changed.entityChanged.entity.description, 'Seen on one SSE stream')
    assert.equal(received.committed.batchCommitted.id, batch)
    assert.equal(received.committed.batchCommitted.operation, 'upsertOrganization')
  } finally {
    client.dispose()
  }
})
