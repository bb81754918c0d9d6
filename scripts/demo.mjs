#!/usr/bin/env node
/**
 * `npm run demo`: builds the demo (the production build with the mock backend in its service
 * worker) and serves it on localhost, offline. The same build works from any static host under a
 * sub-path: Vite's `base` is given here, and the router's basename, assets, fonts, the video, the
 * worker script and its scope, and the API base (`<base>api`) all follow it.
 *
 *   npm run demo                                  build into dist-demo/, serve at http://localhost:4180/
 *   npm run demo -- --base /some/path/            the same under a sub-path (or DEMO_BASE=/some/path/)
 *   npm run demo -- --port 4300 --outDir /tmp/x   another port or folder
 *   npm run demo -- --no-serve                    build only (copy the folder to any static host)
 *
 * A static host must answer unknown paths under the base with index.html (deep links), and serve
 * `mockServiceWorker.js` from the base path itself.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { build, preview } from 'vite'

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: process.env.DEMO_BASE || '/' },
    port: { type: 'string', default: process.env.DEMO_PORT || '4180' },
    outDir: { type: 'string', default: 'dist-demo' },
    'no-serve': { type: 'boolean', default: false },
  },
})

/** `some/path` → `/some/path/`: Vite's base must start and end with a slash for the worker's scope. */
function normalisedBase(base) {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

if (process.env.VITE_API_MOCKING === 'off') {
  console.error(
    'npm run demo builds the mock backend in: unset VITE_API_MOCKING (or use npm run build:real).',
  )
  process.exit(1)
}
const base = normalisedBase(values.base)
if (!/^\/[A-Za-z0-9._~\-/]*$/.test(base)) {
  console.error(
    `demo: the base path ${JSON.stringify(values.base)} has characters a URL path cannot hold as they are.`,
  )
  process.exit(1)
}
const outDir = resolve(values.outDir)
const port = Number(values.port)

const started = Date.now()
await build({ base, build: { outDir, emptyOutDir: true }, logLevel: 'warn' })
console.info(`demo: built for ${base} into ${outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`)

if (!values['no-serve']) {
  const server = await preview({
    base,
    build: { outDir },
    preview: { port, strictPort: true, host: 'localhost' },
  })
  const url = server.resolvedUrls?.local[0] ?? `http://localhost:${port}${base}`
  console.info(`demo: serving ${url} (offline; Ctrl+C stops it)`)
}
