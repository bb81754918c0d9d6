/**
 * The mock backend's start proper (mock-only): loads the saved database (or seeds a scenario), then
 * registers the service worker. ./browser.ts calls it, guarded, once the contract's schemas are
 * built. It runs in pieces, each a task of its own (./yield.ts): the handlers' and MSW's evaluation
 * (chunks of their own, fetched at once), the database, the worker, and at idle the demo panel, so
 * none of them adds to another's long task.
 */
import { setDemoHints } from '@/lib/demo-hints'
import { loadPersisted, paceLoading, persistInto } from './db'
import { createDemoBackend, LATENCY_KEY } from './demo-backend'
import { TIN_HINTS } from './demo-tin-hints'
import { setLatency } from './http'
import { applyScenario, DEFAULT_SCENARIO, isScenarioName } from './scenarios'
import { sayLinkRefused, takeLinkedState } from './startup'
import { untilClaimed } from './until-claimed'
import { slicer, whenIdle, yieldToMain } from './yield'

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

/** The address the app opened at (main.tsx reads it at once): what a demo link asks for is there. */
export type Opened = { search: string; hash: string }

export async function start(opened: Opened): Promise<void> {
  // The handlers and MSW's worker are chunks of their own, fetched now, side by side, and each
  // evaluated in a task of its own when it arrives: one chunk with all of it made one task of 60-70
  // ms (unthrottled) right after the first page's paint. Their imports are fetched as the module
  // loader finds them (no preload links: `resolveDependencies` in vite.config.ts); the database's
  // load or seed is the next task.
  const worker = Promise.all([import('msw/browser'), import('./handlers'), import('./handlers/media')])
  await yieldToMain()
  ensureRandomUUID()
  // The TIN field offers the reserved TINs as chips (src/lib/demo-hints.ts, empty in a real build).
  setDemoHints('tin', TIN_HINTS)
  const requested = new URLSearchParams(opened.search).get('scenario')
  // Loading or seeding the database runs in slices; no request reaches it before the worker starts.
  paceLoading(slicer())
  try {
    await loadOrSeed(requested, opened.hash)
  } finally {
    paceLoading(null)
  }
  const configured = Number(
    window.localStorage.getItem(LATENCY_KEY) ?? import.meta.env.VITE_MOCK_LATENCY ?? 350,
  )
  setLatency(Number.isFinite(configured) ? configured : 350)
  await yieldToMain()

  // Media only pass through the worker in the browser; Node tests never load them.
  const [{ setupWorker }, { handlers }, { mediaHandlers }] = await worker
  await yieldToMain()
  const api = setupWorker(...handlers, ...mediaHandlers)
  // Not reloaded by MSW when this page was opened while the worker was still installing.
  await untilClaimed(navigator.serviceWorker)
  await api.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
  // The demo panel and browser tests reach the scenarios, faults, decisions and clock through here.
  const backend = createDemoBackend({
    local: window.localStorage,
    session: window.sessionStorage,
    defaultLatency: Number(import.meta.env.VITE_MOCK_LATENCY ?? 350),
  })
  Object.assign(window, { __mockBackend: backend })
  // The designers' demo panel: its own root after the app's (mock-only, like everything here).
  // Its own chunk, fetched once the worker runs and the page is idle: the worker's code (which API
  // calls wait for) stays smaller, and the panel's first render does not delay the page's data.
  whenIdle(() => void import('./demo-panel').then(({ mountDemoPanel }) => mountDemoPanel(backend)))
}

/** Loads the saved database, or seeds what the address asks for (a reproduction link, `?scenario=`). */
async function loadOrSeed(requested: string | null, hash: string): Promise<void> {
  // A reproduction link (#demo=…, mocks/demo-share-state.ts) opens its scenario, page and data.
  const linked = await takeLinkedState(hash)
  if (linked) {
    await loadPersisted(window.localStorage)
    if ('restore' in linked) await linked.restore()
    else {
      await applyScenario(DEFAULT_SCENARIO)
      void sayLinkRefused(linked.refused)
    }
  } else if (requested && isScenarioName(requested)) {
    // An explicit ?scenario= starts that scenario afresh (demo links, browser tests): what is stored
    // is replaced, so it is not read into memory first.
    persistInto(window.localStorage)
    await applyScenario(requested)
    const url = new URL(window.location.href)
    url.searchParams.delete('scenario')
    window.history.replaceState(window.history.state, '', url)
  } else if (!(await loadPersisted(window.localStorage))) {
    await applyScenario(DEFAULT_SCENARIO)
  }
}
