/**
 * In the browser the mock database is written to localStorage before a request is answered (so a
 * demo survives a reload): once per request, however many rows the request changes (mocks/db.ts,
 * `inOneWrite`), not once per row.
 */

import { api } from '@test/api'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { db, loadPersisted, scenarioName, stopPersisting } from './db'
import { applyScenario } from './scenarios'

const STORAGE_KEY = 'partner-onboarding.mock-db.v1'

/** The writes of the mock database to storage while `work` runs, and what was stored last. */
async function writesDuring(work: () => Promise<unknown>) {
  const setItem = vi.spyOn(Storage.prototype, 'setItem')
  try {
    await work()
    const writes = setItem.mock.calls.filter(([key]) => key === STORAGE_KEY)
    return { count: writes.length, stored: JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}') }
  } finally {
    setItem.mockRestore()
  }
}

describe('the mock database in browser storage', () => {
  afterEach(() => stopPersisting())

  it('stores a sign-in (session replaced, a new one added) in one write, before the answer', async () => {
    await loadPersisted(window.localStorage)
    await applyScenario('demo')
    const userId = db.settings.get('settings')?.recentAccountIds[0]
    expect(userId).toBeDefined()
    const { count, stored } = await writesDuring(async () => {
      const signedIn = await api('/session/account', { method: 'POST', json: { userId } })
      expect(signedIn.status).toBe(200)
    })
    expect(count).toBe(1)
    expect(stored.tables.sessions).toEqual([expect.objectContaining({ userId, method: 'account' })])
    expect(stored.scenario).toBe(scenarioName())
  })

  it('counts each write’s revision on from the last one, and stores nothing for a read', async () => {
    await loadPersisted(window.localStorage)
    await applyScenario('demo')
    const before = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}').revision
    const userId = db.settings.get('settings')?.recentAccountIds[0]
    const first = await writesDuring(() => api('/session/account', { method: 'POST', json: { userId } }))
    const read = await writesDuring(() => api('/session'))
    const second = await writesDuring(() => api('/session/account', { method: 'POST', json: { userId } }))
    expect([first.stored.revision, read.count, second.stored.revision]).toEqual([before + 1, 0, before + 2])
    // What is stored is what this tab holds: a reload (a fresh load of it) finds the same session.
    const session = db.sessions.all()[0]
    await loadPersisted(window.localStorage)
    expect(db.sessions.all()).toEqual([session])
  })
})
