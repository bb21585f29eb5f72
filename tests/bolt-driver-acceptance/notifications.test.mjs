// Notifications in the driver's result summary (issue #17): the Bolt server sends them in the closing SUCCESS as
// Neo4j 5 does, and honours the driver's notification filter (notificationFilter: the driver's in HELLO, a session's
// in BEGIN and auto-commit RUN).
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import neo4j from 'neo4j-driver'
import { startServer, stewardKey } from './server.mjs'

let server

before(async () => { server = await startServer() })
after(async () => { await server?.stop() })

const deprecatedId = 'OPTIONAL MATCH (n) RETURN id(n) AS legacy'

test('a deprecated function shows in summary.notifications with its code, severity and position', async () => {
  const driver = neo4j.driver(`bolt://127.0.0.1:${server.port}`, neo4j.auth.basic('steward', stewardKey))
  try {
    const { summary } = await driver.executeQuery(deprecatedId)
    assert.deepEqual(summary.notifications.map(n => ({
      code: n.code, title: n.title, description: n.description, severity: n.rawSeverityLevel, category: n.rawCategory, position: n.position
    })), [{
      code: 'Neo.ClientNotification.Statement.FeatureDeprecationWarning',
      title: 'This feature is deprecated and will be removed in future versions.',
      description: 'The query used a deprecated function: `id`.',
      severity: 'WARNING',
      category: 'DEPRECATION',
      position: { offset: 26, line: 1, column: 27 }
    }])
    const { summary: clean } = await driver.executeQuery('OPTIONAL MATCH (n) RETURN elementId(n) AS id')
    assert.deepEqual(clean.notifications, [])
  } finally {
    await driver.close()
  }
})

test('a driver that disables the DEPRECATION category gets no deprecation notification', async () => {
  const driver = neo4j.driver(`bolt://127.0.0.1:${server.port}`, neo4j.auth.basic('steward', stewardKey), {
    notificationFilter: { disabledClassifications: [neo4j.notificationFilterDisabledClassification.DEPRECATION] }
  })
  try {
    const { summary } = await driver.executeQuery(deprecatedId)
    assert.deepEqual(summary.notifications, [])
  } finally {
    await driver.close()
  }
})

test("a session's notification filter turns them off for its transactions and auto-commit queries", async () => {
  const driver = neo4j.driver(`bolt://127.0.0.1:${server.port}`, neo4j.auth.basic('steward', stewardKey))
  const quiet = driver.session({ notificationFilter: { minimumSeverityLevel: neo4j.notificationFilterMinimumSeverityLevel.OFF } })
  try {
    const managed = await quiet.executeRead(tx => tx.run(deprecatedId))
    assert.deepEqual(managed.summary.notifications, [])
    const autoCommit = await quiet.run(deprecatedId)
    assert.deepEqual(autoCommit.summary.notifications, [])
    const { summary } = await driver.executeQuery(deprecatedId)
    assert.equal(summary.notifications.length, 1, 'the driver without a filter still gets the warning')
  } finally {
    await quiet.close()
    await driver.close()
  }
})
