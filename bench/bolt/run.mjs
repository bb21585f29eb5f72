// Queries per second and p50/p99 over Bolt (issue #17): Neo4j's JavaScript driver (neo4j-driver 6.3.0) with 16
// concurrent sessions against the explorer server (Release build, embedded database with its seeds, Bolt on a free
// loopback port), each session running the same small query back to back. The query is the Cypher of the GraphQL HTTP
// benchmark's document (bench/graphql/http), so the figures can be read beside bench/results/graphql-http.md.
//
//   node bench/bolt/run.mjs [--sessions 16] [--duration 10] [--warmup 3] [--out FILE]
//
// Needs `npm ci` in bench/bolt and tests/bolt-driver-acceptance (whose server.mjs starts the server) and the Release
// build. Writes bench/results/bolt.md and .json. The driver runs on the same cores as the server.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import neo4j from 'neo4j-driver'
import { startServer, stewardKey } from '../../tests/bolt-driver-acceptance/server.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const repository = path.resolve(here, '..', '..')
const option = (name, fallback) => {
  const index = process.argv.indexOf(name)
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback
}
const sessions = Number(option('--sessions', 16))
const duration = Number(option('--duration', 10))
const warmup = Number(option('--warmup', 3))
const output = option('--out', path.join(repository, 'bench', 'results', 'bolt.md'))
const query = 'MATCH (o:Organization {key: $key}) RETURN o.key AS id, o.name AS name'
const parameters = { key: 'org:jaxa' }
const expected = JSON.stringify([{ id: 'org:jaxa', name: 'Japan Aerospace Exploration Agency' }])

const loadAverages = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number)
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
const milliseconds = value => value >= 1 ? `${value.toFixed(2)} ms` : `${Math.round(value * 1000)} µs`

async function load (driver, seconds, latencies) {
  const stopAt = performance.now() + seconds * 1000
  let failures = 0
  await Promise.all(Array.from({ length: sessions }, async () => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ })
    try {
      while (performance.now() < stopAt) {
        const started = performance.now()
        const result = await session.run(query, parameters)
        latencies?.push(performance.now() - started)
        if (JSON.stringify(result.records.map(r => r.toObject())) !== expected) failures++
      }
    } finally {
      await session.close()
    }
  }))
  return failures
}

const server = await startServer({ Seed__LoadOnStart: 'true' })
const driver = neo4j.driver(`bolt://127.0.0.1:${server.port}`, neo4j.auth.basic('steward', stewardKey), { maxConnectionPoolSize: sessions })
try {
  await load(driver, warmup)
  const latencies = []
  const started = performance.now()
  const failures = await load(driver, duration, latencies)
  const seconds = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  const figures = {
    date: new Date().toISOString().slice(0, 16) + ' UTC',
    cores: os.cpus().length,
    node: process.version,
    sessions,
    durationSeconds: duration,
    queries: latencies.length,
    queriesPerSecond: Math.round(latencies.length / seconds),
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    wrongAnswers: failures,
    loadAverage: loadAverages()
  }
  const markdown = `# Bolt: queries per second for a small query

Run ${figures.date} on ${figures.cores} cores, Node ${figures.node}; load average at the end ${figures.loadAverage.join(' ')}.

Query: \`${query}\` with \`{key: 'org:jaxa'}\` (the Cypher of the GraphQL HTTP benchmark's document) over Bolt 5.4, by
neo4j-driver 6.3.0 with ${sessions} concurrent sessions, each running it back to back for ${duration} s after a ${warmup} s
warm-up; the driver runs on the same cores as the server. Wrong answers: ${failures}.
${figures.loadAverage[0] > figures.cores ? `
The machine was busy with other work (load average ${figures.loadAverage[0]} on ${figures.cores} cores): these figures say
what this run got, not what the server does on an idle machine, and are not comparable with runs made at low load.
` : ''}
| sessions | queries/s | p50 | p99 |
| ---: | ---: | ---: | ---: |
| ${sessions} | ${figures.queriesPerSecond.toLocaleString('en-US')} | ${milliseconds(figures.p50Ms)} | ${milliseconds(figures.p99Ms)} |
`
  fs.writeFileSync(output, markdown)
  fs.writeFileSync(output.replace(/\.md$/, '.json'), JSON.stringify(figures, null, 2) + '\n')
  console.log(markdown)
} finally {
  await driver.close()
  await server.stop()
}
