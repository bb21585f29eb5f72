// Audits a GraphQL-over-HTTP server with graphql-http's auditServer: every MUST and every SHOULD must pass.
// Usage: node audit.mjs http://127.0.0.1:5080/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql url>');
  process.exit(2);
}

const results = await auditServer({ url });
let passed = 0;
let failed = 0;
for (const result of results) {
  const ok = result.status === 'ok';
  if (ok) passed++; else failed++;
  const mark = ok ? 'ok  ' : result.status === 'warn' ? 'WARN' : 'FAIL';
  console.log(`${mark} ${result.name}${ok ? '' : `: ${result.reason}`}`);
}
console.log(`graphql-http audit: ${passed}/${results.length} passed`);
process.exit(failed === 0 ? 0 : 1);
