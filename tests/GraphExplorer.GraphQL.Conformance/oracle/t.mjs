import {buildSchema, parse, validate, OverlappingFieldsCanBeMergedRule} from 'graphql';
import fs from 'fs';
const s = buildSchema(fs.readFileSync('../corpus/schemas/animals.graphql','utf8'));
for (const q of process.argv.slice(2)) {
  console.log(q, validate(s, parse(q), [OverlappingFieldsCanBeMergedRule]).map(e=>e.message.slice(0,60) + JSON.stringify(e.locations)));
}
