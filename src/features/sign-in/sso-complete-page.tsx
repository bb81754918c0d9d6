import { useEffect, useRef, useState } from 'react'
import { Navigate, useLocation, useNavigate } from 'react-router'
import { isApiError } from '@/api/errors'
import { PATHS } from '@/api/paths'
import { ApiErrorNotice } from '@/components/api-error-notice'
import { PageHeading } from '@/components/page-heading'
import { useMessages } from '@/lib/i18n'
import { takeReturnAfterSignIn } from '@/lib/return-after-sign-in'
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
  // The last failure stays while trying again (Try again keeps focus); the next answer replaces it.
  const [failure, setFailure] = useState<unknown>(null)

  const send = () =>
    complete.mutate(returned, {
      // Back to the page whose session ended, when there is one (the same user and organization).
      onSuccess: (session) =>
        navigate(
          takeReturnAfterSignIn(
            { userId: session.user.id, organizationId: session.organizationId },
            Object.values(PATHS),
          ) ?? PATHS.application,
          { replace: true },
        ),
      onError: (error) => {
        setFailure(error)
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
      {failure !== null ? (
        <ApiErrorNotice
          error={failure}
          title={t('signIn.ssoComplete.failed')}
          onRetry={send}
          retrying={complete.isPending}
        />
      ) : (
        <p role="status" className={styles.muted}>
          {t('signIn.ssoComplete.body')}
        </p>
      )}
    </>
  )
}
