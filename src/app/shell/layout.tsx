import { useQuery } from '@tanstack/react-query'
import { Suspense } from 'react'
import { Outlet } from 'react-router'
import { config } from '@/config'
import { programSettingsQuery } from '@/features/program/api'
import { useMessages } from '@/lib/i18n'
import { Header } from './header'
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

/** The frame around every page: header, the stepper, the page, the footer. */
export function Layout() {
  const { t } = useMessages('common')
  const settings = useQuery(programSettingsQuery())
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skip}>
        {t('common.app.skipToContent')}
      </a>
      <Header />
      <Stepper />
      <main id="main" className={styles.main}>
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
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
