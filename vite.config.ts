/// <reference types="vitest/config" />

import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { lingui } from '@lingui/vite-plugin'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

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

export default defineConfig({
  plugins: [react(), lingui({ failOnMissing: true, failOnCompileError: true }), dropMockWorker()],
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
