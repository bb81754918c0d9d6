import { lazy, Suspense, useEffect, useState } from 'react'
import { afterPaint } from '@/api/after-paint'
import { SessionExpiry } from '@/app/session-expiry'
import { stepForPath } from '@/app/steps'
import { preloadMessages } from '@/lib/i18n'

const loadBanner = () => import('@/components/offline-banner')
// Offline before its code arrived (it cannot arrive then): no banner, rather than a failed page.
const OfflineBanner = lazy(() => loadBanner().catch(() => ({ default: () => null })))

/** Pages that need a session: from step 3 on (the sign-in step's pages handle their own 401s). */
export function needsSession(pathname: string): boolean {
  return (stepForPath(pathname)?.number ?? 0) >= 3
}

/**
 * What watches the connection and the session, kept out of the first page's code. The offline
 * banner and its words are fetched after the first paint, long before they can be needed (offline,
 * nothing could be fetched); it shows once the browser has gone offline (the window's event, the one
 * React Query's onlineManager follows). The session watch is on while a page that needs a session is.
 */
export function Watchers({ pathname }: { pathname: string }) {
  const [wentOffline, setWentOffline] = useState(() => navigator.onLine === false)
  useEffect(() => {
    void afterPaint()
      .then(() => Promise.all([loadBanner(), preloadMessages('forms')]))
      .catch(() => undefined)
    const offline = () => setWentOffline(true)
    window.addEventListener('offline', offline)
    return () => window.removeEventListener('offline', offline)
  }, [])
  return (
    <>
      <Suspense fallback={null}>{wentOffline ? <OfflineBanner /> : null}</Suspense>
      {needsSession(pathname) ? <SessionExpiry /> : null}
    </>
  )
}
