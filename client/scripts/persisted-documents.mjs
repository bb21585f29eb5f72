// Writes client/persisted-documents.json: the web client's GraphQL operations (src/api/queries.ts, each exported
// /* GraphQL */ template with its ${FRAGMENT} interpolations resolved, exactly the text the browser sends) as Apollo's
// persisted-query manifest, the list the server accepts with GraphQL:TrustedDocumentsOnly=true. Run after changing
// queries.ts: node scripts/persisted-documents.mjs (a server test fails while the manifest is behind the source).
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const client = join(dirname(fileURLToPath(import.meta.url)), '..')
const source = readFileSync(join(client, 'src', 'api', 'queries.ts'), 'utf8')
const constant = /^(export\s+)?const\s+([A-Z_][A-Z0-9_]*)\s*=\s*\/\*\s*GraphQL\s*\*\/\s*`([^`]*)`\s*;/gm
const interpolation = /\$\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}/g

const constants = new Map()
const operations = []
for (const [, exported, name, text] of source.matchAll(constant)) {
  const body = text.replace(interpolation, (_, reference) => {
    if (!constants.has(reference)) throw new Error(`queries.ts: ${name} interpolates \${${reference}}, which is not a GraphQL constant defined above it`)
    return constants.get(reference)
  })
  constants.set(name, body)
  if (!exported) continue
  const operation = /\b(query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(body)
  if (!operation) throw new Error(`queries.ts: ${name} has no named operation`)
  operations.push({ id: createHash('sha256').update(body, 'utf8').digest('hex'), name: operation[2], type: operation[1], body })
}

const manifest = { format: 'apollo-persisted-query-manifest', version: 1, operations }
writeFileSync(join(client, 'persisted-documents.json'), JSON.stringify(manifest, null, 2) + '\n')
console.log(`persisted-documents.json: ${operations.length} operations`)
