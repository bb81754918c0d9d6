/**
 * The guarded start of the mock worker: what the browser lacks is named before starting (no
 * service worker on an insecure origin, storage blocked), a start that fails or hangs is cut off;
 * each shows the bilingual banner and rejects with an `unavailable` ApiError, so an API call waiting
 * on mockReady() fails at once instead of waiting forever. (JSX-free: mocks' tests are *.test.ts.)
 */
import { act, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { request } from '@/api/client'
import { ProgramSettings } from '@/api/contract'
import { ApiError } from '@/api/errors'
import { setMockReady } from '@/api/mock-ready'
import { changeLanguage, setupI18n } from '@/lib/i18n'
import { environmentProblem, guardedStart } from './startup'

/** A browser that can run a service worker (jsdom has none, and is not a secure context). */
function capableBrowser() {
  Object.defineProperty(window, 'isSecureContext', { configurable: true, value: true })
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: {} })
}

async function failure(start: Promise<void>): Promise<ApiError> {
  let caught: unknown
  await act(async () => {
    try {
      await start
    } catch (error) {
      caught = error
    }
  })
  if (!(caught instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(caught)}`)
  return caught
}

describe('the mock worker’s guarded start', () => {
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
  })
  afterEach(async () => {
    vi.restoreAllMocks()
    Reflect.deleteProperty(navigator, 'serviceWorker')
    Reflect.deleteProperty(window, 'isSecureContext')
    setMockReady(Promise.resolve())
    document.getElementById('mock-startup-banner')?.remove()
    await setupI18n('en')
  })

  it('starts when the browser can, and says nothing', async () => {
    capableBrowser()
    const start = vi.fn(() => Promise.resolve())
    await guardedStart(start)
    expect(start).toHaveBeenCalledOnce()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('on an insecure origin, says why and what to do, and API calls fail instead of waiting', async () => {
    expect(environmentProblem()).toBe('insecure')
    const start = vi.fn(() => Promise.resolve())
    const started = guardedStart(start)
    setMockReady(started)
    const error = await failure(started)
    expect(start).not.toHaveBeenCalled()
    expect(error.kind).toBe('unavailable')
    expect(error.code).toBe('mock_backend_unavailable')
    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('The demo’s mock backend could not start')
    expect(banner).toHaveTextContent('This address is neither HTTPS nor localhost')
    expect(banner).toHaveTextContent('npm run demo')
    // An API call waiting on the worker gets the same error at once.
    await expect(request('/program-settings', { response: ProgramSettings })).rejects.toMatchObject({
      kind: 'unavailable',
      code: 'mock_backend_unavailable',
    })
  })

  it('with storage blocked, says so (in Russian too)', async () => {
    capableBrowser()
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    expect(environmentProblem()).toBe('storage')
    vi.restoreAllMocks()
    await act(() => changeLanguage('ru'))
    capableBrowser()
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError')
    })
    await failure(guardedStart(() => Promise.resolve()))
    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent('Не удалось запустить имитацию сервера для демо')
    expect(banner).toHaveTextContent('Браузер запрещает этому сайту хранить данные')
  })

  it('when the worker script is missing or refused, says which file to serve', async () => {
    capableBrowser()
    const error = await failure(
      guardedStart(() => Promise.reject(new Error('[MSW] Failed to register a Service Worker'))),
    )
    expect(error.kind).toBe('unavailable')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The mock backend’s script (mockServiceWorker.js) could not be loaded or registered.',
    )
  })

  it('cuts a start that takes too long, and says so', async () => {
    capableBrowser()
    const error = await failure(guardedStart(() => new Promise<void>(() => undefined), 1000))
    expect(error.code).toBe('mock_backend_unavailable')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The mock backend did not start within 1 second. Reload the page',
    )
  })
})
