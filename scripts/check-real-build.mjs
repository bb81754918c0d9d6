#!/usr/bin/env node
/**
 * Builds with mocking off (as against a real API) into dist-real/ and checks that no mock code is in
 * it: no MSW, no mock worker, no module of mocks/, no mock-only route, no mock catalog or message, no
 * scenario text (the markers come from the mock layer itself: scripts/mock-code.mjs).
 * `node scripts/check-real-build.mjs <folder>` checks an existing build instead.
 */
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { findMockCode, mockMarkers } from './mock-code.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const given = process.argv[2]
const out = given ?? 'dist-real'
if (!given) {
  execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir'], {
    stdio: 'inherit',
    env: { ...process.env, VITE_API_MOCKING: 'off' },
  })
}
const markers = mockMarkers(root)
const offenders = findMockCode(out, markers)
if (!given) rmSync(out, { recursive: true, force: true })
if (offenders.length > 0) {
  console.error(`Mock code found in the build with mocking off:\n${offenders.join('\n')}`)
  process.exit(1)
}
console.info(`The build with mocking off contains no mock code (${markers.length} markers looked for).`)
