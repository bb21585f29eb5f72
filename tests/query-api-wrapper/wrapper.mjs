// The wrapper's default export (neo4j-driver's API: wrapper(), auth, int, isNode, …), loaded through esm-hooks.mjs.
import { register } from 'node:module'

register('./esm-hooks.mjs', import.meta.url)
const { default: neo4j } = await import('@neo4j-labs/experimental-query-api-wrapper')
export default neo4j
