// Neo4j's own Query API client, @neo4j-labs/experimental-query-api-wrapper (neo4j-driver's API over HTTP), against the
// product's Query API served by the real server: discovery, auto-commit and explicit transactions, every value type
// decoded by Neo4j's codec, counters, bookmarks and errors. Each test checks a shape the wrapper reads, so the
// endpoint's shapes are Neo4j's rather than those of our own client (src/GraphExplorer.Neo4j), written beside it.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import neo4j from './wrapper.mjs'
import { startServer, user, password } from './server.mjs'

const database = 'neo4j'
let server
let wrapper

before(async () => {
  server = await startServer()
  wrapper = neo4j.wrapper(server.url, neo4j.auth.basic(user, password))
})

after(async () => {
  await wrapper?.close()
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

test('the wrapper finds the query endpoint in the discovery document and runs a query there', async () => {
  const { records } = await wrapper.executeQuery('RETURN 1 AS one', {}, { database })
  assert.equal(records[0].get('one').toNumber(), 1)
})

test('the wrapper verifies connectivity and authentication', async () => {
  await wrapper.verifyConnectivity({ database })
  assert.equal(await wrapper.verifyAuthentication({ database }), true)
})

test('scalars come back as the driver types: Integer, float, string, boolean, null, list, map', async () => {
  const { keys, records } = await wrapper.executeQuery(
    "RETURN 42 AS i, 2.5 AS f, '東京' AS s, true AS b, null AS n, [1, 'two'] AS l, {k: 1, m: {x: 'y'}} AS m",
    {}, { database })
  assert.deepEqual(keys, ['i', 'f', 's', 'b', 'n', 'l', 'm'])
  const row = records[0]
  assert.ok(neo4j.isInt(row.get('i')), 'an integer is a neo4j Integer')
  assert.equal(row.get('i').toNumber(), 42)
  assert.equal(row.get('f'), 2.5)
  assert.equal(row.get('s'), '東京')
  assert.equal(row.get('b'), true)
  assert.equal(row.get('n'), null)
  assert.equal(row.get('l')[0].toNumber(), 1)
  assert.equal(row.get('l')[1], 'two')
  assert.equal(row.get('m').k.toNumber(), 1)
  assert.deepEqual(row.get('m').m, { x: 'y' })
})

test('parameters of every kind reach the query typed as the driver sent them', async () => {
  const { records } = await wrapper.executeQuery(
    'RETURN $i + 1 AS i, $f * 2 AS f, $s AS s, size($l) AS l, $m.k AS k',
    { i: neo4j.int(41), f: 1.25, s: 'JAXA', l: [1, 2, 3], m: { k: 'v' } }, { database })
  const row = records[0]
  assert.equal(row.get('i').toNumber(), 42)
  assert.equal(row.get('f'), 2.5)
  assert.equal(row.get('s'), 'JAXA')
  assert.equal(row.get('l').toNumber(), 3)
  assert.equal(row.get('k'), 'v')
})

test('a written node, relationship and path come back as Node, Relationship and Path with element ids', async () => {
  const { records, summary } = await wrapper.executeQuery(
    "CREATE p = (a:Institution {name: 'JAXA'})-[r:SIGNED {year: 2024}]->(b:Agreement {title: 'MoU'}) RETURN a, r, b, p",
    {}, { database })
  const { a, r, b, p } = records[0].toObject()
  assert.ok(neo4j.isNode(a))
  assert.deepEqual(a.labels, ['Institution'])
  assert.equal(a.properties.name, 'JAXA')
  assert.equal(typeof a.elementId, 'string')
  assert.ok(neo4j.isRelationship(r))
  assert.equal(r.type, 'SIGNED')
  assert.equal(r.properties.year.toNumber(), 2024)
  assert.equal(r.startNodeElementId, a.elementId)
  assert.equal(r.endNodeElementId, b.elementId)
  assert.ok(neo4j.isPath(p))
  assert.equal(p.length, 1)
  assert.equal(p.start.elementId, a.elementId)
  assert.equal(p.end.elementId, b.elementId)
  assert.equal(p.segments[0].relationship.elementId, r.elementId)
  const counters = summary.counters.updates()
  assert.equal(counters.nodesCreated, 2)
  assert.equal(counters.relationshipsCreated, 1)
  assert.equal(counters.propertiesSet, 3)
  assert.equal(counters.labelsAdded, 2)
  await wrapper.executeQuery('MATCH (n) WHERE n:Institution OR n:Agreement DETACH DELETE n', {}, { database })
})

// Times carry a fraction of a second: the wrapper (0.0.1-alpha07) cannot decode a time without one ("12:30:15"), which
// Neo4j also sends when the nanoseconds are 0, so whole seconds would test the wrapper's gap rather than our shapes.
test('temporal values and points come back as the driver types with their fields', async () => {
  const { records } = await wrapper.executeQuery(
    "RETURN date('2024-05-01') AS d, localtime('12:30:15.5') AS lt, time('12:30:15.5+09:00') AS t, " +
    "localdatetime('2024-05-01T12:30:15.5') AS ldt, datetime('2024-05-01T12:30:15.5+09:00') AS dt, " +
    "datetime('2024-05-01T12:30:15.5[Asia/Tokyo]') AS zdt, duration('P1Y2M3DT4H') AS du, " +
    'point({x: 1.5, y: 2.5}) AS p, point({longitude: 139.69, latitude: 35.69}) AS g',
    {}, { database })
  const row = records[0]
  const fields = value => [value.hour, value.minute, value.second, value.nanosecond].map(Number)
  assert.ok(neo4j.isDate(row.get('d')))
  assert.deepEqual([row.get('d').year, row.get('d').month, row.get('d').day].map(Number), [2024, 5, 1])
  assert.ok(neo4j.isLocalTime(row.get('lt')))
  assert.deepEqual(fields(row.get('lt')), [12, 30, 15, 500_000_000])
  assert.ok(neo4j.isTime(row.get('t')))
  assert.deepEqual(fields(row.get('t')), [12, 30, 15, 500_000_000])
  assert.equal(Number(row.get('t').timeZoneOffsetSeconds), 9 * 3600)
  assert.ok(neo4j.isLocalDateTime(row.get('ldt')))
  assert.deepEqual(fields(row.get('ldt')), [12, 30, 15, 500_000_000])
  assert.ok(neo4j.isDateTime(row.get('dt')))
  assert.equal(Number(row.get('dt').timeZoneOffsetSeconds), 9 * 3600)
  assert.ok(neo4j.isDateTime(row.get('zdt')))
  assert.equal(row.get('zdt').timeZoneId, 'Asia/Tokyo')
  assert.ok(neo4j.isDuration(row.get('du')))
  assert.deepEqual([row.get('du').months, row.get('du').days, row.get('du').seconds].map(Number), [14, 3, 4 * 3600])
  assert.ok(neo4j.isPoint(row.get('p')))
  assert.equal(Number(row.get('p').srid), 7203)
  assert.equal(row.get('p').x, 1.5)
  assert.equal(Number(row.get('g').srid), 4326)
  assert.equal(row.get('g').y, 35.69)
})

test('an explicit transaction commits its writes, and a rolled-back one leaves nothing', async () => {
  const session = wrapper.session({ database })
  try {
    const committed = await session.beginTransaction()
    await committed.run("CREATE (:Forum {name: 'committed'})")
    const inside = await committed.run("MATCH (f:Forum {name: 'committed'}) RETURN count(f) AS n")
    assert.equal(inside.records[0].get('n').toNumber(), 1)
    await committed.commit()

    const rolledBack = await session.beginTransaction()
    await rolledBack.run("CREATE (:Forum {name: 'rolled back'})")
    await rolledBack.rollback()
  } finally {
    await session.close()
  }
  const { records } = await wrapper.executeQuery('MATCH (f:Forum) RETURN f.name AS name ORDER BY name', {}, { database })
  assert.deepEqual(records.map(record => record.get('name')), ['committed'])
  await wrapper.executeQuery('MATCH (f:Forum) DELETE f', {}, { database })
})

test('managed transactions (executeWrite, executeRead) run their work and a session keeps its bookmarks', async () => {
  const session = wrapper.session({ database })
  try {
    await session.executeWrite(tx => tx.run("CREATE (:Expo {name: 'Osaka 2025'})"))
    assert.ok(session.lastBookmarks().length > 0, 'a committed write leaves a bookmark')
    const names = await session.executeRead(async tx => {
      const result = await tx.run('MATCH (e:Expo) RETURN e.name AS name')
      return result.records.map(record => record.get('name'))
    })
    assert.deepEqual(names, ['Osaka 2025'])
    await session.executeWrite(tx => tx.run('MATCH (e:Expo) DELETE e'))
  } finally {
    await session.close()
  }
})

test('a syntax error arrives as a Neo4jError with Neo4j\'s status code', async () => {
  const error = await failureOf(() => wrapper.executeQuery('RETURN RETURN', {}, { database }))
  assert.ok(error instanceof neo4j.Neo4jError, `a Neo4jError, not ${error?.constructor?.name}: ${error}`)
  assert.equal(error.code, 'Neo.ClientError.Statement.SyntaxError')
})

test('a wrong password is refused with Neo4j\'s Unauthorized code', async () => {
  const stranger = neo4j.wrapper(server.url, neo4j.auth.basic(user, 'not-the-password'))
  try {
    const error = await failureOf(() => stranger.executeQuery('RETURN 1', {}, { database }))
    assert.equal(error.code, 'Neo.ClientError.Security.Unauthorized')
  } finally {
    await stranger.close()
  }
})
