/**
 * Every failure speaks: a request that takes too long is given up after a stated time, and every
 * failure becomes a typed ApiError whose kind the UI words in English and Russian.
 */
import { server } from '@mocks/node'
import { staleApplication } from '@test/api'
import { delay, HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import en from '@/locales/en/forms.json'
import ru from '@/locales/ru/forms.json'
import { call } from './call'
import { REQUEST_TIMEOUT_MS, request } from './client'
import { ProgramSettings } from './contract'
import { ApiError, type ApiErrorKind } from './errors'

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as ApiError,
  )

describe('failures the client turns into typed errors', () => {
  it('gives up after its stated time with a timeout error worth retrying', async () => {
    expect(REQUEST_TIMEOUT_MS).toBe(30_000)
    server.use(http.get('*/api/program-settings', () => delay('infinite')))
    const started = Date.now()
    const error = await failure(request('/program-settings', { response: ProgramSettings, timeoutMs: 80 }))
    expect(Date.now() - started).toBeLessThan(2000)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ kind: 'timeout', code: 'timeout', status: 0 })
    expect(error?.retryable).toBe(true)
  })

  it('still tells a cancellation by the caller from a timeout', async () => {
    server.use(http.get('*/api/program-settings', () => delay('infinite')))
    const controller = new AbortController()
    const pending = failure(call('programSettings', { signal: controller.signal }))
    controller.abort()
    expect(await pending).toMatchObject({ kind: 'aborted' })
  })

  it('words a crash on the server as a server error, and a 409 conflict carries what is newer', async () => {
    server.use(
      http.get('*/api/program-settings', () =>
        HttpResponse.json(
          { code: 'server_error', message: 'Something went wrong on the server.' },
          { status: 500 },
        ),
      ),
    )
    expect(await failure(call('programSettings', {}))).toMatchObject({ kind: 'server', code: 'server_error' })

    // A conflict carries the application as it is now: parsed with the contract at the edge.
    const newer = staleApplication(7, { reference: 'PA-2026-000777' })
    server.use(
      http.get('*/api/program-settings', () =>
        HttpResponse.json(
          { code: 'version_conflict', message: 'Changed elsewhere.', current: newer },
          { status: 409 },
        ),
      ),
    )
    const conflict = await failure(call('programSettings', {}))
    expect(conflict).toMatchObject({ kind: 'conflict', code: 'version_conflict', current: newer })

    // Something that is not an application is not trusted as one.
    server.use(
      http.get('*/api/program-settings', () =>
        HttpResponse.json(
          { code: 'version_conflict', message: 'Changed elsewhere.', current: { version: 7 } },
          { status: 409 },
        ),
      ),
    )
    const malformed = await failure(call('programSettings', {}))
    expect(malformed).toMatchObject({ kind: 'conflict', current: undefined })
  })

  it('has words for every kind of failure in English and Russian', () => {
    const kinds: ApiErrorKind[] = [
      'validation',
      'unauthenticated',
      'forbidden',
      'not_found',
      'conflict',
      'unavailable',
      'server',
      'network',
      'timeout',
      'contract',
      'aborted',
      'too_large',
    ]
    for (const kind of kinds) {
      const id = `forms.api.${kind}` as keyof typeof en & keyof typeof ru
      expect(en[id], id).toEqual(expect.any(String))
      expect(ru[id], id).toEqual(expect.any(String))
    }
  })
})
