#!/usr/bin/env node
/**
 * Size benchmark: gzip size of what each part of the app costs, printed beside its budget, from the
 * production build's manifest (run `npm run build` first). Exits non-zero when a budget is broken.
 *
 * - first paint: the entry chunk and everything it imports statically, its CSS, and the first page's
 *   message catalogs (`common` and `program`) in the heavier of the two languages; and what the
 *   browser fetches before it: the same and index.html's modulepreloads (both languages' catalogs);
 * - each route: what the route's lazy chunk adds on top of the first page (its own chunk and the
 *   static imports not already loaded), including its catalogs;
 * - each route's own chunk beyond the shell: the route's chunk, the chunks no other route loads, and
 *   its catalogs; what several routes share (zod and the contract, react-hook-form and the form
 *   parts, React Query's mutations) is loaded once and counted in the row above, not here;
 * - the mock layer: the mock worker's chunk and what it adds (loaded in parallel, never before the
 *   first paint).
 *
 * Usage: node scripts/bench.mjs [distDir]     (JSON to stdout with --json; `--json <file>` writes it
 * there and prints the table, as .ci/run does for `npm run report`)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const args = process.argv.slice(2)
const jsonAt = args.indexOf('--json')
const jsonFile =
  jsonAt >= 0 && args[jsonAt + 1] && !args[jsonAt + 1].startsWith('--') ? args[jsonAt + 1] : null
const dist = args.find((a, i) => !a.startsWith('--') && !(jsonFile && i === jsonAt + 1)) ?? 'dist'
const asJson = jsonAt >= 0 && !jsonFile
const KB = 1024

/** Budgets in KB gzip. */
const BUDGETS = {
  firstPaintJs: 120,
  /** What the browser fetches at once for `/`: the same with the rest of index.html's preloads. */
  firstPaintFetched: 125,
  firstPaintCss: 12,
  /**
   * A route's whole cold cost beyond the shell (its chunk, the shared chunks it needs, the API layer,
   * its words) is printed for reference, not enforced: issue 14's budget is the route's own chunk
   * beyond what the shell loaded (`routeOwn`), and the shared API layer has its own row below.
   */
  route: null,
  routeOwn: 30,
  apiLayer: 80,
  mockLayer: 200,
  /** A prerendered first page's HTML (both languages: scripts/prerender.ts) and its language script (which also starts the JS after the first paint and keeps focus). */
  firstPageHtml: 8,
  languageScript: 1.5,
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
// What index.html has the browser fetch at once: the entry, its imports and the preloads. A prerendered
// index.html (scripts/prerender.ts) lists the preloads on the language script, which starts them, the
// words of the language it shows only (`data-preload-<language>`): the heavier language is counted.
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const base = /<script[^>]*src="([^"]*?)assets\//.exec(html)?.[1] ?? '/'
const listed = (name) => new RegExp(`${name}="([^"]*)"`).exec(html)?.[1].split(' ').filter(Boolean) ?? []
const byLanguage = ['en', 'ru'].map((language) => listed(`data-preload-${language}`))
const preloaded = [
  ...[...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ...listed('data-preload'),
  ...byLanguage.reduce((heavier, files) => {
    const size = (list) => list.reduce((total, href) => total + gz(href.slice(base.length)), 0)
    return size(files) > size(heavier) ? files : heavier
  }, []),
].map((href) => href.slice(base.length))
const fetchedFirst = new Set([...entryFiles.js, ...preloaded])
rows.push({
  what: 'first paint: JS fetched (with the preloads)',
  bytes:
    sum(fetchedFirst) +
    (['en', 'ru'].some((language) => preloaded.includes(catalog(language, 'common')))
      ? 0
      : catalogsOf(['common', 'program'])),
  budget: BUDGETS.firstPaintFetched,
})
rows.push({ what: 'first paint: CSS', bytes: sum(entryFiles.css), budget: BUDGETS.firstPaintCss })
// `/` and `/welcome` paint from their HTML (prerendered in both languages) and the CSS; before that
// paint only the tiny language script runs (a classic script in <head>).
for (const page of ['index.html', 'welcome.html', 'application.html']) {
  let text = ''
  try {
    text = readFileSync(join(dist, page), 'utf8')
  } catch {
    continue
  }
  rows.push({
    what: `first paint: ${page} (prerendered)`,
    bytes: gzipSync(text, { level: 9 }).length,
    budget: BUDGETS.firstPageHtml,
  })
}
const languageScript = /<script src="[^"]*?(assets\/language-[\w-]+\.js)"/.exec(html)?.[1]
if (languageScript)
  rows.push({
    what: 'first paint: language script (<head>)',
    bytes: gz(languageScript),
    budget: BUDGETS.languageScript,
  })

const namespaces = Object.keys(manifest)
  .map((k) => k.match(/^src\/locales\/en\/(\w+)\.json\?lingui$/)?.[1])
  .filter((ns) => ns && ns !== 'common' && ns !== 'program')

/**
 * The message namespaces a route's chunks ask for (`useMessages('x')` keeps the name as a string).
 * A chunk several steps share names message ids, not namespaces (src/components/step-intro.tsx: a
 * step's intro is in the catalog its id starts with), so one step's words are not counted in another's.
 */
function routeNamespaces(chunkFiles) {
  const text = [...chunkFiles].map((f) => readFileSync(join(dist, f), 'utf8')).join('\n')
  return namespaces.filter((ns) => ['"', "'", '`'].some((q) => text.includes(`${q}${ns}${q}`)))
}

const routeKeys = Object.keys(manifest).filter(
  (k) => /^src\/app\/routes\/.+\.tsx$/.test(k) && manifest[k].isDynamicEntry,
)
const routeName = (key) => key.replace('src/app/routes/', '').replace('.tsx', '')
const closures = new Map(routeKeys.map((key) => [key, closure(key)]))
for (const key of routeKeys.sort()) {
  const extra = [...closures.get(key)].filter((k) => !entry.has(k))
  const files = filesOf(extra)
  const words = catalogsOf(routeNamespaces(files.js))
  rows.push({
    what: `route ${routeName(key)}`,
    bytes: sum(files.js) + sum(files.css) + words,
    budget: BUDGETS.route,
  })
  const others = [...closures].filter(([other]) => other !== key).map(([, keys]) => keys)
  const own = filesOf(extra.filter((k) => !others.some((keys) => keys.has(k))))
  rows.push({
    what: `route ${routeName(key)}: own chunk beyond the shell (+ its words)`,
    bytes: sum(own.js) + sum(own.css) + words,
    budget: BUDGETS.routeOwn,
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
  budget: BUDGETS.apiLayer,
})

const mockKey = Object.keys(manifest).find((k) => k.startsWith('mocks/browser'))
if (mockKey) {
  // The contract and zod are shared with the API layer above, so they are not counted twice. Its
  // start loads its pieces one after another (mocks/browser.ts: the contract, the start proper, which
  // loads MSW's worker and the handlers at once); the demo panel comes later, when the page is idle.
  const layer = new Set()
  const pieces = new Set()
  const withPieces = (key) => {
    if (pieces.has(key)) return
    pieces.add(key)
    closure(key, layer)
    for (const piece of manifest[key]?.dynamicImports ?? [])
      if (!piece.includes('demo-panel')) withPieces(piece)
  }
  withPieces(mockKey)
  const extra = [...layer].filter((k) => !entry.has(k) && !api.has(k))
  rows.push({
    what: 'mock layer (MSW worker, handlers, data; in parallel)',
    bytes: sum(filesOf(extra).js),
    budget: BUDGETS.mockLayer,
  })
} else {
  rows.push({ what: 'mock layer: not in this build (mocking off)', bytes: 0, budget: BUDGETS.mockLayer })
}

const broken = rows.filter((r) => r.budget !== null && r.bytes / KB > r.budget)
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(rows, null, 2)}\n`)
if (asJson) {
  console.info(JSON.stringify(rows, null, 2))
} else {
  const width = Math.max(...rows.map((r) => r.what.length))
  console.info(`${'what'.padEnd(width)}  ${'gzip KB'.padStart(8)}  ${'budget'.padStart(7)}  status`)
  for (const r of rows) {
    const kb = r.bytes / KB
    console.info(
      `${r.what.padEnd(width)}  ${kb.toFixed(1).padStart(8)}  ${String(r.budget ?? '—').padStart(7)}  ${r.budget === null ? 'info' : kb > r.budget ? 'OVER' : 'ok'}`,
    )
  }
}
if (broken.length > 0) {
  console.error(`\n${broken.length} budget(s) broken: ${broken.map((r) => r.what).join('; ')}`)
  process.exit(1)
}
