// Starts the product's server (the Release build of src/GraphExplorer.Server) with Bolt on an ephemeral port, on an
// empty database in a temporary folder, with one steward key and one reader key; stops it and removes the folder.
import { join } from 'node:path'
import { keyEntry, newKey, startServerProcess } from '../Shared/server-process.mjs'

export const stewardKey = newKey()
export const readerName = 'analyst'
export const readerKey = newKey()

export async function startServer (extraSettings = {}) {
  const steward = keyEntry('acceptance', stewardKey)
  const reader = keyEntry(readerName, readerKey)
  const server = await startServerProcess({
    dllVariable: 'BOLT_SERVER_DLL',
    folderPrefix: 'bolt-acceptance-',
    settings: folder => ({
      Database__Path: join(folder, 'graph'),
      Seed__LoadOnStart: 'false',
      Bolt__Enabled: 'true',
      Bolt__Port: '0',
      Stewards__Keys__0__Name: steward.name,
      Stewards__Keys__0__Hash: steward.hash,
      Stewards__Keys__0__Salt: steward.salt,
      Bolt__Readers__0__Name: reader.name,
      Bolt__Readers__0__Hash: reader.hash,
      Bolt__Readers__0__Salt: reader.salt,
      ...extraSettings
    }),
    ready: /Bolt server listening on [^ ]+:(\d+)/,
    what: 'a Bolt port',
    timeoutMs: 60_000
  })
  return { port: server.port, log: server.log, stop: server.stop }
}
