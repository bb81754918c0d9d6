/**
 * Starts the mock backend in the browser: loads the saved database (or seeds a scenario), then
 * registers the service worker. main.tsx calls this in parallel with the first render.
 */
import { setupWorker } from 'msw/browser'
import { type EndpointName, endpoints } from '@/api/contract'
import { loadPersisted } from './db'
import { decideInReview } from './demo-decide'
import { type DemoBackend, mountDemoPanel } from './demo-panel'
import { handlers } from './handlers'
import { mediaHandlers } from './handlers/media'
import { failNext, setLatency } from './http'
import { applyScenario, DEFAULT_SCENARIO, isScenarioName, scenarios } from './scenarios'

const LATENCY_KEY = 'partner-onboarding.mock-latency'

/** @msw/data names records with crypto.randomUUID, which plain-http pages (not localhost) lack. */
function ensureRandomUUID() {
  if (typeof crypto.randomUUID === 'function') return
  Object.defineProperty(crypto, 'randomUUID', {
    configurable: true,
    value: () => {
      const b = crypto.getRandomValues(new Uint8Array(16))
      b[6] = ((b[6] ?? 0) & 0x0f) | 0x40
      b[8] = ((b[8] ?? 0) & 0x3f) | 0x80
      const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
    },
  })
}

export async function startMockBackend(): Promise<void> {
  ensureRandomUUID()
  const requested = new URLSearchParams(window.location.search).get('scenario')
  if (requested && isScenarioName(requested)) {
    // An explicit ?scenario= starts that scenario afresh (demo links, browser tests).
    await loadPersisted(window.localStorage)
    await applyScenario(requested)
    const url = new URL(window.location.href)
    url.searchParams.delete('scenario')
    window.history.replaceState(window.history.state, '', url)
  } else if (!(await loadPersisted(window.localStorage))) {
    await applyScenario(DEFAULT_SCENARIO)
  }
  const configured = Number(
    window.localStorage.getItem(LATENCY_KEY) ?? import.meta.env.VITE_MOCK_LATENCY ?? 350,
  )
  setLatency(Number.isFinite(configured) ? configured : 350)

  // Media only pass through the worker in the browser; Node tests never load them.
  const worker = setupWorker(...handlers, ...mediaHandlers)
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
  // The demo panel and browser tests reach the scenarios through here.
  Object.assign(window, {
    __mockBackend: {
      scenarios: Object.keys(scenarios),
      applyScenario: (name: string) =>
        isScenarioName(name) ? applyScenario(name) : Promise.reject(new Error(name)),
      /** The next `times` calls of an endpoint (by its name in the contract) answer `status`. */
      failNext: (endpoint: string, status = 503, times = 1) => {
        if (!Object.hasOwn(endpoints, endpoint)) throw new Error(`No endpoint ${endpoint}`)
        failNext(endpoint as EndpointName, status, times)
      },
      setLatency: (ms: number) => {
        window.localStorage.setItem(LATENCY_KEY, String(ms))
        setLatency(ms)
      },
      /** The partner manager decides the application in review (mock-only endpoint): steps 6 and 7. */
      decide: decideInReview,
    },
  })
  // The designers' demo panel: its own root after the app's (mock-only, like everything here).
  mountDemoPanel((window as unknown as { __mockBackend: DemoBackend }).__mockBackend)
}
