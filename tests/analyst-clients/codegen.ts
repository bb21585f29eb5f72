// graphql-codegen 7 configuration for GraphExplorer's API: TypeScript types for the schema and for the web client's
// own operations (client/src/api/queries.ts, plucked from its /* GraphQL */ templates), read from a running server's
// introspection. The custom scalars travel as ISO 8601 strings, so they map to string.
//   GRAPHQL_URL=http://127.0.0.1:5080/graphql npx graphql-codegen --config codegen.ts
import type { CodegenConfig } from '@graphql-codegen/cli'

const config: CodegenConfig = {
  schema: process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5080/graphql',
  documents: ['../../client/src/api/queries.ts'],
  generates: {
    [process.env.CODEGEN_OUTPUT ?? 'generated/graphql.ts']: {
      plugins: ['typescript', 'typescript-operations'],
      config: {
        scalars: {
          Date: { input: 'string', output: 'string' },
          DateTime: { input: 'string', output: 'string' }
        },
        enumsAsTypes: true,
        strictScalars: true
      }
    }
  }
}

export default config
