/**
 * What the demo panel drives and the browser console offers as `window.__mockBackend` (browser.ts):
 * scenarios, the answer delay, injected faults, the partner manager's decision, the billing check,
 * the review clock and a reset of all demo data. Node tests build the same object with their own
 * fetch and storage, so the panel is tested against what the browser runs.
 */
import { type DecideApplicationRequest, type EndpointName, endpoints } from '@/api/contract'
import { advanceBusinessDays, mockToday, resetClock } from './clock'
import { db, syncFromStorage } from './db'
import { completeVerificationNow, type DemoDecision, decideInReview } from './demo-decide'
import {
  clearInjectedFailures,
  type Fault,
  type FaultKind,
  failNext,
  injectedFaults,
  injectFault,
  setLatency,
} from './http'
import { resetRegistryOutage } from './registry'
import { applyScenario, DEFAULT_SCENARIO, isScenarioName, scenarios } from './scenarios'

export const LATENCY_KEY = 'partner-onboarding.mock-latency'
/** Every key the app and its mock keep in storage starts with this (drafts, the mock database, settings). */
const STORAGE_PREFIX = 'partner-onboarding.'

export type DemoBackend = {
  scenarios: string[]
  applyScenario: (name: string) => Promise<void>
  setLatency: (ms: number) => void
  /** The next `times` calls of an endpoint (by its name in the contract) answer `status`. */
  failNext: (endpoint: string, status?: number, times?: number) => void
  /** The next call, or every call (`times: 'every'`), of an endpoint fails: a status, a timeout or no connection. */
  injectFault: (
    endpoint: string,
    kind: FaultKind,
    options?: { status?: number; times?: number | 'every' },
  ) => void
  /** The faults waiting now. */
  faults: () => [EndpointName, Fault][]
  clearFaults: () => void
  /** The partner manager decides the application in review; answers the HTTP status. */
  decide: (decision: DemoDecision | DecideApplicationRequest) => Promise<number>
  /** Finishes the billing check of the signed-in organization's accounts; answers the HTTP status. */
  completeVerification: () => Promise<number>
  /** Moves the mock's clock forward by business days; answers its new calendar day. */
  advanceClock: (businessDays: number) => Promise<string>
  resetClock: () => Promise<void>
  /** The mock's calendar day (Moscow). */
  today: () => string
  /** Clears the mock database, every stored draft and setting and every fault; seeds the default scenario. */
  resetAll: () => Promise<void>
  /**
   * Ends the session as if it expired: the session check then answers `session: null` and every
   * other request 401 (the contract's `unauthenticated`). Drafts in the browser stay.
   */
  endSession: () => Promise<void>
}

function isEndpoint(name: string): name is EndpointName {
  return Object.hasOwn(endpoints, name)
}

function removeOurKeys(storage: Storage | undefined): void {
  if (!storage) return
  const keys: string[] = []
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i)
    if (key?.startsWith(STORAGE_PREFIX)) keys.push(key)
  }
  for (const key of keys) storage.removeItem(key)
}

export function createDemoBackend(
  options: { fetchFn?: typeof fetch; local?: Storage; session?: Storage; defaultLatency?: number } = {},
): DemoBackend {
  const fetchFn = options.fetchFn ?? ((input, init) => fetch(input, init))
  return {
    scenarios: Object.keys(scenarios),
    applyScenario: (name) => (isScenarioName(name) ? applyScenario(name) : Promise.reject(new Error(name))),
    setLatency: (ms) => {
      options.local?.setItem(LATENCY_KEY, String(ms))
      setLatency(ms)
    },
    failNext: (endpoint, status = 503, times = 1) => {
      if (!isEndpoint(endpoint)) throw new Error(`No endpoint ${endpoint}`)
      failNext(endpoint, status, times)
    },
    injectFault: (endpoint, kind, { status, times = 1 } = {}) => {
      if (!isEndpoint(endpoint)) throw new Error(`No endpoint ${endpoint}`)
      injectFault(endpoint, { kind, status, times: times === 'every' ? Number.POSITIVE_INFINITY : times })
    },
    faults: injectedFaults,
    clearFaults: clearInjectedFailures,
    decide: (decision) => decideInReview(decision, fetchFn),
    completeVerification: () => completeVerificationNow(fetchFn),
    advanceClock: async (days) => {
      await syncFromStorage()
      return advanceBusinessDays(days)
    },
    resetClock: async () => {
      await syncFromStorage()
      await resetClock()
    },
    today: mockToday,
    endSession: async () => {
      await syncFromStorage()
      db.sessions.remove(() => true)
    },
    resetAll: async () => {
      clearInjectedFailures()
      resetRegistryOutage()
      removeOurKeys(options.local)
      removeOurKeys(options.session)
      setLatency(options.defaultLatency ?? 0)
      await applyScenario(DEFAULT_SCENARIO)
    },
  }
}
