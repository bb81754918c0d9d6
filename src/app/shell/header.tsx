import { useQuery } from '@tanstack/react-query'
import { Suspense } from 'react'
import { Link } from 'react-router'
import { config } from '@/config'
import { sessionQuery } from '@/features/session/api'
import { changeLanguage, LANGUAGES, useMessages } from '@/lib/i18n'
import { preloadableLazy } from '@/lib/preloadable-lazy'
import styles from './shell.module.css'

/**
 * The account menu's code, fetched ahead by the sign-in pages (it joins the header once signed in):
 * once fetched, the menu renders with the session that brings it, with no placeholder commit and second
 * render of the header in the middle of the sign-in's navigation.
 */
const { Component: AccountMenu, preload: preloadAccountMenu } = preloadableLazy(
  () => import('./account-menu'),
)

export { preloadAccountMenu }

/** One line on every screen: the program (its logo alone on phones), the language, the account. */
export function Header() {
  const { t, language: current } = useMessages('common')
  const session = useQuery(sessionQuery())

  return (
    <header className={styles.header}>
      <div className={styles.headerInner}>
        <Link to="/" className={styles.brand}>
          <span className={styles.logo} aria-hidden="true" />
          <span className={styles.brandName}>
            {t('common.app.programName', { platform: config.platformName })}
          </span>
        </Link>
        <div className={styles.tools}>
          {/* The account first: when it appears, the language control keeps its place. */}
          {session.data ? (
            <Suspense fallback={<span className={styles.accountPlaceholder} />}>
              <AccountMenu session={session.data} />
            </Suspense>
          ) : null}
          {/* Buttons, not a select: browsing the options with the arrow keys must not switch the page. */}
          <fieldset className={styles.language}>
            <legend className="visually-hidden">{t('common.language.label')}</legend>
            {LANGUAGES.map((language) => (
              <button
                key={language}
                type="button"
                lang={language}
                aria-pressed={language === current}
                className={styles.languageButton}
                onClick={() => void changeLanguage(language)}
              >
                {t(`common.language.${language}`)}
              </button>
            ))}
          </fieldset>
        </div>
      </div>
    </header>
  )
}
