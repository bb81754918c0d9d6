import { server } from '@mocks/node'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { call } from './call'
import { ApiError } from './errors'

describe('the API client', () => {
  it('parses a response with the contract', async () => {
    const settings = await call('programSettings', {})
    expect(settings).toEqual({ referralProgramOpen: false, reviewBusinessDays: 7 })
  })

  it('turns an answer that does not match the contract into a contract error, never a silent cast', async () => {
    server.use(http.get('*/api/program-settings', () => HttpResponse.json({ referralProgramOpen: 'yes' })))
    const error = await call('programSettings', {}).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      kind: 'contract',
      fieldErrors: expect.arrayContaining([expect.objectContaining({ path: ['referralProgramOpen'] })]),
    })
  })

  it('gives typed errors: validation with field paths, others with a code and a message', async () => {
    const unauthenticated = await call('organizations', {}).catch((e: unknown) => e)
    expect(unauthenticated).toMatchObject({ kind: 'unauthenticated', status: 401, code: 'unauthenticated' })

    server.use(
      http.put('*/api/session/organization', () =>
        HttpResponse.json(
          {
            code: 'validation',
            message: 'Bad',
            fieldErrors: [{ path: ['organizationId'], message: 'err:required' }],
          },
          { status: 422 },
        ),
      ),
    )
    const invalid = await call('selectOrganization', { body: { organizationId: 'x' } }).catch(
      (e: unknown) => e,
    )
    expect(invalid).toMatchObject({
      kind: 'validation',
      fieldErrors: [{ path: ['organizationId'], message: 'err:required' }],
    })
  })

  it('says when the server cannot be reached or is unavailable, and that a retry may help', async () => {
    server.use(http.get('*/api/program-settings', () => HttpResponse.error()))
    const network = (await call('programSettings', {}).catch((e: unknown) => e)) as ApiError
    expect(network.kind).toBe('network')
    expect(network.retryable).toBe(true)

    server.use(http.get('*/api/program-settings', () => new HttpResponse('<html>', { status: 503 })))
    const unavailable = (await call('programSettings', {}).catch((e: unknown) => e)) as ApiError
    expect(unavailable.kind).toBe('unavailable')
    expect(unavailable.code).toBe('http_503')
  })

  it('sends the Idempotency-Key it is given', async () => {
    let seen: string | null = null
    server.use(
      http.put('*/api/session/organization', ({ request }) => {
        seen = request.headers.get('Idempotency-Key')
        return HttpResponse.json({ code: 'x', message: 'x' }, { status: 409 })
      }),
    )
    await call('selectOrganization', { body: { organizationId: 'o' }, idempotencyKey: 'key-1' }).catch(
      () => undefined,
    )
    expect(seen).toBe('key-1')
  })
})
