import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import { buttonClass } from '../../components/button'
import { config } from '../../config'
import { sessionQuery } from '../../features/session/api'
import { changeLanguage, LANGUAGES, type Language } from '../../lib/i18n'
import styles from './shell.module.css'
import { signOut } from './sign-out'

export function Header() {
  const { t, i18n } = useTranslation('common')
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const session = useQuery(sessionQuery())
  const signOutMutation = useMutation({
    mutationFn: () => signOut(queryClient),
    onSuccess: () => navigate('/'),
  })

  return (
    <header className={styles.header}>
      <div className={styles.headerInner}>
        <Link to="/" className={styles.brand}>
          <span className={styles.logo} aria-hidden="true" />
          <span>{t('app.programName', { platform: config.platformName })}</span>
        </Link>
        <div className={styles.tools}>
          <label className={styles.language}>
            <span>{t('language.label')}</span>
            <select
              value={i18n.language}
              onChange={(event) => void changeLanguage(event.target.value as Language)}
              className={styles.select}
            >
              {LANGUAGES.map((language) => (
                <option key={language} value={language} lang={language}>
                  {t(`language.${language}`)}
                </option>
              ))}
            </select>
          </label>
          {session.data ? (
            <div className={styles.account}>
              <span className={styles.user}>{t('account.signedInAs', { name: session.data.user.name })}</span>
              <button
                type="button"
                className={buttonClass('secondary')}
                onClick={() => signOutMutation.mutate()}
                aria-disabled={signOutMutation.isPending || undefined}
                disabled={signOutMutation.isPending}
              >
                {signOutMutation.isPending ? t('account.signingOut') : t('account.signOut')}
              </button>
            </div>
          ) : null}
        </div>
      </div>
    </header>
  )
}
