import { zodResolver } from '@hookform/resolvers/zod'
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { type FieldErrors, useForm } from 'react-hook-form'
import { useNavigate } from 'react-router'
import { newIdempotencyKey } from '@/api/client'
import {
  type Application,
  ApplicationDraft,
  type BillingAccount,
  type CompanyCard,
  type User,
} from '@/api/contract'
import { isApiError } from '@/api/errors'
import { ApiErrorNotice } from '@/components/api-error-notice'
import { AutosaveStatus } from '@/components/autosave-status'
import { buttonClass } from '@/components/button'
import { ErrorSummary, type SummaryError } from '@/components/error-summary'
import { Field } from '@/components/field'
import { Notice } from '@/components/notice'
import { billingAccountEligibility } from '@/domain/billing-account-eligibility'
import { COMPANY_ERROR_ID, CompanyLookup } from '@/features/company-lookup/company-lookup'
import { translateError, useMessages } from '@/lib/i18n'
import { clearBackup, readBackup, useAutosave } from '@/lib/use-autosave'
import { useSaveDraft, useSubmitApplication } from './api'
import styles from './application.module.css'
import { BillingAccountChoice, BillingAccountList, chooseButtonId } from './billing-accounts'
import {
  type ApplicationFormOutput,
  type ApplicationFormValues,
  applicationFormSchema,
  type CompanyMode,
  draftFrom,
  FIELD_ORDER,
  type FormFieldName,
  fieldOfServerError,
  formValuesFrom,
  submitRequestFrom,
} from './form'

type Props = {
  organizationId: string
  user: User
  /** The organization's application (a draft), or null before the first change. */
  application: Application | null
  accounts: BillingAccount[]
  /** Tells the page whether errors are showing (its title starts with "Error:"). */
  onErrorsChange: (hasErrors: boolean) => void
}

const CONTACT_FIELDS = [
  { name: 'name', type: 'text', autoComplete: 'name' },
  { name: 'position', type: 'text', autoComplete: 'organization-title' },
  { name: 'email', type: 'email', autoComplete: 'email' },
  { name: 'phone', type: 'tel', autoComplete: 'tel' },
] as const

const idOf = (field: FormFieldName) => field.replace('.', '-')

function messageOf(errors: FieldErrors<ApplicationFormValues>, field: FormFieldName): string | undefined {
  if (field.startsWith('contacts.')) {
    const key = field.slice('contacts.'.length) as keyof ApplicationFormValues['contacts']
    return errors.contacts?.[key]?.message
  }
  return errors[field as 'tin' | 'billingAccountId' | 'company']?.message
}

/** A local copy is used only when it has the draft's shape (it may come from an older version). */
function readDraftBackup(key: string) {
  const parsed = ApplicationDraft.partial().safeParse(readBackup(key))
  return parsed.success ? parsed.data : null
}

/**
 * Step 3's form: contact details and company information, saved as a draft while the user types,
 * checked as a whole on Send request, and sent once however often the button is pressed.
 */
export function ApplicationForm({ organizationId, user, application, accounts, onErrorsChange }: Props) {
  const { t } = useMessages('application', 'forms', 'common')
  const navigate = useNavigate()
  const mode: CompanyMode = accounts.some((account) => billingAccountEligibility(account).eligible)
    ? 'billing-account'
    : 'tin'
  const backupKey = `application.${user.id}.${organizationId}`

  // What the server has (the autosave's starting point) and what the form starts with: a local
  // copy that did not reach the server yet wins, so a reload loses nothing.
  const [start] = useState(() => {
    const server = formValuesFrom(application?.draft, user)
    const backup = readDraftBackup(backupKey)
    const local = backup
      ? formValuesFrom(
          { contacts: {}, tin: '', billingAccountId: null, ...application?.draft, ...backup },
          user,
        )
      : server
    return { server: draftFrom(server), values: local }
  })

  const schema = useMemo(() => applicationFormSchema(mode), [mode])
  const form = useForm<ApplicationFormValues, unknown, ApplicationFormOutput>({
    resolver: zodResolver(schema),
    defaultValues: start.values,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    // The error summary takes focus and links to each field (react-hook-form would focus the first field).
    shouldFocusError: false,
  })
  const { register, setValue, formState } = form
  const values = form.watch()

  const saveDraft = useSaveDraft(organizationId)
  const autosave = useAutosave({
    value: draftFrom(values),
    save: saveDraft,
    initial: start.server,
    backupKey,
  })
  const savedAt = autosave.savedAt ?? (application ? new Date(application.updatedAt) : null)

  const submit = useSubmitApplication(organizationId)
  const sending = useRef(false)
  const attemptKey = useRef<string | null>(null)
  // Each refused attempt moves focus to the summary, once its errors are on the page (they may
  // arrive a render after the attempt is counted).
  const [refusedAttempts, setRefusedAttempts] = useState(0)
  const [focusKey, setFocusKey] = useState(0)
  const [serverProblems, setServerProblems] = useState<string[]>([])

  const setCompany = useCallback(
    (card: CompanyCard | null) =>
      setValue('company', card, { shouldDirty: true, shouldValidate: formState.isSubmitted }),
    [setValue, formState.isSubmitted],
  )
  const chooseAccount = useCallback(
    (id: string) =>
      setValue('billingAccountId', id, { shouldDirty: true, shouldValidate: formState.isSubmitted }),
    [setValue, formState.isSubmitted],
  )

  const firstChoice = accounts.find((account) => billingAccountEligibility(account).eligible)
  const summaryTarget = (field: FormFieldName): string => {
    if (field === 'billingAccountId' && firstChoice) return chooseButtonId(firstChoice)
    if (field === 'company') return COMPANY_ERROR_ID
    return idOf(field)
  }
  const summary: SummaryError[] = FIELD_ORDER.flatMap((field) => {
    // While the TIN itself is wrong, "click the card" would be noise.
    if (field === 'company' && formState.errors.tin) return []
    const message = messageOf(formState.errors, field)
    if (!message) return []
    // A field's problem names the field ("Position: Fill in this field."); the company's say it all.
    const label = field.startsWith('contacts.')
      ? t(`application.${field}`)
      : field === 'tin'
        ? t('application.lookup.tinLabel')
        : null
    const words = translateError(t, message)
    return [
      {
        fieldId: summaryTarget(field),
        message: label ? t('application.summaryItem', { label, message: words }) : words,
      },
    ]
  })

  const showingErrors = summary.length > 0
  useEffect(() => {
    onErrorsChange(showingErrors)
  }, [showingErrors, onErrorsChange])
  useEffect(() => {
    if (showingErrors) setFocusKey(refusedAttempts)
  }, [showingErrors, refusedAttempts])

  async function send(output: ApplicationFormOutput) {
    setServerProblems([])
    attemptKey.current ??= newIdempotencyKey()
    await autosave.flush()
    try {
      await submit.mutateAsync({
        body: submitRequestFrom(organizationId, mode, output),
        draft: draftFrom(form.getValues()),
        idempotencyKey: attemptKey.current,
      })
      clearBackup(backupKey)
      navigate('/partnership')
    } catch (error) {
      if (!isApiError(error) || error.kind !== 'validation') return
      // The server refused some values: show them at their fields; the next attempt is a new one.
      attemptKey.current = null
      const unplaced: string[] = []
      for (const fieldError of error.fieldErrors) {
        const field = fieldOfServerError(fieldError)
        if (field) form.setError(field, { type: 'server', message: fieldError.message })
        else unplaced.push(translateError(t, fieldError.message))
      }
      setServerProblems(unplaced)
      setRefusedAttempts((count) => count + 1)
    }
  }

  async function attempt() {
    // One request however often the button is pressed; the Idempotency-Key covers retries.
    if (sending.current) return
    sending.current = true
    try {
      await form.handleSubmit(send, () => setRefusedAttempts((count) => count + 1))()
    } finally {
      sending.current = false
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    void attempt()
  }

  const pending = submit.isPending
  const submitFailed = submit.isError && !(isApiError(submit.error) && submit.error.kind === 'validation')

  return (
    <form noValidate onSubmit={onSubmit} className={styles.form}>
      <ErrorSummary errors={summary} focusKey={focusKey} />

      <section aria-labelledby="contacts-title" className={styles.section}>
        <h2 id="contacts-title">{t('application.contacts.title')}</h2>
        {CONTACT_FIELDS.map((field) => {
          const name = `contacts.${field.name}` as const
          return (
            <Field
              key={field.name}
              id={idOf(name)}
              label={t(`application.contacts.${field.name}`)}
              hint={field.name === 'phone' ? t('application.contacts.phoneHint') : undefined}
              error={translateError(t, formState.errors.contacts?.[field.name]?.message) || undefined}
            >
              <input
                type={field.type}
                autoComplete={field.autoComplete}
                spellCheck={false}
                {...register(name)}
              />
            </Field>
          )
        })}
      </section>

      <section aria-labelledby="company-title" className={styles.section}>
        <h2 id="company-title">{t('application.companySection.title')}</h2>
        {mode === 'billing-account' ? (
          <BillingAccountChoice
            accounts={accounts}
            chosenId={values.billingAccountId}
            onChoose={chooseAccount}
            error={translateError(t, formState.errors.billingAccountId?.message) || undefined}
          />
        ) : (
          <>
            <Notice tone="warning" title={t('application.companySection.noAccountTitle')} headingLevel={3}>
              <p>{t('application.companySection.noAccountBody')}</p>
            </Notice>
            <BillingAccountList accounts={accounts} />
            <CompanyLookup
              tin={values.tin}
              inputProps={register('tin')}
              tinError={translateError(t, formState.errors.tin?.message) || undefined}
              companyError={
                formState.errors.tin
                  ? undefined
                  : translateError(t, formState.errors.company?.message) || undefined
              }
              confirmed={values.company}
              onConfirm={setCompany}
            />
          </>
        )}
      </section>

      {submitFailed ? (
        <ApiErrorNotice
          error={submit.error}
          title={t('application.submit.failedTitle')}
          onRetry={() => void attempt()}
        />
      ) : null}
      {serverProblems.length > 0 ? (
        <Notice tone="error" title={t('application.submit.failedTitle')} live>
          <ul>
            {serverProblems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Notice>
      ) : null}

      <div className={styles.actions}>
        <button type="submit" className={buttonClass('primary')} aria-disabled={pending || undefined}>
          {pending ? t('application.submit.sending') : t('application.submit.send')}
        </button>
        <AutosaveStatus status={autosave.status} savedAt={savedAt} onRetry={() => void autosave.flush()} />
      </div>
      <p className={`${styles.hint} ${styles.afterActions}`}>{t('application.submit.hint')}</p>
    </form>
  )
}
