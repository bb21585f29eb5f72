// Bolt logins with the identity provider's token (issue #20): with Access:RequireSignIn and Access:Jwt set, the driver's
// bearer auth (neo4j.auth.bearer) carries a JWT that the server checks with its JWT bearer handler. The provider is a
// small issuer started here (discovery and JWKS over http on loopback) whose tokens jose signs with a key made here.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { createServer } from 'node:http'
import neo4j from 'neo4j-driver'
import { SignJWT, exportJWK, generateKeyPair } from 'jose'
import { startServer } from './server.mjs'

const audience = 'graphexplorer-api'
let issuer
let server

/** A token issuer on a free loopback port: its discovery document and public key, and tokens signed with its key. */
async function startIssuer () {
  const { publicKey, privateKey } = await generateKeyPair('RS256')
  const jwk = { ...(await exportJWK(publicKey)), kid: 'acceptance-key', use: 'sig', alg: 'RS256' }
  let address
  const http = createServer((request, response) => {
    const documents = {
      '/.well-known/openid-configuration': { issuer: address, jwks_uri: `${address}/jwks`, id_token_signing_alg_values_supported: ['RS256'] },
      '/jwks': { keys: [jwk] }
    }
    const body = documents[request.url]
    response.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' })
    response.end(JSON.stringify(body ?? { error: 'not found' }))
  })
  await new Promise(resolve => http.listen(0, '127.0.0.1', resolve))
  address = `http://127.0.0.1:${http.address().port}`
  const sign = (user, roles, { key = privateKey, expiresIn = '10m', aud = audience } = {}) =>
    new SignJWT({ preferred_username: user, roles })
      .setProtectedHeader({ alg: 'RS256', kid: 'acceptance-key' })
      .setIssuer(address).setAudience(aud).setSubject(`sub-${user}`).setIssuedAt().setExpirationTime(expiresIn)
      .sign(key)
  return { address, sign, stop: () => new Promise(resolve => http.close(resolve)) }
}

before(async () => {
  issuer = await startIssuer()
  server = await startServer({
    Access__RequireSignIn: 'true',
    Access__Jwt__Authority: issuer.address,
    Access__Jwt__Audience: audience,
    Access__Jwt__RequireHttpsMetadata: 'false'
  })
})

after(async () => {
  await server?.stop()
  await issuer?.stop()
})

async function withDriver (auth, work) {
  const driver = neo4j.driver(`bolt://127.0.0.1:${server.port}`, auth)
  try {
    return await work(driver)
  } finally {
    await driver.close()
  }
}

test('a token with the steward role writes, and a reader\'s token reads it back', async () => {
  const stewardToken = await issuer.sign('sam.steward', ['reader', 'steward'])
  await withDriver(neo4j.auth.bearer(stewardToken), driver =>
    driver.executeQuery("CREATE (:Organization {id: 'org:bearer-acceptance', name: 'Bearer Robotics'})"))
  const readerToken = await issuer.sign('rita.reader', ['reader'])
  const { records } = await withDriver(neo4j.auth.bearer(readerToken), driver =>
    driver.executeQuery("MATCH (o:Organization {id: 'org:bearer-acceptance'}) RETURN o.name AS name", {}, { routing: neo4j.routing.READ }))
  assert.deepEqual(records.map(r => r.get('name')), ['Bearer Robotics'])
})

test('a token without the steward role cannot write: Neo.ClientError.Security.Forbidden', async () => {
  const readerToken = await issuer.sign('rita.reader', ['reader'])
  await withDriver(neo4j.auth.bearer(readerToken), async driver => {
    await assert.rejects(driver.executeQuery("CREATE (:Organization {id: 'org:bearer-refused'})"),
      error => error.code === 'Neo.ClientError.Security.Forbidden')
  })
})

test('a forged, expired or foreign-audience token, and no credentials, are Neo.ClientError.Security.Unauthorized', async () => {
  const { privateKey: foreignKey } = await generateKeyPair('RS256')
  const refused = [
    neo4j.auth.bearer(await issuer.sign('mallory', ['steward'], { key: foreignKey })),
    neo4j.auth.bearer(await issuer.sign('late', ['steward'], { expiresIn: '-10m' })),
    neo4j.auth.bearer(await issuer.sign('elsewhere', ['steward'], { aud: 'another-api' })),
    undefined
  ]
  for (const auth of refused) {
    await withDriver(auth, async driver => {
      await assert.rejects(driver.verifyConnectivity(), error => error.code === 'Neo.ClientError.Security.Unauthorized')
    })
  }
})
