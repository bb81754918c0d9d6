/**
 * A login and a password, as every sign-in form of the flow (and the mock identity provider) asks
 * for them: the login without autocapitalisation or spell-check, the password with the browser's
 * password manager hints and, where the page allows it, a "Show password" switch. A password is
 * never kept anywhere (usePageForm treats a field named like one as secret).
 */
import { type ReactNode, useState } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { Field } from '@/components/field'
import { useMessages } from '@/lib/i18n'
import styles from './credential-fields.module.css'

/** What `form.field(name)` gives: the control's id, its label and its error in words. */
type FieldProps = { id: string; label: string; error: string | undefined }

export function LoginField({
  field,
  input,
  hint,
}: {
  field: FieldProps
  input: UseFormRegisterReturn
  hint?: ReactNode
}) {
  return (
    <Field {...field} hint={hint}>
      <input type="text" autoComplete="username" autoCapitalize="none" spellCheck={false} {...input} />
    </Field>
  )
}

export function PasswordField({
  field,
  input,
  hint,
  autoComplete,
  canShow = true,
  children,
}: {
  field: FieldProps
  input: UseFormRegisterReturn
  hint?: ReactNode
  /** A sign-in: 'current-password'; a new account: 'new-password' (the browser may suggest one). */
  autoComplete: 'current-password' | 'new-password'
  /** Offer "Show password" (on by default). */
  canShow?: boolean
  /** Said under the switch (e.g. the password rules as they are met). */
  children?: ReactNode
}) {
  const { t } = useMessages('forms')
  const [shown, setShown] = useState(false)
  return (
    <>
      <Field {...field} hint={hint}>
        <input type={shown ? 'text' : 'password'} autoComplete={autoComplete} {...input} />
      </Field>
      {canShow || children ? (
        <div className={styles.afterPassword}>
          {canShow ? (
            <label className={styles.checkbox}>
              <input type="checkbox" checked={shown} onChange={(event) => setShown(event.target.checked)} />
              {t('forms.showPassword')}
            </label>
          ) : null}
          {children}
        </div>
      ) : null}
    </>
  )
}
