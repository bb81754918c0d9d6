import { useQuery } from '@tanstack/react-query'
import { Suspense } from 'react'
import { Outlet, useLocation } from 'react-router'
import { usePrefetchNextStep } from '@/app/prefetch'
import { stepForPath } from '@/app/steps'
import { config } from '@/config'
import { programSettingsQuery } from '@/features/program/api'
import { useMessages } from '@/lib/i18n'
import { Header } from './header'
import { ProgressSummary } from './progress-summary'
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

/** The program page and step 1 use the whole width; the later steps keep their summary beside them. */
const FULL_WIDTH = new Set(['/', '/welcome'])

/** The frame around every page: header, the stepper, the page (with its summary), the footer. */
export function Layout() {
  const { t } = useMessages('common')
  const settings = useQuery(programSettingsQuery())
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
            days: settings.data?.reviewBusinessDays ?? 7,
          })}
        </p>
      </footer>
    </div>
  )
}
