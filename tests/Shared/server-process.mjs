// The product's server as a child process, for the node test folders (tests/bolt-driver-acceptance,
// tests/analyst-clients): the Release build of src/GraphExplorer.Server started with settings in its environment, over
// a database in a new temporary folder, stopped (SIGTERM) and the folder removed at the end.
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const defaultDll = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/GraphExplorer.Server/bin/Release/net10.0/GraphExplorer.Server.dll')

/** A key entry as `steward-key NAME` makes it: SHA-256 over the salt bytes and the UTF-8 key, both base64. */
export function keyEntry (name, key) {
  const salt = randomBytes(16)
  const hash = createHash('sha256').update(Buffer.concat([salt, Buffer.from(key, 'utf8')])).digest('base64')
  return { name, hash, salt: salt.toString('base64') }
}

/** A new random key, as a steward or reader would be given. */
export const newKey = () => randomBytes(32).toString('base64url')

/**
 * Starts the server with `settings(folder)` (environment variables; `folder` is the new temporary folder) and
 * `--urls http://127.0.0.1:0`, and waits until its output matches `ready` (whose first group, a port, is returned).
 * @param {{ dll?: string, dllVariable: string, folderPrefix: string, settings: (folder: string) => Record<string, string>, ready: RegExp, what: string, timeoutMs?: number }} options
 */
export async function startServerProcess ({ dll, dllVariable, folderPrefix, settings, ready, what, timeoutMs = 120_000 }) {
  const serverDll = dll ?? process.env[dllVariable] ?? defaultDll
  if (!existsSync(serverDll)) {
    throw new Error(`The server is not built at ${serverDll}: run dotnet build GraphExplorer.sln -c Release first (or set ${dllVariable}).`)
  }
  const folder = mkdtempSync(join(tmpdir(), folderPrefix))
  const child = spawn('dotnet', [serverDll, '--urls', 'http://127.0.0.1:0'], {
    env: { ...process.env, ...settings(folder), DOTNET_NOLOGO: '1' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let log = ''
  const port = await new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not report ${what} within ${timeoutMs / 1000} s:\n${log}`)), timeoutMs)
    child.stdout.on('data', chunk => {
      log += chunk
      const match = ready.exec(log)
      if (match) { clearTimeout(timer); resolvePort(Number(match[1])) }
    })
    child.stderr.on('data', chunk => { log += chunk })
    child.on('exit', code => { clearTimeout(timer); reject(new Error(`The server exited (${code}) before ${what}:\n${log}`)) })
  })
  return {
    port,
    log: () => log,
    async stop () {
      child.removeAllListeners('exit')
      const exited = new Promise(resolveExit => child.on('exit', resolveExit))
      child.kill('SIGTERM')
      await exited
      rmSync(folder, { recursive: true, force: true })
    }
  }
}
