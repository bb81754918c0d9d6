/**
 * Reproduction links: a state survives the round trip (scenario, page, every carried table); a state
 * too big for a link is offered as a file, which loads back; a damaged or edited link is refused
 * whole; no password, typed or seeded, ever travels. Prints each scenario's link length.
 */

import { api } from '@test/api'
import { describe, expect, it } from 'vitest'
import { db } from './db'
import {
  captureState,
  DemoStateRefused,
  decodeState,
  encodeState,
  MAX_LINK_LENGTH,
  pageOf,
  parseStateFile,
  payloadOf,
  restoreState,
  shareLink,
  stateFileText,
} from './demo-share-state'
import { applyScenario, type ScenarioName, scenarios } from './scenarios'

const ORIGIN = 'http://localhost:4215'

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    if (error instanceof DemoStateRefused) return error.reason
    throw error
  }
  return 'accepted'
}

describe('reproduction links', () => {
  it('round-trip the scenario, the page and the data through a link', async () => {
    await applyScenario('in-review')
    const before = captureState('/confirmation?from=test')
    const applications = JSON.parse(JSON.stringify(db.applications.all())) as unknown[]
    expect(applications.length).toBeGreaterThan(0)

    const shared = await shareLink(before, ORIGIN, '/demo/')
    if (shared.kind !== 'link') throw new Error(`expected a link, got ${shared.length} characters`)
    expect(shared.url.startsWith(`${ORIGIN}/demo/confirmation?from=test#demo=`)).toBe(true)
    expect(shared.url.length).toBeLessThanOrEqual(MAX_LINK_LENGTH)

    await applyScenario('new-user')
    expect(db.applications.all()).not.toEqual(applications)

    const payload = payloadOf(new URL(shared.url).hash)
    if (!payload) throw new Error('no payload in the link')
    const after = await decodeState(payload)
    expect(after.scenario).toBe('in-review')
    expect(after.page).toBe('/confirmation?from=test')
    await restoreState(after)
    expect(JSON.parse(JSON.stringify(db.applications.all()))).toEqual(applications)
    expect(db.sessions.all()).toEqual(before.tables.sessions)
    expect(captureState('/confirmation?from=test')).toEqual(before)
  })

  it('reads the page below the base path', () => {
    expect(pageOf({ pathname: '/demo/billing/new', search: '?a=1' }, '/demo/')).toBe('/billing/new?a=1')
    expect(pageOf({ pathname: '/', search: '' }, '/')).toBe('/')
    expect(pageOf({ pathname: '/demo/', search: '' }, '/demo/')).toBe('/')
  })

  it('never carries a password: not a seeded one, nor one typed into a new Yandex ID', async () => {
    const typed = 'Typed-Secret-9431'
    const answer = await api('/session/yandex-id', {
      json: { name: 'Вера Новикова', login: 'vera.n', email: 'vera@example.ru', password: typed },
      headers: { 'Idempotency-Key': 'sign-up-1' },
    })
    expect(answer.status).toBe(200)
    // The database does hold it (the idempotency record of the sign-up), and a seeded one.
    expect(JSON.stringify(db.idempotency.all())).toContain(typed)
    expect(db.users.all().some((user) => user.password === 'Romashka-2026')).toBe(true)

    const state = captureState('/application')
    const text = stateFileText(state)
    expect(text).not.toContain(typed)
    expect(text).not.toContain('Romashka-2026')
    expect(state.tables.users.every((user) => user.password === null)).toBe(true)
    expect(state.tables.users.some((user) => user.login === 'vera.n')).toBe(true)
    const decoded = JSON.stringify(await decodeState(await encodeState(state)))
    expect(decoded).not.toContain(typed)
  })

  it('offers a file when the link would be too long, and the file loads back', async () => {
    await applyScenario('demo')
    const base = captureState('/application')
    // Many people with long names (as a long demo might leave behind): random text, which compresses badly.
    const random = () =>
      Array.from(crypto.getRandomValues(new Uint8Array(60)), (b) => b.toString(36)).join('')
    const extra = Array.from({ length: 120 }, (_, i) => ({
      id: `u-extra-${i}`,
      name: random(),
      login: `extra.${i}`,
      email: `extra.${i}@example.ru`,
      avatarUrl: null,
      password: null,
      blocked: false,
    }))
    const state = { ...base, tables: { ...base.tables, users: [...base.tables.users, ...extra] } }
    const shared = await shareLink(state, ORIGIN)
    expect(shared.kind).toBe('too-long')
    if (shared.kind === 'too-long') expect(shared.length).toBeGreaterThan(MAX_LINK_LENGTH)

    const loaded = parseStateFile(stateFileText(state))
    await restoreState(loaded)
    expect(db.users.all().map((user) => user.name)).toEqual(state.tables.users.map((user) => user.name))
  })

  it('refuses a damaged, edited or hostile link whole, and keeps the database as it was', async () => {
    await applyScenario('in-review')
    const state = captureState('/confirmation')
    const payload = await encodeState(state)
    const before = JSON.stringify(captureState('/confirmation'))

    // Not base64url, cut short, a flipped character, not deflate, not JSON.
    expect(await refusal(decodeState('%%%not-base64%%%'))).toBe('malformed')
    expect(await refusal(decodeState(payload.slice(0, payload.length / 2)))).toBe('malformed')
    const flipped = payload.slice(0, 40) + (payload[40] === 'A' ? 'B' : 'A') + payload.slice(41)
    expect(['malformed', 'invalid']).toContain(await refusal(decodeState(flipped)))
    expect(await refusal(decodeState('aGVsbG8'))).toBe('malformed')

    const edit = async (change: (value: Record<string, unknown>) => void) => {
      const value = JSON.parse(JSON.stringify(state)) as Record<string, unknown>
      change(value)
      return refusal(decodeState(await encodeState(value as never)))
    }
    // A row that breaks the database's schema, a page on another origin, an unknown table.
    expect(
      await edit((value) => {
        const [first] = (value.tables as { applications: { status: string }[] }).applications
        if (first) first.status = 'hacked'
      }),
    ).toBe('invalid')
    expect(await edit((value) => (value.page = '//evil.example/phish'))).toBe('invalid')
    expect(await edit((value) => (value.page = 'https://evil.example/'))).toBe('invalid')
    expect(await edit((value) => ((value.tables as Record<string, unknown>).idempotency = []))).toBe(
      'invalid',
    )
    expect(await edit((value) => (value.version = 2))).toBe('invalid')
    expect(await refusal(Promise.resolve().then(() => parseStateFile('{"format":')))).toBe('malformed')

    // A payload that inflates to more than the limit is refused before it is parsed.
    const bomb = await encodeState({ ...state, scenario: 'x'.repeat(5_000_000) } as never)
    expect(await refusal(decodeState(bomb))).toBe('too-large')

    // Nothing was loaded by any of these.
    expect(JSON.stringify(captureState('/confirmation'))).toBe(before)
  })

  it('prints each scenario’s link length beside the limit', async () => {
    const rows: string[] = []
    let longest = 0
    for (const name of Object.keys(scenarios) as ScenarioName[]) {
      await applyScenario(name)
      const state = captureState('/application')
      const json = JSON.stringify(state).length
      const shared = await shareLink(state, ORIGIN)
      const length = shared.kind === 'link' ? shared.url.length : shared.length
      longest = Math.max(longest, length)
      rows.push(`${name.padEnd(28)} JSON ${String(json).padStart(6)}  link ${String(length).padStart(5)}`)
    }
    console.info(`reproduction link length per scenario (limit ${MAX_LINK_LENGTH}):\n${rows.join('\n')}`)
    // Every scenario as it starts fits in a link.
    expect(longest).toBeLessThanOrEqual(MAX_LINK_LENGTH)
  })
})
