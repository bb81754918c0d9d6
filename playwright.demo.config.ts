/**
 * The demo build under a sub-path (issue 10): its own build (`npm run demo -- --base /demo/`, about
 * 10 s) and server, and one spec, test/e2e/demo-subpath.spec.ts, which the main config leaves out.
 * `npx playwright test -c playwright.demo.config.ts`; E2E_DEMO_PORT and E2E_DEMO_DIST pick the port
 * and the build folder.
 */
import { defineConfig } from '@playwright/test'
import main from './playwright.config'

const port = Number(process.env.E2E_DEMO_PORT || 4180)
const dist = process.env.E2E_DEMO_DIST || 'dist-demo'

export default defineConfig({
  ...main,
  testIgnore: [],
  testMatch: 'demo-subpath.spec.ts',
  use: { ...main.use, baseURL: `http://localhost:${port}` },
  webServer: {
    command: `node scripts/demo.mjs --base /demo/ --outDir ${dist} --port ${port}`,
    url: `http://localhost:${port}/demo/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
})
