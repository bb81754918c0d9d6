import { useQuery } from '@tanstack/react-query'
import { lazy, type ReactNode, Suspense, useEffect } from 'react'
import { Outlet, useLocation } from 'react-router'
import { afterPaint } from '@/api/after-paint'
import { stepForPath } from '@/app/steps'
import { config } from '@/config'
import { programSettingsQuery } from '@/features/program/api'
import { pluralForm, useMessages } from '@/lib/i18n'
import { Header } from './header'
import { ProgressSummary } from './lazy-summary'
import styles from './shell.module.css'
import { Stepper } from './stepper'

export function PageLoading() {
  const { t } = useMessages('common')
  return (
    <p className={styles.loading} role="status">
      {t('common.status.loading')}
    </p>
  )
}

/**
 * What watches the connection and the session (./watchers): its code comes after the first paint,
 * out of the first page's budget. Offline before it came, it says so on arrival (it reads
 * `navigator.onLine`); a 401 can only answer a request made after the page has loaded.
 */
const Watchers = lazy<(props: { pathname: string }) => ReactNode>(() =>
  afterPaint()
    .then(() => import('./watchers'))
    .then(({ Watchers }) => ({ default: Watchers }))
    // Offline before its code came (it cannot come then): the page goes on without the watch,
    // rather than failing.
    .catch(() => ({ default: () => null })),
)

/**
 * While the user reads the page, the code of the page its main button leads to is fetched
 * (`@/app/prefetch`, itself loaded after the first paint: not in the first page's code).
 */
function usePrefetchNextStep(pathname: string): void {
  useEffect(() => {
    let cancel: (() => void) | undefined
    let left = false
    afterPaint()
      .then(() => import('@/app/prefetch'))
      .then(({ prefetchNextStep }) => {
        if (!left) cancel = prefetchNextStep(pathname)
      })
      .catch(() => undefined) // no prefetch: the navigation loads the code itself
    return () => {
      left = true
      cancel?.()
    }
  }, [pathname])
}

/** The program page and step 1 use the whole width; the later steps keep their summary beside them. */
const FULL_WIDTH = new Set(['/', '/welcome'])

/** The frame around every page: header, the stepper, the page (with its summary), the footer. */
export function Layout() {
  const { t, language } = useMessages('common')
  const settings = useQuery(programSettingsQuery())
  const reviewDays = settings.data?.reviewBusinessDays ?? 7
  const { pathname } = useLocation()
  usePrefetchNextStep(pathname)
  const withSummary = stepForPath(pathname) !== undefined && !FULL_WIDTH.has(pathname)
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skip}>
        {t('common.app.skipToContent')}
      </a>
      <Header />
      <Stepper />
      <Suspense fallback={null}>
        <Watchers pathname={pathname} />
      </Suspense>
      <div className={`${styles.main} ${withSummary ? styles.withAside : ''}`}>
        <main id="main" className={styles.page} tabIndex={-1}>
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </main>
        {withSummary ? <ProgressSummary /> : null}
      </div>
      <footer className={styles.footer}>
        <p>
          {t('common.app.footer', {
            platform: config.platformName,
            days: reviewDays,
            form: pluralForm(language, reviewDays),
          })}
        </p>
      </footer>
    </div>
  )
}
