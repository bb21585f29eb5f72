// Starts the product's server (the Release build of src/GraphExplorer.Server) on an ephemeral port, over a new
// database in a temporary folder with the repository's seed scripts loaded, and one steward key; stops it and removes
// the folder. Also: a steward's change as the explorer's stewards make it (one GraphQL mutation over HTTP).
import { join } from 'node:path'
import { keyEntry, newKey, startServerProcess } from '../Shared/server-process.mjs'

export const stewardKey = newKey()

export async function startServer (extraSettings = {}) {
  const steward = keyEntry('analyst-clients', stewardKey)
  const server = await startServerProcess({
    dllVariable: 'GRAPHEXPLORER_SERVER_DLL',
    folderPrefix: 'analyst-clients-',
    settings: folder => ({
      Database__Path: join(folder, 'graph'),
      Seed__LoadOnStart: 'true',
      Stewards__Keys__0__Name: steward.name,
      Stewards__Keys__0__Hash: steward.hash,
      Stewards__Keys__0__Salt: steward.salt,
      ...extraSettings
    }),
    ready: /Now listening on: http:\/\/127\.0\.0\.1:(\d+)/,
    what: 'its HTTP address'
  })
  const url = `http://127.0.0.1:${server.port}/graphql`
  return { url, wsUrl: url.replace(/^http/, 'ws'), log: server.log, stop: server.stop }
}

/** A steward's change: sets the description of an organisation, citing a sentence of the seed's first article. */
export async function changeDescription (url, id, description) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${stewardKey}` },
    body: JSON.stringify({
      query: 'mutation ($input: OrganizationInput!) { upsertOrganization(input: $input) { audit { id } } }',
      variables: {
        input: {
          id,
          description,
          citation: { source: 'src:001-20df84f1ae021dc9', quote: 'LuxProvide et la JAXA ont formalisé leur collaboration' }
        }
      }
    })
  })
  const body = await response.json()
  if (body.errors) throw new Error(`The steward's change failed: ${JSON.stringify(body.errors)}`)
  return body.data.upsertOrganization.audit.id
}

/** Waits for a promise at most `ms` milliseconds, failing with `what` after that. */
export function within (ms, promise, what) {
  let timer
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms) })
  ])
}
