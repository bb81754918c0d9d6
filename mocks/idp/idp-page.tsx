import { callMock, type IdpFederation, IdpLoginRequest } from '@mocks/contract'
import { useMockMessages } from '@mocks/i18n'
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import type { z } from 'zod'
import { isApiError } from '@/api/errors'
import { ApiErrorNotice } from '@/components/api-error-notice'
import { buttonClass } from '@/components/button'
import { LoginField, PasswordField } from '@/components/form/credential-fields'
import { FormActions } from '@/components/form/form-actions'
import { FormProblems } from '@/components/form/form-problems'
import { usePageForm } from '@/components/form/use-page-form'
import { PageHeading } from '@/components/page-heading'
import { config } from '@/config'
import {
  SSO_COMPLETE_PATH,
  SSO_PATH,
  type SsoOutcome,
  type SsoReturnState,
  ssoReturnPath,
} from '@/domain/sso'
import styles from './idp.module.css'

/** The provider first checks that the federation in the address exists (404 when not). */
export const idpFederationQuery = (federationId: string) =>
  queryOptions({
    queryKey: ['idp-federation', federationId],
    queryFn: ({ signal }) => callMock('idpFederation', { params: { federationId }, signal }),
  })

type Input = z.input<typeof IdpLoginRequest>
type Output = z.output<typeof IdpLoginRequest>
type Federation = z.output<typeof IdpFederation>

/** How the identity provider's refusals travel back to the app: as an outcome code only. */
function outcomeOf(error: unknown): SsoOutcome | null {
  if (!isApiError(error)) return null
  if (error.code === 'unknown_federation') return 'unknown_federation'
  if (error.code === 'access_denied') return 'denied'
  if (error.code === 'invalid_credentials') return 'failed'
  return null
}

/**
 * The mock identity provider: the page an organization's own IdP would show (SAML 2.0 in real life).
 * It is plainly marked as such. It first asks whether the federation in the address exists: when it
 * does not, it goes back to the SSO page with `?error=unknown_federation`, as a real provider would.
 * Success hands a single-use assertion back in the history state; a refusal or Cancel goes back to
 * the SSO page with an outcome code and nothing personal.
 */
export function IdpPage() {
  const { t } = useMockMessages('idp', 'forms')
  const navigate = useNavigate()
  const { federationId = '' } = useParams()
  const federation = useQuery(idpFederationQuery(federationId))
  const unknown = federation.isError && outcomeOf(federation.error) === 'unknown_federation'

  useEffect(() => {
    if (unknown) navigate(ssoReturnPath('unknown_federation'), { replace: true })
  }, [unknown, navigate])

  return (
    <div className={styles.page}>
      <header className={styles.banner}>
        <div className={styles.bannerInner}>
          <span className={styles.badge} aria-hidden="true">
            IdP
          </span>
          <div>
            <p className={styles.bannerTitle}>{t('idp.banner')}</p>
            <p className={styles.bannerNote}>{t('idp.bannerNote', { platform: config.platformName })}</p>
          </div>
        </div>
      </header>
      <main className={styles.main}>
        <div className={styles.card}>
          {federation.data ? (
            <IdpLoginForm federation={federation.data} />
          ) : (
            <>
              <PageHeading>{t('idp.documentTitle')}</PageHeading>
              {federation.isError && !unknown ? (
                <>
                  <ApiErrorNotice
                    error={federation.error}
                    title={t('idp.failed')}
                    onRetry={() => void federation.refetch()}
                  />
                  <p>
                    <Link to={SSO_PATH}>{t('idp.back')}</Link>
                  </p>
                </>
              ) : (
                <p role="status">{t('idp.checking')}</p>
              )}
            </>
          )}
        </div>
      </main>
    </div>
  )
}

/** The provider's sign-in form for a federation it knows: the app's form recipe (usePageForm). */
function IdpLoginForm({ federation }: { federation: Federation }) {
  const { t } = useMockMessages('idp', 'forms')
  const navigate = useNavigate()
  const { federationId, federationName } = federation
  const login = useMutation({
    mutationFn: (body: Output) => callMock('idpLogin', { params: { federationId }, body }),
  })
  const form = usePageForm<Input, Output>({
    schema: IdpLoginRequest,
    defaultValues: { login: '', password: '' },
    fields: {
      login: { id: 'idp-login', label: t('idp.login') },
      password: { id: 'idp-password', label: t('idp.password'), secret: true },
    },
    t,
    // The login survives a reload in this tab, as on the app's own sign-in pages; the password never.
    keep: { key: `idp.${federationId}` },
    onSubmit: async (values) => {
      try {
        const { assertion } = await login.mutateAsync(values)
        const state: SsoReturnState = { federationId, assertion }
        navigate(SSO_COMPLETE_PATH, { replace: true, state })
      } catch (error) {
        // A refusal goes back to the app's SSO page as an outcome code; anything else is shown here.
        const outcome = outcomeOf(error)
        if (!outcome) throw error
        navigate(ssoReturnPath(outcome), { replace: true })
      }
    },
  })

  return (
    <>
      <PageHeading hasErrors={form.hasErrors} title={t('idp.documentTitle')}>
        {t('idp.title', { federation: federationName })}
      </PageHeading>
      <p className={styles.federation}>{t('idp.federation', { id: federationId })}</p>
      <FormProblems form={form} failedTitle={t('idp.failed')} />
      <form noValidate onSubmit={form.submit}>
        <LoginField field={form.field('login')} input={form.register('login')} />
        <PasswordField
          field={form.field('password')}
          input={form.register('password')}
          autoComplete="current-password"
          canShow={false}
        />
        <FormActions form={form} submitLabel={t('idp.submit')} pendingLabel={t('idp.submitting')}>
          <button
            type="button"
            className={buttonClass('secondary')}
            onClick={() => navigate(ssoReturnPath('cancelled'), { replace: true })}
          >
            {t('idp.cancel')}
          </button>
        </FormActions>
      </form>
      <details className={styles.demo}>
        <summary>{t('idp.demoTitle')}</summary>
        <p>{t('idp.demoBody')}</p>
      </details>
    </>
  )
}
