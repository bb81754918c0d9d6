#!/usr/bin/env node
/**
 * Size benchmark: gzip size of what each part of the app costs, printed beside its budget, from the
 * production build's manifest (run `npm run build` first). Exits non-zero when a budget is broken.
 *
 * - first paint: the entry chunk and everything it imports statically, its CSS, and the first page's
 *   message catalogs (`common` and `program`) in the heavier of the two languages;
 * - each route: what the route's lazy chunk adds on top of the first page (its own chunk and the
 *   static imports not already loaded), including its catalogs;
 * - the mock layer: the mock worker's chunk and what it adds (loaded in parallel, never before the
 *   first paint).
 *
 * Usage: node scripts/bench.mjs [distDir]     (JSON to stdout with --json)
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const dist = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist'
const asJson = process.argv.includes('--json')
const KB = 1024

/** Budgets in KB gzip. */
const BUDGETS = {
  firstPaintJs: 130,
  firstPaintCss: 12,
  route: 80,
  mockLayer: 200,
}

const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))
const sizeCache = new Map()
function gz(file) {
  if (!sizeCache.has(file)) sizeCache.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length)
  return sizeCache.get(file)
}

/** The chunk and its static imports, recursively: what the browser loads to run it. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen)
  return seen
}
const filesOf = (keys) => {
  const js = new Set()
  const css = new Set()
  for (const key of keys) {
    const chunk = manifest[key]
    if (!chunk) continue
    if (chunk.file.endsWith('.js')) js.add(chunk.file)
    for (const c of chunk.css ?? []) css.add(c)
  }
  return { js, css }
}
const sum = (files) => [...files].reduce((total, f) => total + gz(f), 0)

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)
if (!entryKey) throw new Error('No entry in the manifest: was the build made with build.manifest?')
const entry = closure(entryKey)
const entryFiles = filesOf(entry)

const catalog = (language, namespace) => manifest[`src/locales/${language}/${namespace}.json?lingui`]?.file
const catalogsOf = (namespaces) =>
  Math.max(
    ...['en', 'ru'].map((language) =>
      namespaces.map((ns) => catalog(language, ns)).reduce((total, file) => total + (file ? gz(file) : 0), 0),
    ),
  )

const rows = []
const firstPaintJs = sum(entryFiles.js) + catalogsOf(['common', 'program'])
rows.push({
  what: 'first paint: JS (entry + imports + first-page messages)',
  bytes: firstPaintJs,
  budget: BUDGETS.firstPaintJs,
})
rows.push({ what: 'first paint: CSS', bytes: sum(entryFiles.css), budget: BUDGETS.firstPaintCss })

const namespaces = Object.keys(manifest)
  .map((k) => k.match(/^src\/locales\/en\/(\w+)\.json\?lingui$/)?.[1])
  .filter((ns) => ns && ns !== 'common' && ns !== 'program')

/** The message namespaces a route's chunks ask for (`useMessages('x')` keeps the name as a string). */
function routeNamespaces(chunkFiles) {
  const text = [...chunkFiles].map((f) => readFileSync(join(dist, f), 'utf8')).join('\n')
  return namespaces.filter((ns) => ['"', "'", '`'].some((q) => text.includes(`${q}${ns}${q}`)))
}

const routeKeys = Object.keys(manifest).filter(
  (k) => /^src\/app\/routes\/.+\.tsx$/.test(k) && manifest[k].isDynamicEntry,
)
for (const key of routeKeys.sort()) {
  const extra = [...closure(key)].filter((k) => !entry.has(k))
  const files = filesOf(extra)
  const bytes = sum(files.js) + sum(files.css) + catalogsOf(routeNamespaces(files.js))
  rows.push({
    what: `route ${key.replace('src/app/routes/', '').replace('.tsx', '')}`,
    bytes,
    budget: BUDGETS.route,
  })
}

// The API layer: src/api/call.ts and what it imports (the contract, zod). It is a dynamic entry while
// only the shell reaches it lazily, and a shared chunk named `call` once step code imports it.
const apiKey = Object.keys(manifest).find((k) => k === 'src/api/call.ts' || manifest[k].name === 'call')
const api = apiKey ? closure(apiKey) : new Set()
const apiExtra = [...api].filter((k) => !entry.has(k))
rows.push({
  what: 'API layer (contract + zod, first API call)',
  bytes: sum(filesOf(apiExtra).js),
  budget: BUDGETS.route,
})

const mockKey = Object.keys(manifest).find((k) => k.startsWith('mocks/browser'))
if (mockKey) {
  // The contract and zod are shared with the API layer above, so they are not counted twice.
  const extra = [...closure(mockKey)].filter((k) => !entry.has(k) && !api.has(k))
  rows.push({
    what: 'mock layer (MSW worker, handlers, data; in parallel)',
    bytes: sum(filesOf(extra).js),
    budget: BUDGETS.mockLayer,
  })
} else {
  rows.push({ what: 'mock layer: not in this build (mocking off)', bytes: 0, budget: BUDGETS.mockLayer })
}

const broken = rows.filter((r) => r.bytes / KB > r.budget)
if (asJson) {
  console.info(JSON.stringify(rows, null, 2))
} else {
  const width = Math.max(...rows.map((r) => r.what.length))
  console.info(`${'what'.padEnd(width)}  ${'gzip KB'.padStart(8)}  ${'budget'.padStart(7)}  status`)
  for (const r of rows) {
    const kb = r.bytes / KB
    console.info(
      `${r.what.padEnd(width)}  ${kb.toFixed(1).padStart(8)}  ${String(r.budget).padStart(7)}  ${kb > r.budget ? 'OVER' : 'ok'}`,
    )
  }
}
if (broken.length > 0) {
  console.error(`\n${broken.length} budget(s) broken: ${broken.map((r) => r.what).join('; ')}`)
  process.exit(1)
}
