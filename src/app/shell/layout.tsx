import { useQuery } from '@tanstack/react-query'
import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet } from 'react-router'
import { config } from '../../config'
import { programSettingsQuery } from '../../features/program/api'
import { Header } from './header'
import styles from './shell.module.css'
import { Stepper } from './stepper'

export function PageLoading() {
  const { t } = useTranslation('common')
  return (
    <p className={styles.loading} role="status">
      {t('status.loading')}
    </p>
  )
}

/** The frame around every page: header, the stepper, the page, the footer. */
export function Layout() {
  const { t } = useTranslation('common')
  const settings = useQuery(programSettingsQuery())
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skip}>
        {t('app.skipToContent')}
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
          {t('app.footer', { platform: config.platformName, days: settings.data?.reviewBusinessDays ?? 7 })}
        </p>
      </footer>
    </div>
  )
}
