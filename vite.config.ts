/// <reference types="vitest/config" />

import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lingui } from '@lingui/vite-plugin'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { writeCatalogTypes } from './scripts/message-catalogs.mjs'
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

export default defineConfig({
  plugins: [
    catalogTypes(),
    react(),
    lingui({ failOnMissing: true, failOnCompileError: true }),
    dropMockWorker(),
    // CSP, nosniff and Referrer-Policy for preview and dev; the CSP meta tag in the built HTML.
    securityHeadersPlugin(),
  ],
  resolve: {
    alias: { '@': r('./src'), '@mocks': r('./mocks'), '@test': r('./test') },
  },
  build: {
    manifest: true,
    target: 'es2022',
  },
  css: { modules: { localsConvention: 'camelCaseOnly' } },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./test/setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'mocks/**/*.test.ts',
      'test/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
    ],
    exclude: ['test/e2e/**', 'node_modules/**'],
    css: { modules: { classNameStrategy: 'non-scoped' } },
    testTimeout: 15000,
  },
})
