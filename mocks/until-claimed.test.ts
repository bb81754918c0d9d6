import { afterEach, describe, expect, it, vi } from 'vitest'
import { untilClaimed } from './until-claimed'

/** A ServiceWorkerContainer with a registration in a given state; `claim()` fires controllerchange. */
function container(state: 'none' | 'installing' | 'waiting' | 'active', controlled = false) {
  const target = new EventTarget()
  const registration =
    state === 'none'
      ? undefined
      : {
          installing: state === 'installing' ? {} : null,
          waiting: state === 'waiting' ? {} : null,
          active: {},
        }
  const fake = Object.assign(target, {
    controller: controlled ? {} : null,
    getRegistration: vi.fn(async () => registration),
    claim() {
      fake.controller = {}
      target.dispatchEvent(new Event('controllerchange'))
    },
  })
  return fake as unknown as ServiceWorkerContainer & { claim(): void }
}

/** Whether the promise has settled after the microtasks queued so far. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false
  void promise.then(() => {
    done = true
  })
  await vi.advanceTimersByTimeAsync(0)
  return done
}

describe('the mock start waits until its worker controls the page (no reload by MSW)', () => {
  afterEach(() => vi.useRealTimers())

  it('waits for an installing or waiting worker to claim the page, then goes on at once', async () => {
    vi.useFakeTimers()
    for (const state of ['installing', 'waiting'] as const) {
      const sw = container(state)
      const waiting = untilClaimed(sw)
      expect(await settled(waiting)).toBe(false)
      sw.claim()
      expect(await settled(waiting)).toBe(true)
    }
  })

  it('does not wait when the page is controlled, has no registration, or its worker is active', async () => {
    vi.useFakeTimers()
    expect(await settled(untilClaimed(container('installing', true)))).toBe(true)
    expect(await settled(untilClaimed(container('none')))).toBe(true)
    // An active worker never claims a page it did not control (a hard reload): MSW's reload applies.
    expect(await settled(untilClaimed(container('active')))).toBe(true)
    expect(await settled(untilClaimed(undefined))).toBe(true)
  })

  it('gives up after its time limit when the worker never claims the page', async () => {
    vi.useFakeTimers()
    const waiting = untilClaimed(container('installing'), 5000)
    expect(await settled(waiting)).toBe(false)
    await vi.advanceTimersByTimeAsync(4999)
    expect(await settled(waiting)).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(await settled(waiting)).toBe(true)
  })
})
