// Starts the product's server (the Release build of src/GraphExplorer.Server) with its Query API on, on an ephemeral
// loopback port over an empty database in a temporary folder, with one steward key (user "steward") that may write;
// stops it and removes the folder at the end.
import { join } from 'node:path'
import { keyEntry, newKey, startServerProcess } from '../Shared/server-process.mjs'

export const user = 'steward'
export const password = newKey()

export async function startServer () {
  const steward = keyEntry('query-api-wrapper', password)
  const server = await startServerProcess({
    dllVariable: 'QUERY_API_SERVER_DLL',
    folderPrefix: 'query-api-wrapper-',
    settings: folder => ({
      Database__Path: join(folder, 'graph'),
      Seed__LoadOnStart: 'false',
      QueryApi__Enabled: 'true',
      Stewards__Keys__0__Name: steward.name,
      Stewards__Keys__0__Hash: steward.hash,
      Stewards__Keys__0__Salt: steward.salt
    }),
    ready: /Now listening on: http:\/\/127\.0\.0\.1:(\d+)/,
    what: 'its address',
    timeoutMs: 60_000
  })
  return { url: `http://127.0.0.1:${server.port}`, log: server.log, stop: server.stop }
}
