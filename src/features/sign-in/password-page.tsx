import { Link, useNavigate } from 'react-router'
import type { z } from 'zod'
import { SignInWithPasswordRequest } from '@/api/contract'
import { PATHS } from '@/api/paths'
import { FormActions, FormProblems, usePageForm } from '@/components/form'
import { LoginField, PasswordField } from '@/components/form/credential-fields'
import { PageHeading } from '@/components/page-heading'
import { useMessages } from '@/lib/i18n'
import { PASSWORD_SIGN_IN_KEY, useSignInWithPassword } from './api'
import styles from './sign-in.module.css'

/**
 * Sign in with another account: a Yandex ID that is not among this device's recent accounts (a new
 * device). An unknown login, a blocked account and a wrong password each get their own message on
 * their field. The login is kept in this tab as it is typed; the password never is.
 */
export function PasswordSignInPage() {
  const { t } = useMessages('signIn', 'forms')
  const navigate = useNavigate()
  const signIn = useSignInWithPassword()
  const form = usePageForm<
    z.input<typeof SignInWithPasswordRequest>,
    z.output<typeof SignInWithPasswordRequest>
  >({
    schema: SignInWithPasswordRequest,
    defaultValues: { login: '', password: '' },
    fields: {
      login: { id: 'password-sign-in-login', label: t('signIn.password.login') },
      password: { id: 'password-sign-in-password', label: t('signIn.password.password'), secret: true },
    },
    t,
    keep: { key: PASSWORD_SIGN_IN_KEY },
    onSubmit: async (body) => {
      await signIn.mutateAsync(body)
      navigate(PATHS.signInOrganization)
    },
  })

  return (
    <>
      <p>
        <Link to={PATHS['sign-in']}>{t('signIn.back')}</Link>
      </p>
      <PageHeading hasErrors={form.hasErrors}>{t('signIn.password.title')}</PageHeading>
      <p className={styles.lead}>{t('signIn.password.lead')}</p>
      <FormProblems form={form} failedTitle={t('signIn.password.failed')} />
      <form noValidate onSubmit={form.submit} className={styles.form}>
        <LoginField field={form.field('login')} input={form.register('login')} />
        <PasswordField
          field={form.field('password')}
          input={form.register('password')}
          autoComplete="current-password"
        />
        <FormActions
          form={form}
          submitLabel={t('signIn.password.submit')}
          pendingLabel={t('signIn.password.submitting')}
        />
      </form>
    </>
  )
}
