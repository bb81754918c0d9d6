/**
 * MSW reloads a page that no service worker controls while the mock worker's registration exists
 * (its rule for an uncontrolled page, `getWorkerInstance` in msw/browser). A page opened while the
 * worker is still installing (a link followed in a demo's first second, another tab opened then) is
 * such a page, and would be drawn twice. The worker skips waiting and claims every open page when it
 * activates (public/mockServiceWorker.js), so the start waits for that first: at most `timeoutMs`,
 * after which MSW's own rule applies (a page that will never be claimed, such as a hard reload's, is
 * reloaded as before).
 */
export function untilClaimed(container: ServiceWorkerContainer | undefined, timeoutMs = 5000): Promise<void> {
  if (!container || container.controller) return Promise.resolve()
  return container.getRegistration().then((registration) => {
    // Only a worker on its way to activation will claim this page; an active one never will.
    if (!registration || (!registration.installing && !registration.waiting)) return
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer)
        container.removeEventListener('controllerchange', done)
        resolve()
      }
      const timer = setTimeout(done, timeoutMs)
      container.addEventListener('controllerchange', done)
      // Claimed between the check and the listener: nothing more to wait for.
      if (container.controller) done()
    })
  })
}
