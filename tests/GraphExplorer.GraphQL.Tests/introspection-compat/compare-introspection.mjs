// Compares our engine's introspection result with graphql-js's own for the same SDL (buildSchema + execute), type by
// type and directive by directive (order of the type list aside). Types whose behaviour intentionally differs can be
// excluded by name. Usage: node compare-introspection.mjs <introspection.json> <schema.graphql> <query.graphql> [Excluded,Names]
import { readFileSync } from 'node:fs';
import { buildSchema, graphqlSync } from 'graphql';

const [introspectionPath, sdlPath, queryPath, excludedList] = process.argv.slice(2);
if (!introspectionPath || !sdlPath || !queryPath) {
  console.error('usage: node compare-introspection.mjs <introspection.json> <schema.graphql> <query.graphql> [Excluded,Names]');
  process.exit(2);
}

const excluded = new Set((excludedList ?? '').split(',').filter(Boolean));
const ours = JSON.parse(readFileSync(introspectionPath, 'utf8')).data.__schema;
const result = graphqlSync({ schema: buildSchema(readFileSync(sdlPath, 'utf8')), source: readFileSync(queryPath, 'utf8') });
if (result.errors) {
  console.error('graphql-js introspection failed: ' + JSON.stringify(result.errors));
  process.exit(2);
}

const theirs = result.data.__schema;
const byName = (items) => new Map(items.map((item) => [item.name, item]));
const differences = [];
const compare = (what, a, b) => {
  for (const [name, theirsItem] of b) {
    if (excluded.has(name)) continue;
    const oursItem = a.get(name);
    if (!oursItem) { differences.push(`${what} ${name} missing from ours`); continue; }
    for (const key of Object.keys(theirsItem)) {
      const x = JSON.stringify(oursItem[key]);
      const y = JSON.stringify(theirsItem[key]);
      if (x !== y) differences.push(`${what} ${name}.${key}\n  ours:       ${x}\n  graphql-js: ${y}`);
    }
  }
  for (const name of a.keys()) if (!b.has(name) && !excluded.has(name)) differences.push(`${what} ${name} only in ours`);
};

for (const root of ['queryType', 'mutationType', 'subscriptionType']) {
  if (JSON.stringify(ours[root]) !== JSON.stringify(theirs[root])) differences.push(`${root} differs`);
}
compare('type', byName(ours.types), byName(theirs.types));
compare('directive', byName(ours.directives), byName(theirs.directives));

if (differences.length === 0) {
  console.log('identical introspection');
  process.exit(0);
}
console.log(differences.join('\n'));
process.exit(1);
