import { zodResolver } from '@hookform/resolvers/zod'
import { useMockMessages } from '@mocks/i18n'
import { queryOptions, useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link, useNavigate, useParams } from 'react-router'
import type { z } from 'zod'
import { call } from '@/api/call'
import { type IdpFederation, IdpLoginRequest } from '@/api/contract'
import { isApiError } from '@/api/errors'
import { ApiErrorNotice } from '@/components/api-error-notice'
import { buttonClass } from '@/components/button'
import { ErrorSummary } from '@/components/error-summary'
import { Field } from '@/components/field'
import { PageHeading } from '@/components/page-heading'
import { config } from '@/config'
import {
  SSO_COMPLETE_PATH,
  SSO_PATH,
  type SsoOutcome,
  type SsoReturnState,
  ssoReturnPath,
} from '@/domain/sso'
import { applyServerFieldErrors, fieldError, summaryErrors } from '@/lib/form-errors'
import styles from './idp.module.css'

/** The provider first checks that the federation in the address exists (404 when not). */
export const idpFederationQuery = (federationId: string) =>
  queryOptions({
    queryKey: ['idp-federation', federationId],
    queryFn: ({ signal }) => call('idpFederation', { params: { federationId }, signal }),
  })

type Input = z.input<typeof IdpLoginRequest>
type Output = z.output<typeof IdpLoginRequest>
type Federation = z.output<typeof IdpFederation>

const FIELDS = ['login', 'password'] as const
const FIELD_IDS = { login: 'idp-login', password: 'idp-password' } as const

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

/** The provider's sign-in form for a federation it knows. */
function IdpLoginForm({ federation }: { federation: Federation }) {
  const { t } = useMockMessages('idp', 'forms')
  const navigate = useNavigate()
  const { federationId, federationName } = federation
  // Server field errors arrive after the submit: each set of them is one more reason to focus the summary.
  const [serverErrors, setServerErrors] = useState(0)
  const login = useMutation({
    mutationFn: (body: Output) => call('idpLogin', { params: { federationId }, body }),
  })
  const form = useForm<Input, unknown, Output>({
    // The error summary takes focus after a failed submit; react-hook-form must not move it on.
    shouldFocusError: false,
    resolver: zodResolver(IdpLoginRequest),
    defaultValues: { login: '', password: '' },
  })
  const { errors } = form.formState
  const labels = { login: t('idp.login'), password: t('idp.password') }
  const summary = summaryErrors<Input>(
    errors,
    {
      login: { id: FIELD_IDS.login, label: labels.login },
      password: { id: FIELD_IDS.password, label: labels.password },
    },
    t,
  )

  const submit = form.handleSubmit((values) => {
    if (login.isPending) return
    login.mutate(values, {
      onSuccess: ({ assertion }) => {
        const state: SsoReturnState = { federationId, assertion }
        navigate(SSO_COMPLETE_PATH, { replace: true, state })
      },
      onError: (error) => {
        const outcome = outcomeOf(error)
        if (outcome) navigate(ssoReturnPath(outcome), { replace: true })
        else if (applyServerFieldErrors<Input>(error, FIELDS, form.setError)) setServerErrors((n) => n + 1)
      },
    })
  })

  const showError =
    login.isError &&
    !outcomeOf(login.error) &&
    !(isApiError(login.error) && login.error.fieldErrors.length > 0)

  return (
    <>
      <PageHeading hasErrors={summary.length > 0} title={t('idp.documentTitle')}>
        {t('idp.title', { federation: federationName })}
      </PageHeading>
      <p className={styles.federation}>{t('idp.federation', { id: federationId })}</p>
      <ErrorSummary errors={summary} focusKey={form.formState.submitCount + serverErrors} />
      {showError ? (
        <ApiErrorNotice error={login.error} title={t('idp.failed')} onRetry={() => void submit()} />
      ) : null}
      <form noValidate onSubmit={submit}>
        <Field id={FIELD_IDS.login} label={labels.login} error={fieldError(errors, 'login', t)}>
          <input
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            {...form.register('login')}
          />
        </Field>
        <Field id={FIELD_IDS.password} label={labels.password} error={fieldError(errors, 'password', t)}>
          <input type="password" autoComplete="current-password" {...form.register('password')} />
        </Field>
        <div className={styles.actions}>
          <button type="submit" className={buttonClass('primary')} disabled={login.isPending}>
            {login.isPending ? t('idp.submitting') : t('idp.submit')}
          </button>
          <button
            type="button"
            className={buttonClass('secondary')}
            onClick={() => navigate(ssoReturnPath('cancelled'), { replace: true })}
          >
            {t('idp.cancel')}
          </button>
        </div>
      </form>
      <details className={styles.demo}>
        <summary>{t('idp.demoTitle')}</summary>
        <p>{t('idp.demoBody')}</p>
      </details>
    </>
  )
}
