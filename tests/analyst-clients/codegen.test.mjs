// graphql-codegen 7 with the repository's codegen.ts (issue #18): types generated from the live server's schema for
// the web client's own operations, without error, with the custom scalars mapped to string.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { startServer } from './server.mjs'

const here = dirname(fileURLToPath(import.meta.url))
let server
let output

before(async () => {
  server = await startServer()
  output = mkdtempSync(join(tmpdir(), 'analyst-codegen-'))
})

after(async () => {
  await server?.stop()
  if (output) rmSync(output, { recursive: true, force: true })
})

test('codegen.ts generates the schema\'s and the client\'s operation types from the live server', async () => {
  const generated = join(output, 'graphql.ts')
  const cli = join(here, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js')
  await promisify(execFile)(process.execPath, [cli, '--config', 'codegen.ts'], {
    cwd: here,
    env: { ...process.env, GRAPHQL_URL: server.url, CODEGEN_OUTPUT: generated, CI: 'true' },
    timeout: 120_000
  })

  const types = readFileSync(generated, 'utf8')
  assert.match(types, /Date: \{ input: string; output: string; \}/, 'Date maps to string')
  assert.match(types, /DateTime: \{ input: string; output: string; \}/)
  assert.match(types, /export type Entity = \{/, 'the schema\'s interface')
  assert.match(types, /kindName\?: Maybe<Scalars\['String'\]\['output'\]>/, 'the kind across the interface')
  assert.match(types, /export type SubscriptionEntityChangedArgs = \{/, 'the subscription root')
  for (const operation of ['Search', 'Neighbourhood', 'Entity', 'Timeline']) {
    assert.match(types, new RegExp(`export type ${operation}Query = `), `the client's ${operation} operation`)
  }
})
