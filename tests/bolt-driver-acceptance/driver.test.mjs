// Acceptance test of issue #17: Neo4j's official JavaScript driver (neo4j-driver 6) against the product's Bolt server
// on the embedded database — sessions, managed and explicit transactions, bookmarks, every value type, error classes,
// authentication and the reader/steward split.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import neo4j from 'neo4j-driver'
import { startServer, stewardKey, readerName, readerKey } from './server.mjs'

let server
let steward
let reader

before(async () => {
  server = await startServer()
  steward = neo4j.driver(`bolt://127.0.0.1:${server.port}`, neo4j.auth.basic('steward', stewardKey))
  reader = neo4j.driver(`bolt://127.0.0.1:${server.port}`, neo4j.auth.basic(readerName, readerKey))
})

after(async () => {
  await steward?.close()
  await reader?.close()
  await server?.stop()
})

async function failureOf (work) {
  try {
    await work()
  } catch (error) {
    return error
  }
  assert.fail('expected the work to fail')
}

test('the driver connects over Bolt 5.4 and sees Neo4j 5.26 in dbms.components()', async () => {
  const info = await steward.getServerInfo()
  assert.equal(info.agent, 'Neo4j/5.26.0')
  assert.equal(`${info.protocolVersion.major}.${info.protocolVersion.minor}`, '5.4')
  const { records } = await steward.executeQuery('CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition')
  assert.deepEqual(records.map(r => r.toObject()), [{ name: 'Neo4j Kernel', versions: ['5.26.0'], edition: 'community' }])
})

test('a routing driver (neo4j://) is routed to this single server', async () => {
  const routed = neo4j.driver(`neo4j://127.0.0.1:${server.port}`, neo4j.auth.basic('steward', stewardKey))
  try {
    const { records } = await routed.executeQuery('RETURN 40 + 2 AS answer', {}, { routing: neo4j.routing.READ })
    assert.equal(records[0].get('answer').toNumber(), 42)
  } finally {
    await routed.close()
  }
})

test('a wrong password is refused with Neo.ClientError.Security.Unauthorized', async () => {
  const wrong = neo4j.driver(`bolt://127.0.0.1:${server.port}`, neo4j.auth.basic('steward', 'not-the-key'))
  try {
    const error = await failureOf(() => wrong.verifyConnectivity())
    assert.equal(error.code, 'Neo.ClientError.Security.Unauthorized')
  } finally {
    await wrong.close()
  }
})

test('without credentials nothing is served unless Bolt:AllowAnonymousReads is on', async () => {
  const anonymous = neo4j.driver(`bolt://127.0.0.1:${server.port}`)
  try {
    const error = await failureOf(() => anonymous.verifyConnectivity())
    assert.equal(error.code, 'Neo.ClientError.Security.Unauthorized')
  } finally {
    await anonymous.close()
  }
})

test('auto-commit writes report their counters and a bookmark that a later session waits for', async () => {
  const session = steward.session()
  let bookmarks
  try {
    const result = await session.run("CREATE (:Organization {name: 'JAXA'})-[:SIGNED {year: 2021}]->(:Agreement {title: 'MoU'})")
    const counters = result.summary.counters.updates()
    assert.equal(counters.nodesCreated, 2)
    assert.equal(counters.relationshipsCreated, 1)
    assert.equal(counters.propertiesSet, 3)
    assert.equal(result.summary.queryType, 'w')
    bookmarks = session.lastBookmarks()
    assert.equal(bookmarks.length, 1)
  } finally {
    await session.close()
  }
  const later = reader.session({ bookmarks, defaultAccessMode: neo4j.session.READ })
  try {
    const result = await later.run("MATCH (o:Organization {name: 'JAXA'}) RETURN count(o) AS n")
    assert.equal(result.records[0].get('n').toNumber(), 1)
  } finally {
    await later.close()
  }
})

test('a bookmark this server never issued is refused with Neo.ClientError.Transaction.InvalidBookmark', async () => {
  const session = steward.session({ bookmarks: ['FB:not-ours'] })
  try {
    const error = await failureOf(() => session.run('RETURN 1'))
    assert.equal(error.code, 'Neo.ClientError.Transaction.InvalidBookmark')
  } finally {
    await session.close()
  }
})

test('managed transactions: executeWrite commits, executeRead sees it through the bookmark', async () => {
  const session = steward.session()
  try {
    const created = await session.executeWrite(async tx => {
      const result = await tx.run("CREATE (p:Place {name: $name}) RETURN elementId(p) AS id", { name: 'Kumamoto' })
      return result.records[0].get('id')
    })
    const found = await session.executeRead(async tx => {
      const result = await tx.run('MATCH (p:Place) WHERE elementId(p) = $id RETURN p.name AS name', { id: created })
      return result.records.map(r => r.get('name'))
    })
    assert.deepEqual(found, ['Kumamoto'])
  } finally {
    await session.close()
  }
})

test('explicit transactions: a commit applies every query, a rollback none', async () => {
  const session = steward.session()
  try {
    const committed = await session.beginTransaction({ metadata: { app: 'acceptance' }, timeout: 10_000 })
    await committed.run("CREATE (:Sector {name: 'Space'})")
    await committed.run("CREATE (:Sector {name: 'Energy'})")
    await committed.commit()

    const rolledBack = await session.beginTransaction()
    await rolledBack.run("CREATE (:Sector {name: 'Never'})")
    await rolledBack.rollback()

    const result = await session.run('MATCH (s:Sector) RETURN s.name AS name ORDER BY name')
    assert.deepEqual(result.records.map(r => r.get('name')), ['Energy', 'Space'])
  } finally {
    await session.close()
  }
})

test('two results open at once in one transaction are pulled by their qid', async () => {
  const session = steward.session({ fetchSize: 2 })
  try {
    const tx = await session.beginTransaction()
    const first = tx.run('UNWIND range(1, 5) AS x RETURN x')
    const second = tx.run("UNWIND ['a', 'b', 'c'] AS y RETURN y")
    const [a, b] = await Promise.all([first, second])
    assert.deepEqual(a.records.map(r => r.get('x').toNumber()), [1, 2, 3, 4, 5])
    assert.deepEqual(b.records.map(r => r.get('y')), ['a', 'b', 'c'])
    await tx.commit()
  } finally {
    await session.close()
  }
})

test('results larger than the fetch size arrive in batches (PULL n, has_more)', async () => {
  const session = steward.session({ fetchSize: 3 })
  try {
    const result = await session.run('UNWIND range(1, 10) AS x RETURN x')
    assert.deepEqual(result.records.map(r => r.get('x').toNumber()), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  } finally {
    await session.close()
  }
})

test('every property value type round-trips as a parameter', async () => {
  const values = {
    nothing: null,
    yes: true,
    integer: neo4j.int(-9007199254740993n),
    float: 2.5,
    text: '東京 — Tokyo',
    list: [neo4j.int(1), 'two', 3.5],
    map: { nested: { deeper: [true, false] } },
    date: new neo4j.types.Date(2021, 6, 1),
    localTime: new neo4j.types.LocalTime(9, 30, 15, 123456789),
    time: new neo4j.types.Time(9, 30, 0, 0, 3600),
    localDateTime: new neo4j.types.LocalDateTime(2021, 6, 1, 9, 0, 0, 500),
    dateTimeOffset: new neo4j.types.DateTime(2021, 6, 1, 9, 0, 0, 0, 7200),
    dateTimeZone: new neo4j.types.DateTime(2021, 6, 1, 9, 0, 0, 0, undefined, 'Europe/Luxembourg'),
    duration: new neo4j.types.Duration(14, 3, 3723, 5),
    cartesian: new neo4j.types.Point(neo4j.int(7203), 1.5, -2.25),
    wgs84: new neo4j.types.Point(neo4j.int(4979), 130.7, 32.8, 12.0)
  }
  // A zoned datetime is sent without its offset (the driver works out the instant from the zone); it comes back with the
  // offset the zone has at that instant: Luxembourg is two hours ahead of UTC in June.
  const expected = { ...values, dateTimeZone: new neo4j.types.DateTime(2021, 6, 1, 9, 0, 0, 0, 7200, 'Europe/Luxembourg') }
  const { records } = await steward.executeQuery('RETURN $values AS values', { values })
  const back = records[0].get('values')
  for (const [name, sent] of Object.entries(expected)) {
    const received = back[name]
    if (sent === null || typeof sent !== 'object' || Array.isArray(sent) || sent.constructor === Object) {
      assert.deepEqual(received, sent, name)
    } else {
      assert.equal(received.constructor, sent.constructor, `${name}: type`)
      assert.equal(received.toString(), sent.toString(), name)
    }
  }
})

test('nodes, relationships and paths carry element ids, labels, types and properties', async () => {
  const { records } = await steward.executeQuery(`
    MATCH p = (o:Organization {name: 'JAXA'})-[s:SIGNED]->(a:Agreement)
    RETURN o, s, a, p, elementId(o) AS oid, elementId(s) AS sid`)
  const record = records[0]
  const [o, s, a, p] = ['o', 's', 'a', 'p'].map(k => record.get(k))
  assert.ok(o instanceof neo4j.types.Node)
  assert.deepEqual(o.labels, ['Organization'])
  assert.equal(o.properties.name, 'JAXA')
  assert.equal(o.elementId, record.get('oid'))
  assert.ok(s instanceof neo4j.types.Relationship)
  assert.equal(s.type, 'SIGNED')
  assert.equal(s.properties.year.toNumber(), 2021)
  assert.equal(s.elementId, record.get('sid'))
  assert.equal(s.startNodeElementId, o.elementId)
  assert.equal(s.endNodeElementId, a.elementId)
  assert.ok(p instanceof neo4j.types.Path)
  assert.equal(p.length, 1)
  assert.equal(p.start.elementId, o.elementId)
  assert.equal(p.end.elementId, a.elementId)
  assert.equal(p.segments[0].relationship.elementId, s.elementId)

  // Walked against its direction, the path still names the relationship's own start and end.
  const reverse = await steward.executeQuery("MATCH p = (:Agreement)<-[:SIGNED]-(:Organization {name: 'JAXA'}) RETURN p")
  const segment = reverse.records[0].get('p').segments[0]
  assert.equal(segment.start.elementId, a.elementId)
  assert.equal(segment.relationship.startNodeElementId, o.elementId)
})

test('a syntax error is Neo.ClientError.Statement.SyntaxError and the session goes on', async () => {
  const session = steward.session()
  try {
    const error = await failureOf(() => session.run('RETURN RETURN'))
    assert.equal(error.code, 'Neo.ClientError.Statement.SyntaxError')
    assert.ok(error instanceof neo4j.Neo4jError)
    assert.equal(neo4j.isRetryableError(error), false)
    const result = await session.run('RETURN 1 AS one')
    assert.equal(result.records[0].get('one').toNumber(), 1)
  } finally {
    await session.close()
  }
})

test('an unknown procedure is Neo.ClientError.Procedure.ProcedureNotFound', async () => {
  const error = await failureOf(() => steward.executeQuery('CALL no.such.procedure()'))
  assert.equal(error.code, 'Neo.ClientError.Procedure.ProcedureNotFound')
})

test('a reader reads but its writes are refused with Neo.ClientError.Security.Forbidden', async () => {
  const { records } = await reader.executeQuery('MATCH (s:Sector) RETURN count(s) AS n', {}, { routing: neo4j.routing.READ })
  assert.equal(records[0].get('n').toNumber(), 2)
  const error = await failureOf(() => reader.executeQuery("CREATE (:Sector {name: 'Forbidden'})"))
  assert.equal(error.code, 'Neo.ClientError.Security.Forbidden')
  const session = reader.session()
  try {
    const inTransaction = await failureOf(() => session.executeWrite(tx => tx.run("CREATE (:Sector {name: 'Forbidden'})")))
    assert.equal(inTransaction.code, 'Neo.ClientError.Security.Forbidden')
  } finally {
    await session.close()
  }
  const count = await steward.executeQuery("MATCH (s:Sector {name: 'Forbidden'}) RETURN count(s) AS n")
  assert.equal(count.records[0].get('n').toNumber(), 0)
})

test('a write in a read transaction is Neo.ClientError.Statement.AccessMode, even for a steward', async () => {
  const session = steward.session()
  try {
    const error = await failureOf(() => session.executeRead(tx => tx.run("CREATE (:Sector {name: 'ReadMode'})")))
    assert.equal(error.code, 'Neo.ClientError.Statement.AccessMode')
  } finally {
    await session.close()
  }
})

test('a transaction over its client timeout is terminated with TransactionTimedOutClientConfiguration', async () => {
  const session = steward.session()
  try {
    const error = await failureOf(() => session.run('UNWIND range(1, 100000000) AS x RETURN count(x)', {}, { timeout: 50 }))
    assert.equal(error.code, 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')
  } finally {
    await session.close()
  }
})
