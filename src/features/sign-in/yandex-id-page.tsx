import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link, useNavigate } from 'react-router'
import type { z } from 'zod'
import { PasswordRules as Limits, RegisterYandexIdRequest } from '@/api/contract'
import { isApiError } from '@/api/errors'
import { ApiErrorNotice } from '@/components/api-error-notice'
import { buttonClass } from '@/components/button'
import { ErrorSummary } from '@/components/error-summary'
import { Field } from '@/components/field'
import { PageHeading } from '@/components/page-heading'
import { config } from '@/config'
import { applyServerFieldErrors, fieldError, summaryErrors } from '@/lib/form-errors'
import { useMessages } from '@/lib/i18n'
import { useIdempotencyKey } from '@/lib/use-idempotency-key'
import { useRegisterYandexId, yandexIdDraft } from './api'
import { PasswordRuleList } from './password-rules'
import styles from './sign-in.module.css'

type Input = z.input<typeof RegisterYandexIdRequest>
type Output = z.output<typeof RegisterYandexIdRequest>

const FIELDS = ['name', 'login', 'email', 'password'] as const
const FIELD_IDS = {
  name: 'yandex-id-name',
  login: 'yandex-id-login',
  email: 'yandex-id-email',
  password: 'yandex-id-password',
} as const

/**
 * A new Yandex ID: a short registration; the system creates an organization and selects it. Name,
 * login and email (never the password) are kept in this tab as they are typed, so a reload loses
 * nothing; a successful registration forgets them.
 */
export function YandexIdPage() {
  const { t } = useMessages('signIn', 'forms')
  const navigate = useNavigate()
  const register = useRegisterYandexId()
  const idempotencyKeyFor = useIdempotencyKey()
  // Server field errors arrive after the submit: each set of them is one more reason to focus the summary.
  const [serverErrors, setServerErrors] = useState(0)
  const [showPassword, setShowPassword] = useState(false)
  const [draft] = useState(() => yandexIdDraft.read())
  const form = useForm<Input, unknown, Output>({
    // The error summary takes focus after a failed submit; react-hook-form must not move it on.
    shouldFocusError: false,
    resolver: zodResolver(RegisterYandexIdRequest),
    defaultValues: { name: '', login: '', email: '', ...draft, password: '' },
  })

  useEffect(() => {
    const subscription = form.watch(({ name = '', login = '', email = '' }) => {
      if (name || login || email) yandexIdDraft.write({ name, login, email })
      else yandexIdDraft.clear()
    })
    return () => subscription.unsubscribe()
  }, [form])
  const { errors } = form.formState
  const labels = {
    name: t('signIn.register.name'),
    login: t('signIn.register.login'),
    email: t('signIn.register.email'),
    password: t('signIn.register.password'),
  }
  const summary = summaryErrors<Input>(
    errors,
    {
      name: { id: FIELD_IDS.name, label: labels.name },
      login: { id: FIELD_IDS.login, label: labels.login },
      email: { id: FIELD_IDS.email, label: labels.email },
      password: { id: FIELD_IDS.password, label: labels.password },
    },
    t,
  )
  const password = form.watch('password')

  const submit = form.handleSubmit((values) => {
    if (register.isPending) return
    register.mutate(
      { body: values, idempotencyKey: idempotencyKeyFor(values) },
      {
        onSuccess: () => navigate('/application'),
        onError: (error) => {
          if (applyServerFieldErrors<Input>(error, FIELDS, form.setError)) setServerErrors((n) => n + 1)
        },
      },
    )
  })

  // Errors the fields show themselves (422, a taken login) are not repeated as a notice.
  const unplacedError =
    register.isError &&
    !(
      isApiError(register.error) &&
      register.error.fieldErrors.some((e) => FIELDS.some((f) => f === e.path[0]))
    )

  return (
    <>
      <p>
        <Link to="/sign-in">{t('signIn.back')}</Link>
      </p>
      <PageHeading hasErrors={summary.length > 0}>{t('signIn.register.title')}</PageHeading>
      <p className={styles.lead}>{t('signIn.register.lead', { platform: config.platformName })}</p>
      <ErrorSummary errors={summary} focusKey={form.formState.submitCount + serverErrors} />
      {unplacedError ? (
        <ApiErrorNotice
          error={register.error}
          title={t('signIn.register.failed')}
          onRetry={() => void submit()}
        />
      ) : null}
      <form noValidate onSubmit={submit} className={styles.form}>
        <Field
          id={FIELD_IDS.name}
          label={labels.name}
          hint={t('signIn.register.nameHint')}
          error={fieldError(errors, 'name', t)}
        >
          <input type="text" autoComplete="name" {...form.register('name')} />
        </Field>
        <Field
          id={FIELD_IDS.login}
          label={labels.login}
          hint={t('signIn.register.loginHint')}
          error={fieldError(errors, 'login', t)}
        >
          <input
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            {...form.register('login')}
          />
        </Field>
        <Field
          id={FIELD_IDS.email}
          label={labels.email}
          hint={t('signIn.register.emailHint')}
          error={fieldError(errors, 'email', t)}
        >
          <input type="email" autoComplete="email" spellCheck={false} {...form.register('email')} />
        </Field>
        <Field
          id={FIELD_IDS.password}
          label={labels.password}
          hint={t('signIn.register.passwordHint', { min: Limits.minLength })}
          error={fieldError(errors, 'password', t)}
        >
          <input
            type={showPassword ? 'text' : 'password'}
            autoComplete="new-password"
            {...form.register('password')}
          />
        </Field>
        <div className={styles.afterPassword}>
          <label className={styles.checkbox}>
            <input
              type="checkbox"
              checked={showPassword}
              onChange={(event) => setShowPassword(event.target.checked)}
            />
            {t('signIn.register.showPassword')}
          </label>
          <PasswordRuleList password={password} id="yandex-id-password-rules" />
        </div>
        <div className={styles.actions}>
          <button type="submit" className={buttonClass('primary')} disabled={register.isPending}>
            {register.isPending ? t('signIn.register.submitting') : t('signIn.register.submit')}
          </button>
        </div>
      </form>
    </>
  )
}
