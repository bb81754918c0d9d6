/**
 * Issue 7, on the mock backend in Node: one test per fault found by probing steps 1–4 (deep JSON,
 * unbounded drafts, the video gate through the API, idempotent replays to another caller, two tabs
 * overwriting each other), each written to fail before its fix. The malformed-body sweep over every
 * mutating endpoint lives in ./sweep.test.ts.
 */

import { db, loadPersisted, stopPersisting } from '@mocks/db'
import { route } from '@mocks/http'
import { server } from '@mocks/node'
import { applyScenario } from '@mocks/scenarios'
import {
  api,
  theApplication as application,
  QUESTIONNAIRE_ANSWERS as questionnaire,
  signInAs,
} from '@test/api'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { errorCode } from '@/api/messages'
import { VIDEO_DURATION } from './handlers/partnership'

const STORAGE_KEY = 'partner-onboarding.mock-db.v1'

/** `depth` nested arrays around a string: `[[[…"x"…]]]`, built as text (no recursion). */
function deepJson(depth: number): string {
  return `${'['.repeat(depth)}"x"${']'.repeat(depth)}`
}

async function raw(path: string, method: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`http://localhost/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  })
  return { status: response.status, text: await response.text() }
}

afterEach(() => {
  stopPersisting()
  vi.restoreAllMocks()
})

describe('fault 1: deep JSON and thrown errors', () => {
  it('answers a questionnaire draft nested 3,000 deep with 422, no stack, nothing stored', async () => {
    await applyScenario('application-sent')
    const before = JSON.stringify(application())
    const body = `{"questionnaire":{"comment":${deepJson(3000)}}}`
    const { status, text } = await raw(`/applications/${application().id}/partnership/draft`, 'PATCH', body)
    expect(status).toBe(422)
    expect(text).not.toMatch(/RangeError|stack|\n\s+at /)
    expect(JSON.stringify(application())).toBe(before)
  })

  it('turns any error a handler throws into a 500 with a generic code and no internals', async () => {
    server.use(
      route('programSettings', () => {
        throw new RangeError('Maximum call stack size exceeded in /work/main/mocks/secret.ts')
      }),
    )
    const { status, text } = await raw('/program-settings', 'GET', undefined as unknown as string)
    expect(status).toBe(500)
    expect(JSON.parse(text)).toEqual({ code: 'server_error', message: 'Something went wrong on the server.' })
  })
})

describe('fault 2: the questionnaire draft has limits', () => {
  it('refuses a 1 MB comment (413) and a comment over 1,000 characters (422 at the field)', async () => {
    await applyScenario('application-sent')
    const path = `/applications/${application().id}/partnership/draft`
    const huge = await api(path, {
      method: 'PATCH',
      json: { questionnaire: { comment: 'x'.repeat(1_000_000) } },
    })
    expect(huge.status).toBe(413)
    expect(huge.body.code).toBe('too_large')
    const long = await api(path, { method: 'PATCH', json: { questionnaire: { comment: 'x'.repeat(1001) } } })
    expect(long.status).toBe(422)
    expect(long.body.fieldErrors).toEqual([
      { path: ['questionnaire', 'comment'], message: errorCode('tooLong', { max: 1000 }) },
    ])
    expect(application().partnershipDraft.questionnaire).toEqual({})
  })

  it('refuses a number, array, object or null where text belongs, and unknown keys are not stored', async () => {
    await applyScenario('application-sent')
    const path = `/applications/${application().id}/partnership/draft`
    for (const wrong of [42, ['a'], { a: 1 }, null]) {
      const { status } = await api(path, { method: 'PATCH', json: { questionnaire: { website: wrong } } })
      expect(status).toBe(422)
    }
    const many = await api(path, {
      method: 'PATCH',
      json: { questionnaire: { expertise: Array.from({ length: 500 }, () => 'devops') } },
    })
    expect(many.status).toBe(422)
    const ok = await api(path, { method: 'PATCH', json: { questionnaire: { website: 'ok.ru', extra: 'x' } } })
    expect(ok.status).toBe(200)
    expect(ok.body.partnershipDraft.questionnaire).toEqual({ website: 'ok.ru' })
  })

  it('answers an error, not 200, when the mock database cannot be stored (quota), and keeps the last stored state', async () => {
    await applyScenario('application-sent')
    await loadPersisted(window.localStorage)
    const path = `/applications/${application().id}/partnership/draft`
    expect((await api(path, { method: 'PATCH', json: { questionnaire: { comment: 'kept' } } })).status).toBe(
      200,
    )
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const full = await api(path, { method: 'PATCH', json: { questionnaire: { comment: 'lost?' } } })
    expect(full.status).toBe(507)
    expect(full.body.code).toBe('storage_full')
    vi.restoreAllMocks()
    const again = await api(`/organizations/${application().organizationId}/application`)
    expect(again.body.application.partnershipDraft.questionnaire.comment).toBe('kept')
  })
})

describe('fault 3: the video gate cannot be skipped through the API', () => {
  it('refuses a furthest point beyond the media, so the partnership type stays refused', async () => {
    await applyScenario('application-sent')
    const id = application().id
    const skip = await api(`/applications/${id}/video`, {
      method: 'PUT',
      json: { furthest: 1e9, watched: true },
    })
    expect(skip.status).toBe(422)
    expect(application().video).toEqual({ furthest: 0, watched: false })
    const beyond = await api(`/applications/${id}/video`, {
      method: 'PUT',
      json: { furthest: VIDEO_DURATION + 5, watched: false },
    })
    expect(beyond.status).toBe(422)
    const choose = await api(`/applications/${id}/partnership`, {
      method: 'PUT',
      json: { types: ['direct'], taxation: 'osno' },
    })
    expect(choose.status).toBe(422)
    expect(choose.body.fieldErrors[0].message).toBe(errorCode('partnership.videoRequired'))
  })
})

describe('fault 4: an idempotent replay answers only its own caller', () => {
  async function sentQuestionnaire() {
    await applyScenario('application-sent')
    const id = application().id
    await api(`/applications/${id}/video`, {
      method: 'PUT',
      json: { furthest: VIDEO_DURATION, watched: true },
    })
    await api(`/applications/${id}/partnership`, {
      method: 'PUT',
      json: { types: ['direct'], taxation: 'osno' },
    })
    const send = (json: unknown) =>
      api(`/applications/${id}/questionnaire`, {
        method: 'POST',
        json,
        headers: { 'Idempotency-Key': 'anna-key-1' },
      })
    expect((await send(questionnaire)).status).toBe(200)
    return send
  }

  it('replays to the same user and body, refuses the same key with another body (422 idempotency_mismatch)', async () => {
    const send = await sentQuestionnaire()
    const again = await send(questionnaire)
    expect(again.status).toBe(200)
    expect(again.body.questionnaire.companySize).toBe('11-50')
    const other = await send({ ...questionnaire, comment: 'changed' })
    expect(other.status).toBe(422)
    expect(other.body.code).toBe('idempotency_mismatch')
  })

  it('never hands the answer to a signed-out caller or to another user', async () => {
    const send = await sentQuestionnaire()
    db.sessions.remove(() => true)
    const signedOut = await send(questionnaire)
    expect(signedOut.status).toBe(401)
    expect(JSON.stringify(signedOut.body)).not.toContain('Ромашка')
    await signInAs('u-ivan', 'org-petrov')
    const ivan = await send(questionnaire)
    expect(ivan.status).toBe(403)
    expect(ivan.body.reference).toBeUndefined()
  })
})

describe('fault 6: two tabs never lose each other’s saved data', () => {
  it('gives every application a version; a draft write with a stale version gets 409 with the current one', async () => {
    await signInAs('u-anna', 'org-romashka')
    const path = '/organizations/org-romashka/application/draft'
    const first = await api(path, { method: 'PATCH', json: { contacts: { position: 'CTO' } } })
    expect(first.status).toBe(200)
    const version = first.body.version
    expect(version).toEqual(expect.any(Number))
    const second = await api(path, { method: 'PATCH', json: { version, contacts: { name: 'Анна' } } })
    expect(second.status).toBe(200)
    expect(second.body.version).toBeGreaterThan(version)
    const stale = await api(path, { method: 'PATCH', json: { version, contacts: { position: 'CEO' } } })
    expect(stale.status).toBe(409)
    expect(stale.body.code).toBe('version_conflict')
    expect(stale.body.current.draft.contacts).toEqual({ position: 'CTO', name: 'Анна' })
    expect(stale.body.current.version).toBe(second.body.version)
  })

  it('merges questionnaire answers per field: a save of one answer keeps the others', async () => {
    await applyScenario('application-sent')
    const path = `/applications/${application().id}/partnership/draft`
    await api(path, {
      method: 'PATCH',
      json: { questionnaire: { companySize: '11-50', comment: 'six fields' } },
    })
    const taxation = await api(path, {
      method: 'PATCH',
      json: { taxation: 'osno', questionnaire: { website: 'a.ru' } },
    })
    expect(taxation.body.partnershipDraft.questionnaire).toEqual({
      companySize: '11-50',
      comment: 'six fields',
      website: 'a.ru',
    })
  })

  it('a stale tab that changes the organization keeps the position another tab saved', async () => {
    const storage = window.localStorage
    await loadPersisted(storage)
    await signInAs('u-anna', 'org-romashka')
    await api('/organizations/org-romashka/application/draft', { method: 'PATCH', json: { tin: '' } })
    // Another tab (its own copy of the mock database) saves a position and writes it to storage.
    const other = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}')
    other.tables.applications[0].draft.contacts = { position: 'CTO' }
    other.revision = (other.revision ?? 0) + 1
    storage.setItem(STORAGE_KEY, JSON.stringify(other))
    // This tab, still holding the old copy, changes only the organization.
    expect(
      (await api('/session/organization', { method: 'PUT', json: { organizationId: 'org-romashka' } }))
        .status,
    ).toBe(200)
    const stored = JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}')
    expect(stored.tables.applications[0].draft.contacts).toEqual({ position: 'CTO' })
    // And this tab now answers with what the other one saved.
    const current = await api('/organizations/org-romashka/application')
    expect(current.body.application.draft.contacts).toEqual({ position: 'CTO' })
  })
})
