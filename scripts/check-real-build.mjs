#!/usr/bin/env node
/**
 * Builds with mocking off (as against a real API) into dist-real/ and checks that no mock code is in
 * it: no MSW, no mock handlers, no mock worker registration.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const out = 'dist-real'
execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir'], {
  stdio: 'inherit',
  env: { ...process.env, VITE_API_MOCKING: 'off' },
})
const markers = ['mockServiceWorker', 'setupWorker', '__mockBackend', 'msw/', 'partner-onboarding.mock-db']
const offenders = []
if (existsSync(join(out, 'mockServiceWorker.js'))) offenders.push('mockServiceWorker.js is shipped')
for (const file of readdirSync(out, { recursive: true })) {
  if (!String(file).endsWith('.js')) continue
  const text = readFileSync(join(out, String(file)), 'utf8')
  for (const marker of markers) if (text.includes(marker)) offenders.push(`${file}: ${marker}`)
}
rmSync(out, { recursive: true, force: true })
if (offenders.length > 0) {
  console.error(`Mock code found in the build with mocking off:\n${offenders.join('\n')}`)
  process.exit(1)
}
console.info('The build with mocking off contains no mock code.')
