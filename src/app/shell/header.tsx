import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { Link } from 'react-router'
import { config } from '../../config'
import { sessionQuery } from '../../features/session/api'
import { changeLanguage, LANGUAGES, type Language, useMessages } from '../../lib/i18n'
import styles from './shell.module.css'

const AccountMenu = lazy(() => import('./account-menu'))

export function Header() {
  const { t, language: current } = useMessages('common')
  const session = useQuery(sessionQuery())

  return (
    <header className={styles.header}>
      <div className={styles.headerInner}>
        <Link to="/" className={styles.brand}>
          <span className={styles.logo} aria-hidden="true" />
          <span>{t('common.app.programName', { platform: config.platformName })}</span>
        </Link>
        <div className={styles.tools}>
          <label className={styles.language}>
            <span>{t('common.language.label')}</span>
            <select
              value={current}
              onChange={(event) => void changeLanguage(event.target.value as Language)}
              className={styles.select}
            >
              {LANGUAGES.map((language) => (
                <option key={language} value={language} lang={language}>
                  {t(`common.language.${language}`)}
                </option>
              ))}
            </select>
          </label>
          {session.data ? (
            <Suspense fallback={null}>
              <AccountMenu session={session.data} />
            </Suspense>
          ) : null}
        </div>
      </div>
    </header>
  )
}
