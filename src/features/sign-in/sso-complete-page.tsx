import { useEffect, useRef } from 'react'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { isApiError } from '@/api/errors'
import { PATHS } from '@/api/paths'
import { ApiErrorNotice } from '@/components/api-error-notice'
import { PageHeading } from '@/components/page-heading'
import { useMessages } from '@/lib/i18n'
import { isSsoReturnState, type SsoReturnState, ssoReturnPath, useSsoComplete } from './api'
import styles from './sign-in.module.css'

/**
 * Where the identity provider sends the user back: the assertion (in the history state) is
 * presented once; the session then has the federation's organization selected.
 */
export function SsoCompletePage() {
  const { state } = useLocation()
  if (!isSsoReturnState(state)) return <Navigate to={ssoReturnPath('expired')} replace />
  return <Completing returned={state} />
}

function Completing({ returned }: { returned: SsoReturnState }) {
  const { t } = useMessages('signIn')
  const navigate = useNavigate()
  const complete = useSsoComplete()
  const sent = useRef(false)

  const send = () =>
    complete.mutate(returned, {
      onSuccess: () => navigate(PATHS.application, { replace: true }),
      onError: (error) => {
        // A used or unknown assertion cannot be tried again: back to the SSO page to start over.
        if (isApiError(error) && (error.kind === 'unauthenticated' || error.kind === 'validation'))
          navigate(ssoReturnPath('expired'), { replace: true })
      },
    })

  // The assertion is single-use: present it once, even when effects run twice in development.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per returned assertion
  useEffect(() => {
    if (sent.current) return
    sent.current = true
    send()
  }, [])

  return (
    <>
      <PageHeading>{t('signIn.ssoComplete.title')}</PageHeading>
      {complete.isError ? (
        <ApiErrorNotice error={complete.error} title={t('signIn.ssoComplete.failed')} onRetry={send} />
      ) : (
        <p role="status" className={styles.muted}>
          {t('signIn.ssoComplete.body')}
        </p>
      )}
    </>
  )
}
