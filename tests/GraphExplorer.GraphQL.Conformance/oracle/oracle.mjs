// The reference side of the conformance runner: graphql-js (npm `graphql`, pinned in package-lock.json) parses,
// validates and executes every case it is given, and prints what it observed as JSON.
//
// Input (stdin): {"schemas": {"<name>": "<SDL>"}, "cases": [{"id", "schema", "document", "variables"?, "root"?,
//   "operationName"?}]}.
// Output (stdout): {"version": "17.1.0", "results": [{"id", "parse", "validation"?, "execution"?}]} where
//   parse      = {"ok": true} | {"ok": false, "message", "locations"}
//   validation = [{"rule", "message", "locations"}]  (each specified §5 rule is run on its own to name the reporter)
//   execution  = {"hasData", "data", "errors": [{"message", "path", "locations"}]} | {"skipped": "<reason>"}
//
// Field values follow the corpus conventions (see ../README.md): an object {"__error": "m"} makes the field's
// resolver throw an error with message m, and the string "$args" makes it return its coerced arguments as canonical
// JSON (object keys sorted), so argument coercion can be compared.
import {
  buildSchema,
  execute,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  version,
} from 'graphql';

// graphql-js adds rules that are not in §5 of the spec (the incremental delivery proposal, a protective introspection
// depth limit); the spec conformance comparison leaves them out.
const NON_SPEC_RULES = new Set([
  'DeferStreamDirectiveOnRootFieldRule',
  'DeferStreamDirectiveOnValidOperationsRule',
  'DeferStreamDirectiveLabelRule',
  'StreamDirectiveOnListFieldRule',
  'MaxIntrospectionDepthRule',
]);
const rules = specifiedRules.filter((rule) => !NON_SPEC_RULES.has(rule.name));

export function canonicalJson(value) {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']';
  if (typeof value === 'object') {
    return '{' + Object.keys(value).sort().map((k) => JSON.stringify(k) + ':' + canonicalJson(value[k])).join(',') + '}';
  }
  return JSON.stringify(value);
}

function fieldResolver(source, args, _context, info) {
  if (source === null || typeof source !== 'object') return undefined;
  const value = source[info.fieldName];
  if (value === '$args') return canonicalJson(args);
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.__error === 'string') {
    throw new Error(value.__error);
  }
  return value;
}

const locationsOf = (error) => (error.locations ?? []).map(({ line, column }) => ({ line, column }));

function runCase(schema, testCase) {
  let document;
  try {
    document = parse(testCase.document);
  } catch (error) {
    return { id: testCase.id, parse: { ok: false, message: error.message, locations: locationsOf(error) } };
  }

  const validation = [];
  for (const rule of rules) {
    for (const error of validate(schema, document, [rule])) {
      validation.push({ rule: rule.name, message: error.message, locations: locationsOf(error) });
    }
  }
  if (validation.length > 0) return { id: testCase.id, parse: { ok: true }, validation };

  const operation = getOperationAST(document, testCase.operationName ?? undefined);
  if (operation?.operation === 'subscription') {
    return { id: testCase.id, parse: { ok: true }, validation, execution: { skipped: 'subscription' } };
  }

  const result = execute({
    schema,
    document,
    rootValue: testCase.root ?? {},
    variableValues: testCase.variables ?? undefined,
    operationName: testCase.operationName ?? undefined,
    fieldResolver,
  });
  if (typeof result?.then === 'function') throw new Error(`${testCase.id}: execution returned a promise`);
  return {
    id: testCase.id,
    parse: { ok: true },
    validation,
    execution: {
      hasData: 'data' in result,
      data: result.data ?? null,
      errors: (result.errors ?? []).map((error) => ({
        message: error.message,
        path: error.path ?? null,
        locations: locationsOf(error),
      })),
    },
  };
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const input = JSON.parse(await readStdin());
const schemas = new Map();
for (const [name, sdl] of Object.entries(input.schemas)) {
  try {
    schemas.set(name, buildSchema(sdl));
  } catch (error) {
    process.stderr.write(`schema ${name}: ${error.message}\n`);
    process.exit(2);
  }
}

const results = input.cases.map((testCase) => {
  const schema = schemas.get(testCase.schema);
  if (schema === undefined) throw new Error(`${testCase.id}: unknown schema ${testCase.schema}`);
  return runCase(schema, testCase);
});
process.stdout.write(JSON.stringify({ version, results }));
