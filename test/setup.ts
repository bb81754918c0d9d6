import '@testing-library/jest-dom/vitest'
import './jsdom-polyfills'
import { stopPersisting } from '@mocks/db'
import { clearInjectedFailures, setLatency } from '@mocks/http'
import { server } from '@mocks/node'
import { resetRegistryOutage } from '@mocks/registry/index'
import { applyScenario, DEFAULT_SCENARIO } from '@mocks/scenarios'
import { cleanup, configure } from '@testing-library/react'
import * as React from 'react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { setMockReady } from '@/api/mock-ready'
import { setupI18n } from '@/lib/i18n'
import { labelControlsById } from './jsdom-label-control'

/**
 * How long `findBy…` and `waitFor` wait before failing. A passing wait ends as soon as what it waits
 * for is there, so a long limit costs nothing; the default second is too short on a loaded 2-core
 * machine, where a page's first visit loads its code and messages. Tests give no shorter limit.
 */
configure({
  asyncUtilTimeout: 30_000,
  // user-event's and fireEvent's events are dispatched as a browser would, not inside a synchronous
  // act(): a click whose next render suspends (a page's code or words loading for the first time in
  // this worker) would leave that render in act's queue, and the page would never change (see
  // ./render-settled.ts). React renders a click's own update at once (a discrete event); what comes
  // later (a navigation, an answer) is what findBy… and waitFor wait for. React warns of such a
  // render once per worker, from a microtask, naming no test, so the warning is not made a failure.
  eventWrapper: (dispatch) => dispatch(),
})

/**
 * React's development build records an "owner stack" for each element it creates (an `Error` and a
 * `console.createTask` per JSX element, for the first 10 000 elements of each second): in a CPU
 * profile of the heaviest test file, 1.3 s of its 11.8 s. The tests never read those stacks (they
 * only make React's warnings name the component that rendered the culprit), so the counter React
 * checks reads as spent: every element gets React's shared "unknown owner" stack instead. The four
 * heaviest files, interleaved: 35 and 41 s of CPU instead of 40 and 46 (README, "Tests"). If a
 * React version renames the counter, this does nothing and the tests are only slower.
 */
const internals = (React as unknown as Record<string, object | undefined>)
  .__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE
if (internals && 'recentlyCreatedOwnerStacks' in internals)
  Object.defineProperty(internals, 'recentlyCreatedOwnerStacks', {
    get: () => 10_000,
    set: () => {},
    configurable: true,
  })

// Testing Library's queries read every control's labels: jsdom 29 finds a label's control by walking
// the whole document (./jsdom-label-control.ts).
labelControlsById()

await setupI18n('en')

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
beforeEach(async () => {
  window.localStorage.clear()
  window.sessionStorage.clear()
  // The test files of a worker share their modules (`isolate: false` in vite.config.ts): the mock
  // layer's switches start each test as a fresh Node mock server would have them.
  setLatency(0)
  stopPersisting()
  resetRegistryOutage()
  // In Node the mock server is listening already: API calls wait for no worker (a test that
  // started the mock layer its own way, e.g. failing, leaves no such state behind).
  setMockReady(Promise.resolve())
  await applyScenario(DEFAULT_SCENARIO)
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
  server.resetHandlers()
  clearInjectedFailures()
})
afterAll(() => server.close())
