import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link, useLocation } from 'react-router'
import { PATHS } from '@/api/paths'
import { buttonClass } from '@/components/button'
import { Notice } from '@/components/notice'
import { StepIntro } from '@/components/step-intro'
import { config } from '@/config'
import { sessionQuery } from '@/features/session'
import { useMessages } from '@/lib/i18n'
import { readReturnAfterSignIn } from '@/lib/return-after-sign-in'
import { SSO_PATH } from './api'
import { RecentAccounts } from './recent-accounts'
import styles from './sign-in.module.css'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** Step 2: the three ways to sign in (the seed's words): an existing account, a new Yandex ID, SSO. */
export function SignInPage() {
  const { t } = useMessages('signIn')
  const session = useQuery(sessionQuery())
  const platform = config.platformName
  const { state } = useLocation()
  // The session ended mid-step (the app brought the user here and keeps the page to return to).
  const [ended] = useState(
    () => readReturnAfterSignIn() !== null || (isRecord(state) && state.sessionEnded === true),
  )
  const signedIn = ended ? null : (session.data ?? null)

  return (
    <>
      <StepIntro step="sign-in" />

      {ended ? (
        <Notice tone="warning" live title={t('signIn.sessionEnded.title')}>
          <p>{t('signIn.sessionEnded.body')}</p>
        </Notice>
      ) : null}

      {signedIn ? (
        <Notice tone="info" title={t('signIn.signedIn.title', { name: signedIn.user.name })}>
          <p>{t('signIn.signedIn.body')}</p>
          <Link
            to={signedIn.organizationId ? PATHS.application : PATHS.signInOrganization}
            className={buttonClass('secondary')}
          >
            {t('signIn.signedIn.continue', { name: signedIn.user.name })}
          </Link>
        </Notice>
      ) : null}

      <div className={styles.methods}>
        <section className={styles.method} aria-labelledby="method-account">
          <h2 id="method-account">{t('signIn.account.title')}</h2>
          <p className={styles.muted}>{t('signIn.account.body', { platform })}</p>
          <RecentAccounts />
          {/* A Yandex ID not in the list (a new device): its login and password */}
          <p className={styles.another}>
            <Link to={PATHS.signInPassword}>{t('signIn.password.link')}</Link>
          </p>
        </section>

        <section className={styles.method} aria-labelledby="method-yandex-id">
          <h2 id="method-yandex-id">{t('signIn.yandexId.title')}</h2>
          <p className={styles.muted}>{t('signIn.yandexId.body', { platform })}</p>
          <Link to={PATHS.signInYandexId} className={buttonClass('secondary')}>
            {t('signIn.yandexId.start')}
          </Link>
        </section>

        <section className={styles.method} aria-labelledby="method-sso">
          <h2 id="method-sso">{t('signIn.sso.title')}</h2>
          <p className={styles.muted}>{t('signIn.sso.body', { platform })}</p>
          <Link to={SSO_PATH} className={buttonClass('secondary')}>
            {t('signIn.sso.start')}
          </Link>
        </section>
      </div>
    </>
  )
}
