// Rebuilds a schema from our engine's introspection result with graphql-js (buildClientSchema), prints it
// (printSchema) and compares with our own SDL print. Usage: node compare.mjs <introspection.json> <schema.graphql>
// Exit code 0 when identical; 1 with a line diff otherwise; 2 on bad input.
import { readFileSync } from 'node:fs';
import { buildClientSchema, printSchema, version } from 'graphql';

const [introspectionPath, sdlPath, queryOut] = process.argv.slice(2);
if (!introspectionPath || !sdlPath) {
  console.error('usage: node compare.mjs <introspection.json> <schema.graphql>');
  process.exit(2);
}

const result = JSON.parse(readFileSync(introspectionPath, 'utf8'));
if (result.errors) {
  console.error('introspection result has errors: ' + JSON.stringify(result.errors));
  process.exit(2);
}

const rebuilt = printSchema(buildClientSchema(result.data));
const ours = readFileSync(sdlPath, 'utf8');
if (rebuilt === ours) {
  console.log(`identical (graphql ${version})`);
  process.exit(0);
}

const a = rebuilt.split('\n');
const b = ours.split('\n');
for (let i = 0; i < Math.max(a.length, b.length); i++) {
  if (a[i] !== b[i]) {
    console.log(`first difference at line ${i + 1}:\n  graphql-js: ${JSON.stringify(a[i])}\n  ours:       ${JSON.stringify(b[i])}`);
    break;
  }
}
console.log('--- graphql-js printSchema(buildClientSchema(introspection)) ---\n' + rebuilt);
process.exit(1);
