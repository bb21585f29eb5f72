// Starts the product's server (the Release build of src/GraphExplorer.Server) with Bolt on an ephemeral port, on an
// empty database in a temporary folder, with one steward key and one reader key; stops it and removes the folder.
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const serverDll = process.env.BOLT_SERVER_DLL ??
  resolve(here, '../../src/GraphExplorer.Server/bin/Release/net10.0/GraphExplorer.Server.dll')

/** A key entry as `steward-key NAME` makes it: SHA-256 over the salt bytes and the UTF-8 key, both base64. */
function keyEntry (name, key) {
  const salt = randomBytes(16)
  const hash = createHash('sha256').update(Buffer.concat([salt, Buffer.from(key, 'utf8')])).digest('base64')
  return { name, hash, salt: salt.toString('base64') }
}

export const stewardKey = randomBytes(32).toString('base64url')
export const readerName = 'analyst'
export const readerKey = randomBytes(32).toString('base64url')

export async function startServer (extraSettings = {}) {
  if (!existsSync(serverDll)) {
    throw new Error(`The server is not built at ${serverDll}: run dotnet build GraphExplorer.sln -c Release first (or set BOLT_SERVER_DLL).`)
  }
  const folder = mkdtempSync(join(tmpdir(), 'bolt-acceptance-'))
  const steward = keyEntry('acceptance', stewardKey)
  const reader = keyEntry(readerName, readerKey)
  const settings = {
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
  }
  const child = spawn('dotnet', [serverDll, '--urls', 'http://127.0.0.1:0'], {
    env: { ...process.env, ...settings, DOTNET_NOLOGO: '1' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let log = ''
  const port = await new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not report a Bolt port within 60 s:\n${log}`)), 60_000)
    child.stdout.on('data', chunk => {
      log += chunk
      const match = /Bolt server listening on [^ ]+:(\d+)/.exec(log)
      if (match) { clearTimeout(timer); resolvePort(Number(match[1])) }
    })
    child.stderr.on('data', chunk => { log += chunk })
    child.on('exit', code => { clearTimeout(timer); reject(new Error(`The server exited (${code}) before listening:\n${log}`)) })
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
