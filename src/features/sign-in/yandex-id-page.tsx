import { Link, useNavigate } from 'react-router'
import type { z } from 'zod'
import { PasswordRules as Limits, RegisterYandexIdRequest } from '@/api/contract'
import { PATHS } from '@/api/paths'
import { Field } from '@/components/field'
import { LoginField, PasswordField } from '@/components/form/credential-fields'
import { FormActions } from '@/components/form/form-actions'
import { FormProblems } from '@/components/form/form-problems'
import { usePageForm } from '@/components/form/use-page-form'
import { PageHeading } from '@/components/page-heading'
import { config } from '@/config'
import { useMessages } from '@/lib/i18n'
import { useRegisterYandexId, YANDEX_ID_KEY } from './api'
import { PasswordRuleList } from './password-rules'
import styles from './sign-in.module.css'

/**
 * A new Yandex ID: a short registration; the system creates an organization and selects it. Name,
 * login and email (never the password) are kept in this tab as they are typed, so a reload loses
 * nothing; a successful registration forgets them.
 */
export function YandexIdPage() {
  const { t } = useMessages('signIn', 'forms')
  const navigate = useNavigate()
  const register = useRegisterYandexId()
  const form = usePageForm<z.input<typeof RegisterYandexIdRequest>, z.output<typeof RegisterYandexIdRequest>>(
    {
      schema: RegisterYandexIdRequest,
      defaultValues: { name: '', login: '', email: '', password: '' },
      fields: {
        name: { id: 'yandex-id-name', label: t('signIn.register.name') },
        login: { id: 'yandex-id-login', label: t('signIn.register.login') },
        email: { id: 'yandex-id-email', label: t('signIn.register.email') },
        password: { id: 'yandex-id-password', label: t('signIn.register.password'), secret: true },
      },
      t,
      keep: { key: YANDEX_ID_KEY },
      onSubmit: async (body, { idempotencyKey }) => {
        await register.mutateAsync({ body, idempotencyKey })
        navigate(PATHS.application)
      },
    },
  )

  return (
    <>
      <p>
        <Link to={PATHS['sign-in']}>{t('signIn.back')}</Link>
      </p>
      <PageHeading hasErrors={form.hasErrors}>{t('signIn.register.title')}</PageHeading>
      <p className={styles.lead}>{t('signIn.register.lead', { platform: config.platformName })}</p>
      <FormProblems form={form} failedTitle={t('signIn.register.failed')} />
      <form noValidate onSubmit={form.submit} className={styles.form}>
        <Field {...form.field('name')} hint={t('signIn.register.nameHint')}>
          <input type="text" autoComplete="name" {...form.register('name')} />
        </Field>
        <LoginField
          field={form.field('login')}
          input={form.register('login')}
          hint={t('signIn.register.loginHint')}
        />
        <Field {...form.field('email')} hint={t('signIn.register.emailHint')}>
          <input type="email" autoComplete="email" spellCheck={false} {...form.register('email')} />
        </Field>
        <PasswordField
          field={form.field('password')}
          input={form.register('password')}
          hint={t('signIn.register.passwordHint', { min: Limits.minLength })}
          autoComplete="new-password"
        >
          <PasswordRuleList password={form.watch('password')} id="yandex-id-password-rules" />
        </PasswordField>
        <FormActions
          form={form}
          submitLabel={t('signIn.register.submit')}
          pendingLabel={t('signIn.register.submitting')}
        />
      </form>
    </>
  )
}
