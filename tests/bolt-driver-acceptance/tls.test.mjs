// TLS on the Bolt port (issue #17): with Bolt:CertificatePath set, the driver connects with bolt+ssc:// (a self-signed
// certificate made here with openssl) and a client without TLS is closed.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import neo4j from 'neo4j-driver'
import { startServer, stewardKey } from './server.mjs'

function hasOpenssl () {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

test('with a certificate configured, TLS is required', { skip: hasOpenssl() ? false : 'openssl is not installed to make a certificate' }, async () => {
  const folder = mkdtempSync(join(tmpdir(), 'bolt-tls-'))
  const certificate = join(folder, 'cert.pem')
  const key = join(folder, 'key.pem')
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', certificate, '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' })
  const server = await startServer({ Bolt__CertificatePath: certificate, Bolt__CertificateKeyPath: key })
  try {
    const secure = neo4j.driver(`bolt+ssc://localhost:${server.port}`, neo4j.auth.basic('steward', stewardKey))
    try {
      const { records } = await secure.executeQuery('RETURN 1 AS one')
      assert.equal(records[0].get('one').toNumber(), 1)
    } finally {
      await secure.close()
    }
    const plain = neo4j.driver(`bolt://localhost:${server.port}`, neo4j.auth.basic('steward', stewardKey))
    try {
      await assert.rejects(plain.verifyConnectivity(), error => error.code === 'ServiceUnavailable')
    } finally {
      await plain.close()
    }
  } finally {
    await server.stop()
    rmSync(folder, { recursive: true, force: true })
  }
})
