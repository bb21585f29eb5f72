// Starts the Query API emulator as a process (the Release build of tests/GraphExplorer.QueryApiEmulator.Host) on an
// ephemeral loopback port with a new random password, over a fresh in-memory database; stops it at the end.
import { resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { newKey, startServerProcess } from '../Shared/server-process.mjs'

const hostDll = resolve(dirname(fileURLToPath(import.meta.url)),
  '../GraphExplorer.QueryApiEmulator.Host/bin/Release/net10.0/GraphExplorer.QueryApiEmulator.Host.dll')

export const user = 'neo4j'
export const password = newKey()

export async function startEmulator () {
  const emulator = await startServerProcess({
    dll: process.env.QUERY_API_EMULATOR_DLL ?? hostDll,
    dllVariable: 'QUERY_API_EMULATOR_DLL',
    folderPrefix: 'query-api-wrapper-',
    settings: () => ({ QUERY_API_EMULATOR_PASSWORD: password }),
    ready: /Query API emulator listening on http:\/\/127\.0\.0\.1:(\d+)/,
    what: 'its address',
    timeoutMs: 60_000
  })
  return { url: `http://127.0.0.1:${emulator.port}`, log: emulator.log, stop: emulator.stop }
}
