import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link, useNavigate, useSearchParams } from 'react-router'
import type { z } from 'zod'
import { SsoStartRequest } from '@/api/contract'
import { isApiError } from '@/api/errors'
import { ApiErrorNotice } from '@/components/api-error-notice'
import { buttonClass } from '@/components/button'
import { ErrorSummary } from '@/components/error-summary'
import { Field } from '@/components/field'
import { Notice } from '@/components/notice'
import { PageHeading } from '@/components/page-heading'
import { config } from '@/config'
import { applyServerFieldErrors, fieldError, summaryErrors } from '@/lib/form-errors'
import { useMessages } from '@/lib/i18n'
import { rememberedSsoEntry, rememberSsoEntry, ssoOutcomeOf, useSsoStart } from './api'
import styles from './sign-in.module.css'

type Input = z.input<typeof SsoStartRequest>
type Output = z.output<typeof SsoStartRequest>

const FIELD_IDS = { federationIdOrEmail: 'sso-entry' } as const

/**
 * SSO: a federation ID or a work email leads to the identity provider's page; the way back brings
 * an outcome code (`?error=cancelled`, …) that this page words, with the entry still filled in.
 */
export function SsoPage() {
  const { t } = useMessages('signIn', 'forms')
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const start = useSsoStart()
  // Server field errors arrive after the submit: each set of them is one more reason to focus the summary.
  const [serverErrors, setServerErrors] = useState(0)
  const [outcomeSeen, setOutcomeSeen] = useState(false)
  const outcome = outcomeSeen ? null : ssoOutcomeOf(params.get('error'))
  const form = useForm<Input, unknown, Output>({
    // The error summary takes focus after a failed submit; react-hook-form must not move it on.
    shouldFocusError: false,
    resolver: zodResolver(SsoStartRequest),
    defaultValues: { federationIdOrEmail: rememberedSsoEntry() },
  })
  const { errors } = form.formState
  const entryLabel = t('signIn.ssoPage.entry')
  const summary = summaryErrors<Input>(
    errors,
    { federationIdOrEmail: { id: FIELD_IDS.federationIdOrEmail, label: entryLabel } },
    t,
  )

  const submit = form.handleSubmit(
    ({ federationIdOrEmail }) => {
      if (start.isPending) return
      setOutcomeSeen(true)
      start.mutate(federationIdOrEmail, {
        onSuccess: ({ loginUrl, federationName }) => {
          rememberSsoEntry(federationIdOrEmail)
          // The mock identity provider is a page of this app; a real one lives elsewhere.
          if (loginUrl.startsWith('/')) navigate(loginUrl, { state: { federationName } })
          else window.location.assign(loginUrl)
        },
        onError: (error) => {
          if (applyServerFieldErrors<Input>(error, ['federationIdOrEmail'], form.setError))
            setServerErrors((n) => n + 1)
        },
      })
    },
    () => setOutcomeSeen(true),
  )

  const unplacedError = start.isError && !(isApiError(start.error) && start.error.fieldErrors.length > 0)

  return (
    <>
      <p>
        <Link to="/sign-in">{t('signIn.back')}</Link>
      </p>
      <PageHeading hasErrors={summary.length > 0 || outcome !== null}>
        {t('signIn.ssoPage.title')}
      </PageHeading>
      <p className={styles.lead}>{t('signIn.ssoPage.lead')}</p>
      {outcome ? (
        <Notice tone="error" live title={t(`signIn.ssoError.${outcome}.title`)}>
          <p>{t(`signIn.ssoError.${outcome}.body`, { platform: config.platformName })}</p>
        </Notice>
      ) : null}
      <ErrorSummary errors={summary} focusKey={form.formState.submitCount + serverErrors} />
      {unplacedError ? (
        <ApiErrorNotice
          error={start.error}
          title={t('signIn.ssoPage.failed')}
          onRetry={() => void submit()}
        />
      ) : null}
      <form noValidate onSubmit={submit} className={styles.form}>
        <Field
          id={FIELD_IDS.federationIdOrEmail}
          label={entryLabel}
          hint={t('signIn.ssoPage.entryHint')}
          error={fieldError(errors, 'federationIdOrEmail', t)}
        >
          <input
            type="text"
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            {...form.register('federationIdOrEmail')}
          />
        </Field>
        <div className={styles.actions}>
          <button type="submit" className={buttonClass('primary')} disabled={start.isPending}>
            {start.isPending ? t('signIn.ssoPage.submitting') : t('signIn.ssoPage.submit')}
          </button>
        </div>
      </form>
    </>
  )
}
