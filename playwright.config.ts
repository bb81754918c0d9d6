import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

/** Debian's Chromium here and in CI; set CHROME_PATH to use another (or unset it on a laptop with Playwright's browser). */
const executablePath =
  process.env.CHROME_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
const port = Number(process.env.E2E_PORT || 4173)
/** Several people (or agents) can test side by side with their own build folder and port. */
const dist = process.env.E2E_DIST || 'dist'

export default defineConfig({
  testDir: 'test/e2e',
  // The sub-path demo build has its own build and server: playwright.demo.config.ts.
  testIgnore: ['**/demo-subpath.spec.ts'],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Tests share nothing: each has its own browser context (storage, the mock database kept there, the
  // service worker) and `vite preview` only serves files, so any two run side by side, in any order.
  // A test spends most of its time waiting (the mock's 350 ms per answer, debounces, polling): one
  // worker keeps about half of one core busy, so CI runs two (1.8 times as fast, the same CPU time;
  // README, "Browser tests"). Locally one, on a shared machine; `--workers N` or E2E_WORKERS=N.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS) || (process.env.CI ? 2 : 1),
  // No retries: a test that fails once under load is a defect to find (test/e2e/history.spec.ts,
  // motion.spec.ts and sign-in.spec.ts each had one; their comments say what it was).
  retries: 0,
  // With PLAYWRIGHT_JSON_OUTPUT_FILE set (.ci/run sets it) the results are also written as JSON there,
  // for `npm run report`; without it, only the list.
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'off',
    launchOptions: {
      executablePath,
      args: [
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The production build, as designers demo it: the mock backend runs in the service worker.
    command: `npx vite preview --port ${port} --strictPort --outDir ${dist}`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
