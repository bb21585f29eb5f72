// Starts the product's server (the Release build of src/GraphExplorer.Server) with Bolt on an ephemeral port, on an
// empty database in a temporary folder, with one steward key (the library writes, so it connects as the steward);
// stops it and removes the folder.
import { join } from 'node:path'
import { keyEntry, newKey, startServerProcess } from '../Shared/server-process.mjs'

export const stewardKey = newKey()

export async function startServer () {
  const steward = keyEntry('graphql-acceptance', stewardKey)
  const server = await startServerProcess({
    dllVariable: 'BOLT_SERVER_DLL',
    folderPrefix: 'neo4j-graphql-acceptance-',
    settings: folder => ({
      Database__Path: join(folder, 'graph'),
      Seed__LoadOnStart: 'false',
      Bolt__Enabled: 'true',
      Bolt__Port: '0',
      Stewards__Keys__0__Name: steward.name,
      Stewards__Keys__0__Hash: steward.hash,
      Stewards__Keys__0__Salt: steward.salt
    }),
    ready: /Bolt server listening on [^ ]+:(\d+)/,
    what: 'a Bolt port',
    timeoutMs: 60_000
  })
  return { port: server.port, log: server.log, stop: server.stop }
}
