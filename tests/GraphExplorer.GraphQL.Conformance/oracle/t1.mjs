import {buildSchema, parse, validate, specifiedRules} from 'graphql';
import fs from 'fs';
const s = buildSchema(fs.readFileSync('../corpus/schemas/animals.graphql','utf8'));
for (const q of process.argv.slice(2)) {
  console.log(q, '=>', validate(s, parse(q)).map(e=>e.message + JSON.stringify(e.locations)));
}
