import { loadOnce } from '@/lib/load-once'

/**
 * Resolves once the browser has painted the page's first content (its `first-contentful-paint`
 * entry, then a task), at once if that paint is past. Work that the first page does not need (the
 * mock layer, the API layer) starts here, so it never shares the network or the main thread with the
 * first paint. The frame alone (requestAnimationFrame) was not enough: its callbacks run before that
 * frame is painted, and the mock layer's 180 KB request started a few ms before the first paint
 * (Lighthouse's trace: 1372 ms against a first paint at 1376 ms), so the simulated first and largest
 * paints counted its download. Nothing may wait for a paint forever: a hidden tab paints nothing (100
 * ms, as before), a visible one waits at most 1.5 s, and a browser without paint timing waits for the
 * next frame and a task.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden'
    const paintTiming =
      typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint')
    let observer: PerformanceObserver | undefined
    const finish = () => {
      clearTimeout(timer)
      observer?.disconnect()
      resolve()
    }
    // A task later: what the page's first render scheduled for after its paint goes first.
    const afterATask = () => setTimeout(finish, 0)
    const timer = setTimeout(finish, hidden || !paintTiming ? 100 : 1500)
    if (hidden) return
    if (paintTiming) {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) afterATask()
      })
      observer.observe({ type: 'paint', buffered: true })
      return
    }
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(afterATask)
  })
}

/**
 * `afterPaint` once per page: the first caller waits for the paint (or a task after it, where it is
 * past), every later one for nothing, as the page has painted for good.
 */
export const afterFirstPaint: () => Promise<void> = loadOnce(afterPaint)
