/// <reference types="vitest/config" />

import { rmSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lingui } from '@lingui/vite-plugin'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { demoStaticFallbackPlugin } from './scripts/demo-static-fallback.ts'
import { firstPagePreload } from './scripts/first-page-preload.ts'
import { writeCatalogTypes } from './scripts/message-catalogs.mjs'
import { mockCookieDomain } from './scripts/mock-cookie-domain.ts'
import { prerenderFirstPages } from './scripts/prerender.ts'
import { securityHeadersPlugin } from './scripts/security-headers.ts'

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url))

/** With mocking off (a build against a real API) the MSW worker script is not shipped either. */
function dropMockWorker(): Plugin {
  let outDir = 'dist'
  return {
    name: 'drop-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    closeBundle() {
      if (process.env.VITE_API_MOCKING === 'off')
        rmSync(join(outDir, 'mockServiceWorker.js'), { force: true })
    },
  }
}

/**
 * Message ids typed from the English catalogs: (re)writes src/locales/catalogs.gen.ts and
 * mocks/locales/catalogs.gen.ts when the set of catalogs changed (dev, build, Vitest), so a new
 * catalog is a namespace at once. `npm run messages` does the same by hand.
 */
function catalogTypes(): Plugin {
  const write = () => {
    for (const file of writeCatalogTypes(r('.'))) console.info(`message types: wrote ${file}`)
  }
  return {
    name: 'catalog-types',
    buildStart: write,
    configureServer(server) {
      server.watcher.on('add', (file) => file.endsWith('.json') && write())
      server.watcher.on('unlink', (file) => file.endsWith('.json') && write())
    },
  }
}

/**
 * Vitest workers. Each loads jsdom and the app's modules once, so one more worker costs CPU: it
 * still pays with one or two other jobs running, but on a very busy machine (load average over twice
 * the cores) one worker finishes sooner (README, "Tests"). `npx vitest run --maxWorkers=N` overrides it.
 */
function testWorkers(): number {
  const cores = availableParallelism()
  const [lastMinute = 0] = loadavg()
  return lastMinute < 2 * cores ? cores : Math.max(1, cores - 1)
}

/**
 * React Router's production build in `vite build`: the package's exports point every condition at its
 * development build (react-router issues #12532, #14102: dev warnings on, larger), so a production
 * bundle got that one. Dev and tests keep the development build and its warnings.
 */
function reactRouterProductionBuild(): Plugin {
  return {
    name: 'react-router-production-build',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          { find: /^react-router$/, replacement: r('./node_modules/react-router/dist/production/index.mjs') },
        ],
      },
    }),
  }
}

/**
 * Chunks named after their module, whose own dynamic imports get no modulepreload links (see
 * `modulePreload` below): the demo build's mock layer and its start, and the next step's prefetch.
 */
const NAMED_CHUNKS = {
  'mock-layer': /[\\/]mocks[\\/]browser\.ts$/,
  'mock-start': /[\\/]mocks[\\/]backend-start\.ts$/,
  prefetch: /[\\/]src[\\/]app[\\/]prefetch\.ts$/,
}
/** A built chunk's name without its hash (8 characters, `-` among them): `assets/prefetch-CzdiRb-v.js` → `prefetch`. */
const chunkName = (file: string) => /(?:^|\/)assets\/([\w-]+?)-[\w-]{8}\.js$/.exec(file)?.[1]
const isNamedChunk = (file: string) => Object.keys(NAMED_CHUNKS).includes(chunkName(file) ?? '')
/** What every first paint runs (React, the router, Lingui, the app's i18n), in one chunk: see codeSplitting. */
const FRAMEWORK_CHUNK = 'framework'

export default defineConfig({
  plugins: [
    reactRouterProductionBuild(),
    catalogTypes(),
    react(),
    lingui({ failOnMissing: true, failOnCompileError: true }),
    dropMockWorker(),
    // CSP, nosniff and Referrer-Policy for preview and dev; the CSP meta tag in the built HTML.
    securityHeadersPlugin(),
    // Mock builds: a notice in #root that shows only when no script or stylesheet loads (file://).
    demoStaticFallbackPlugin(),
    // The first page's catalogs load with the entry, not after it (modulepreload in index.html).
    firstPagePreload(),
    // Demo build: MSW's cookie store without the public-suffix list (the mock sets no cookie).
    mockCookieDomain(),
    // `/` and `/welcome` prerendered to HTML in both languages (after the client build's HTML is written).
    prerenderFirstPages(),
  ],
  resolve: {
    alias: { '@': r('./src'), '@mocks': r('./mocks'), '@test': r('./test') },
  },
  build: {
    manifest: true,
    target: 'es2022',
    modulePreload: {
      // The demo build's mock layer loads after the first paint, at a lower priority than the page:
      // the entry names its chunk only (its imports are fetched when it arrives, one round trip
      // later) and does not carry the list of the layer's ~10 files (0.2 KB gzip of the first
      // paint's JS; `npm run bench`). The layer's own imports, and its start's (MSW, the handlers,
      // the demo panel), have no preloads either: the browser's module loader fetches their imports
      // as it finds them, where Vite's helper appended ~25 <link rel=modulepreload> in one task
      // (25–46 ms under Lighthouse, which records each request's initiator; the start's, 15–32 ms).
      // The next step's prefetch, done while the user reads the page, has none either: its idle
      // callbacks appended up to ~30 links each, 35–75 ms under Lighthouse on `/welcome`; the module
      // loader fetches the same files a round trip or two later, long before a reader clicks. The
      // route table's own imports (a click's navigation) keep Vite's preloads, as every other one.
      resolveDependencies: (file, deps, { hostId }) =>
        chunkName(file) === 'mock-layer' || isNamedChunk(hostId) ? [] : deps,
    },
    rolldownOptions: {
      output: {
        // NAMED_CHUNKS by their names (MSW's `msw/browser` makes a `browser-` chunk too, so the mock
        // layer's could not go by its module's name).
        chunkFileNames: (chunk) => {
          const named = Object.entries(NAMED_CHUNKS).find(([, module]) =>
            module.test(chunk.facadeModuleId ?? ''),
          )
          return `assets/${named ? named[0] : '[name]'}-[hash].js`
        },
        // The framework chunk runs as every page loads: V8 compiles all its functions while the file
        // downloads, on a background thread (an explicit compile hint, Chrome 136+; other engines read
        // a comment), not each one on the main thread at its first call. That lazy compilation was
        // half of the task that creates the router (10 of 17–21 ms of CPU in Lighthouse's traces of a
        // demo link to `/application`; 26–63 ms of wall time on this busy host). Only this chunk: hinting the
        // React Query, form and route chunks too showed no gain (README, "Compile hint for the framework chunk").
        postBanner: (chunk) => (chunk.name === FRAMEWORK_CHUNK ? '//# allFunctionsCalledOnLoad\n' : ''),
        codeSplitting: {
          // What every first paint runs, in one chunk: fewer requests and one gzip dictionary instead
          // of pieces that move as imports change (0.8 KB gzip less; `npm run bench`).
          groups: [
            {
              name: FRAMEWORK_CHUNK,
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@lingui[\\/](core|react))[\\/]|src[\\/]lib[\\/]i18n\.ts$|src[\\/]api[\\/](messages|paths|step-ids|after-paint)\.ts$|src[\\/]app[\\/]steps\.ts$/,
            },
          ],
        },
      },
    },
  },
  css: { modules: { localsConvention: 'camelCaseOnly' } },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./test/setup.ts'],
    // Autosave's pause (src/lib/use-autosave.ts): 100 ms instead of 800, so the tests that wait for a
    // save do not idle (README, "Tests").
    env: { VITE_AUTOSAVE_PAUSE_MS: '100' },
    include: [
      'src/**/*.test.{ts,tsx}',
      'mocks/**/*.test.ts',
      'test/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    exclude: ['test/e2e/**', 'node_modules/**'],
    css: { modules: { classNameStrategy: 'non-scoped' } },
    // One jsdom and one module graph per worker, not per file: per file they cost more than the
    // tests themselves (README, "Tests"). test/setup.ts resets the state tests change, per test.
    isolate: false,
    maxWorkers: testWorkers(),
    // Only a hung test waits this long; findBy/waitFor wait up to 30 s (test/setup.ts).
    testTimeout: 60_000,
  },
})
