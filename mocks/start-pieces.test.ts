/**
 * The browser start of the mock layer in pieces (./yield.ts, ./browser.ts): it gives the main
 * thread back between its steps and, while it loads or seeds the database, every few milliseconds;
 * a `?scenario=` start does not load the stored database it replaces. (JSX-free: mocks' tests are *.test.ts.)
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { db, loadPersisted, paceLoading, persistInto, scenarioName, startSession, stopPersisting } from './db'
import { applyScenario } from './scenarios'
import { slicer, whenIdle, yieldToMain } from './yield'

const STORAGE_KEY = 'partner-onboarding.mock-db.v1'

function stored(): { scenario: string; tables: Record<string, { id: string }[]> } {
  return JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? 'null')
}

describe('yieldToMain', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('resumes in a later task: what was queued before it runs first', async () => {
    const order: string[] = []
    const earlier = new MessageChannel()
    const delivered = new Promise<void>((resolve) => {
      earlier.port1.onmessage = () => {
        order.push('queued task')
        earlier.port1.close()
        resolve()
      }
    })
    earlier.port2.postMessage(null)
    const resumed = yieldToMain().then(() => order.push('resumed'))
    queueMicrotask(() => order.push('microtask'))
    await Promise.all([delivered, resumed])
    expect(order).toEqual(['microtask', 'queued task', 'resumed'])
  })

  it('uses scheduler.yield where the browser has it', async () => {
    const schedulerYield = vi.fn(() => Promise.resolve())
    vi.stubGlobal('scheduler', { yield: schedulerYield })
    await yieldToMain()
    expect(schedulerYield).toHaveBeenCalledTimes(1)
  })
})

describe('slicer', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('yields only once a slice of work has run, then starts a new slice', async () => {
    let now = 1000
    vi.spyOn(performance, 'now').mockImplementation(() => now)
    const schedulerYield = vi.fn(() => Promise.resolve())
    vi.stubGlobal('scheduler', { yield: schedulerYield })
    const pace = slicer(25)
    now += 10
    await pace()
    expect(schedulerYield).not.toHaveBeenCalled()
    now += 20
    await pace()
    expect(schedulerYield).toHaveBeenCalledTimes(1)
    now += 24
    await pace()
    expect(schedulerYield).toHaveBeenCalledTimes(1)
    now += 1
    await pace()
    expect(schedulerYield).toHaveBeenCalledTimes(2)
  })
})

describe('whenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('waits for the browser to be idle, at most the given time', () => {
    const requests: { callback: () => void; timeout?: number }[] = []
    vi.stubGlobal('requestIdleCallback', (callback: () => void, options?: { timeout?: number }) => {
      requests.push({ callback, timeout: options?.timeout })
      return requests.length
    })
    const work = vi.fn()
    whenIdle(work, 1500)
    expect(work).not.toHaveBeenCalled()
    expect(requests.map((r) => r.timeout)).toEqual([1500])
    requests[0]?.callback()
    expect(work).toHaveBeenCalledTimes(1)
  })
})

describe('the database at the start', () => {
  afterEach(() => {
    paceLoading(null)
    stopPersisting()
  })

  it('a ?scenario= start stores the scenario without loading the stored database first', async () => {
    // A demo saved with the default scenario (its users among them).
    await loadPersisted(window.localStorage)
    await applyScenario('demo')
    const before = stored()
    expect(before.scenario).toBe('demo')
    stopPersisting()
    const loads = vi.spyOn(JSON, 'parse')
    persistInto(window.localStorage)
    expect(loads).not.toHaveBeenCalled()
    loads.mockRestore()
    await applyScenario('application-by-account')
    expect(scenarioName()).toBe('application-by-account')
    const after = stored()
    expect(after.scenario).toBe('application-by-account')
    // What is in memory and in storage is the scenario's, and nothing else.
    expect(after.tables.applications?.map((row) => row.id).sort()).toEqual(
      db.applications
        .all()
        .map((row) => row.id)
        .sort(),
    )
    expect(after.tables.users?.map((row) => row.id).sort()).toEqual(
      db.users
        .all()
        .map((row) => row.id)
        .sort(),
    )
  })

  it('paces a load or seed of the whole database, and nothing else', async () => {
    await loadPersisted(window.localStorage)
    await applyScenario('application-by-account')
    const rows = stored()
    const count = Object.values(rows.tables).reduce((sum, table) => sum + table.length, 0)
    stopPersisting()

    const pace = vi.fn(() => Promise.resolve())
    paceLoading(pace)
    expect(await loadPersisted(window.localStorage)).toBe(true)
    expect(pace).toHaveBeenCalledTimes(count)

    pace.mockClear()
    await applyScenario('application-by-account')
    expect(pace).toHaveBeenCalledTimes(count)

    // A request's write is not a load: it is never paced.
    pace.mockClear()
    const user = db.users.all()[0]
    if (!user) throw new Error('the scenario has no user')
    await startSession({ userId: user.id, method: 'account', organizationId: null })
    expect(pace).not.toHaveBeenCalled()
  })
})
