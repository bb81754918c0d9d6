/**
 * What "no mock code" means for a build with mocking off, and the search for it. The markers are
 * derived from the mock layer itself, so a new mock route, message or scenario is looked for without
 * touching this file:
 * - MSW and the mock backend's own names (the worker, `__mockBackend`, the mock database's key);
 * - every module under mocks/ (the build manifest names a chunk's source files);
 * - the mock-only routes (mocks/routes.ts);
 * - the mock-only endpoints (mocks/contract.ts): their names and paths;
 * - the mock catalogs (mocks/locales: their message ids) and their words in English and Russian;
 * - the scenarios' titles and descriptions (mocks/scenarios.ts), and mock file paths (`mocks/…`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const MSW_MARKERS = [
  'mockServiceWorker',
  'setupWorker',
  '__mockBackend',
  'msw/',
  'partner-onboarding.mock-db',
  // The demo build's notice for a page opened as a file (scripts/demo-static-fallback.ts).
  'demo-static-fallback',
]
/** Words shorter than this could occur in the app by chance ("Cancel", "Sign in"). */
const MIN_TEXT = 16

/** A message's literal runs between ICU placeholders, long enough to be telling. */
function textRuns(message) {
  return message
    .split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}/)
    .map((run) => run.trim())
    .filter((run) => run.length >= MIN_TEXT)
}

function jsonFiles(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.json'))
    .map((file) => join(dir, file))
}

/** Unescapes a single-quoted TypeScript string's body. */
const unquote = (body) => body.replace(/\\(.)/g, '$1')

/** Every marker of mock code, each with what it stands for. */
export function mockMarkers(root) {
  const markers = MSW_MARKERS.map((text) => ({ text, what: 'MSW / mock backend' }))
  markers.push({ text: 'mocks/', what: 'a module or file path under mocks/' })

  const routes = join(root, 'mocks/routes.ts')
  if (existsSync(routes)) {
    for (const match of readFileSync(routes, 'utf8').matchAll(/path:\s*'([^']+)'/g)) {
      // As the route table writes it (`/idp/:federationId`); the endpoint's `{federationId}` form is
      // looked for with the mock-only endpoints below.
      markers.push({ text: match[1] ?? '', what: 'a mock-only route' })
    }
  }

  const contract = join(root, 'mocks/contract.ts')
  if (existsSync(contract)) {
    const source = readFileSync(contract, 'utf8')
    const table = source.slice(
      source.indexOf('mockOnlyEndpoints = {'),
      source.indexOf('} as const satisfies'),
    )
    for (const match of table.matchAll(/^ {2}(\w+): \{\s*method: '\w+',\s*path: '([^']+)'/gm)) {
      markers.push({ text: match[1] ?? '', what: 'a mock-only endpoint' })
      markers.push({ text: match[2] ?? '', what: 'a mock-only endpoint' })
    }
  }

  for (const file of jsonFiles(join(root, 'mocks/locales'))) {
    const catalog = JSON.parse(readFileSync(file, 'utf8'))
    for (const [id, message] of Object.entries(catalog)) {
      markers.push({ text: `"${id}"`, what: 'a mock catalog' })
      for (const run of textRuns(String(message))) markers.push({ text: run, what: 'a mock message' })
    }
  }

  const scenarios = join(root, 'mocks/scenarios.ts')
  if (existsSync(scenarios)) {
    const source = readFileSync(scenarios, 'utf8')
    for (const match of source.matchAll(/\b(?:en|ru):\s*'((?:[^'\\]|\\.)*)'/g)) {
      for (const run of textRuns(unquote(match[1] ?? '')))
        markers.push({ text: run, what: 'a scenario text' })
    }
  }
  // Words the app itself also says ("No billing account") tell nothing: only the mocks' own count.
  const appWords = jsonFiles(join(root, 'src/locales'))
    .flatMap((file) => Object.values(JSON.parse(readFileSync(file, 'utf8'))))
    .map(String)
  const saidByApp = ({ text, what }) =>
    (what === 'a mock message' || what === 'a scenario text') &&
    appWords.some((words) => words.includes(text))
  const seen = new Set()
  return markers.filter((marker) => {
    if (seen.has(marker.text) || saidByApp(marker)) return false
    seen.add(marker.text)
    return true
  })
}

/** The offences in a build folder: a shipped mock worker, and every file that holds a marker. */
export function findMockCode(dir, markers) {
  const offenders = []
  if (existsSync(join(dir, 'mockServiceWorker.js'))) offenders.push('mockServiceWorker.js is shipped')
  for (const file of readdirSync(dir, { recursive: true }).map(String)) {
    if (!/\.(js|mjs|css|html|json|webmanifest)$/.test(file)) continue
    const text = readFileSync(join(dir, file), 'utf8')
    for (const { text: marker, what } of markers) {
      if (text.includes(marker)) offenders.push(`${file}: ${what} (${JSON.stringify(marker)})`)
    }
  }
  return offenders
}
