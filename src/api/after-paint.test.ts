import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterPaint } from './after-paint'

describe('afterPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
    vi.useRealTimers()
  })

  it('resolves after the next frame', async () => {
    const frames: FrameRequestCallback[] = []
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
    let done = false
    void afterPaint().then(() => {
      done = true
    })
    await vi.advanceTimersByTimeAsync(10)
    expect(done).toBe(false)
    for (const frame of frames) frame(0)
    await vi.advanceTimersByTimeAsync(0)
    expect(done).toBe(true)
  })

  it('never waits more than 100 ms for a frame (a hidden tab paints none)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    vi.stubGlobal('requestAnimationFrame', () => 0)
    let done = false
    void afterPaint().then(() => {
      done = true
    })
    await vi.advanceTimersByTimeAsync(99)
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(done).toBe(true)
  })

  describe('where the browser reports paints', () => {
    /** A PerformanceObserver that reports `paint` entries when the test paints. */
    function stubPaintTiming() {
      const observers: ((names: string[]) => void)[] = []
      class FakeObserver {
        static supportedEntryTypes = ['paint', 'largest-contentful-paint']
        constructor(
          private readonly callback: (list: { getEntriesByName: (n: string) => unknown[] }) => void,
        ) {}
        observe() {
          observers.push((names) => this.callback({ getEntriesByName: (n) => names.filter((x) => x === n) }))
        }
        disconnect() {}
      }
      vi.stubGlobal('PerformanceObserver', FakeObserver)
      return (...names: string[]) => {
        for (const report of observers) report(names)
      }
    }

    it('waits for the first contentful paint, not the frame before it', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
      const paint = stubPaintTiming()
      const frames: FrameRequestCallback[] = []
      vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
      let done = false
      void afterPaint().then(() => {
        done = true
      })
      for (const frame of frames) frame(0)
      paint('first-paint')
      await vi.advanceTimersByTimeAsync(400)
      expect(done).toBe(false)
      paint('first-contentful-paint')
      await vi.advanceTimersByTimeAsync(0)
      expect(done).toBe(true)
    })

    it('never waits more than 1.5 s for it', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
      stubPaintTiming()
      let done = false
      void afterPaint().then(() => {
        done = true
      })
      await vi.advanceTimersByTimeAsync(1_499)
      expect(done).toBe(false)
      await vi.advanceTimersByTimeAsync(1)
      expect(done).toBe(true)
    })

    it('waits 100 ms at most in a hidden tab, which paints nothing', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
      stubPaintTiming()
      vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
      let done = false
      void afterPaint().then(() => {
        done = true
      })
      await vi.advanceTimersByTimeAsync(100)
      expect(done).toBe(true)
    })
  })
})

describe('afterFirstPaint', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('waits for the paint once per page: a later caller, before or after it, shares that wait', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const frames: FrameRequestCallback[] = []
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback))
    // A fresh copy of the module: the workers' copy has seen a paint already (other tests).
    vi.resetModules()
    const { afterFirstPaint } = await import('./after-paint')
    let done = false
    const first = afterFirstPaint().then(() => {
      done = true
    })
    expect(afterFirstPaint()).toBe(afterFirstPaint())
    await vi.advanceTimersByTimeAsync(10)
    expect(done).toBe(false)
    for (const frame of frames) frame(0)
    await vi.advanceTimersByTimeAsync(0)
    await first
    expect(done).toBe(true)
    // Past the paint: no frame and no timer to wait for any more.
    frames.length = 0
    await afterFirstPaint()
    expect(frames).toHaveLength(0)
  })
})
