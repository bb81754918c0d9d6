/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const r = (p: string) => fileURLToPath(new URL(p, import.meta.url))

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': r('./src'), '@mocks': r('./mocks'), '@test': r('./test') },
  },
  build: {
    manifest: true,
    rolldownOptions: {
      output: {
        // Stable, readable chunk names for the size benchmark.
        advancedChunks: {
          groups: [
            { name: 'zod', test: /node_modules[\\/]zod/ },
            { name: 'forms', test: /node_modules[\\/](react-hook-form|@hookform)/ },
          ],
        },
      },
    },
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
