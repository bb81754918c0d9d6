import '@testing-library/jest-dom/vitest'
import './jsdom-polyfills'
import { clearInjectedFailures } from '@mocks/http'
import { server } from '@mocks/node'
import { applyScenario, DEFAULT_SCENARIO } from '@mocks/scenarios'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import { setupI18n } from '@/lib/i18n'

await setupI18n('en')

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(async () => {
  window.localStorage.clear()
  window.sessionStorage.clear()
  await applyScenario(DEFAULT_SCENARIO)
})
afterEach(() => {
  cleanup()
  server.resetHandlers()
  clearInjectedFailures()
})
afterAll(() => server.close())
