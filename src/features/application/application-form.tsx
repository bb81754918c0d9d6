import { type RefObject, useEffect, useState } from 'react'
import { useNavigate } from 'react-router'
import {
  type Application,
  ApplicationDraft,
  type BillingAccount,
  type CompanyCard,
  type User,
} from '@/api/contract'
import { PATHS } from '@/api/paths'
import { Field } from '@/components/field'
import { FormActions } from '@/components/form/form-actions'
import { FormProblems } from '@/components/form/form-problems'
import { type FieldSpecs, usePageForm } from '@/components/form/use-page-form'
import { Notice } from '@/components/notice'
import { billingAccountEligibility } from '@/domain/billing-account-eligibility'
import { COMPANY_ERROR_ID, CompanyLookup, TIN_FIELD_ID } from '@/features/company-lookup'
import { useMessages } from '@/lib/i18n'
import { readBackup } from '@/lib/use-autosave'
import { useSaveDraft, useSubmitApplication } from './api'
import styles from './application.module.css'
import { BillingAccountChoice, BillingAccountList, chooseButtonId } from './billing-accounts'
import {
  type ApplicationFormOutput,
  type ApplicationFormValues,
  applicationFormSchema,
  type CompanyMode,
  draftFrom,
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
  /** Set from Send request until its navigation is over (the page leaves rather than re-render). */
  leaving?: { ref: RefObject<boolean>; left: () => void }
}

const CONTACT_FIELDS = [
  { name: 'name', type: 'text', autoComplete: 'name' },
  { name: 'position', type: 'text', autoComplete: 'organization-title' },
  { name: 'email', type: 'email', autoComplete: 'email' },
  { name: 'phone', type: 'tel', autoComplete: 'tel' },
] as const

/** A local copy is used only when it has the draft's shape (it may come from an older version). */
function readDraftBackup(key: string) {
  const parsed = ApplicationDraft.partial().safeParse(readBackup(key))
  return parsed.success ? parsed.data : null
}

/**
 * Step 3's form: contact details and company information, saved as a draft while the user types,
 * checked as a whole on Send request, and sent once however often the button is pressed.
 */
export function ApplicationForm({
  organizationId,
  user,
  application,
  accounts,
  onErrorsChange,
  leaving,
}: Props) {
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

  const saveDraft = useSaveDraft(organizationId)
  const submit = useSubmitApplication(organizationId)
  const firstChoice = accounts.find((account) => billingAccountEligibility(account).eligible)
  const fields: FieldSpecs<ApplicationFormValues> = {
    ...Object.fromEntries(
      CONTACT_FIELDS.map(({ name }) => [
        `contacts.${name}`,
        { id: `contacts-${name}`, label: t(`application.contacts.${name}`) },
      ]),
    ),
    billingAccountId: {
      id: firstChoice ? chooseButtonId(firstChoice) : 'billingAccountId',
      label: t('application.companySection.title'),
      labelInSummary: false,
    },
    tin: { id: TIN_FIELD_ID, label: t('application.lookup.tinLabel') },
    company: {
      id: COMPANY_ERROR_ID,
      label: t('application.companySection.title'),
      labelInSummary: false,
      // While the TIN itself is wrong, "click the card" would be noise.
      unlessErrorOn: 'tin',
    },
  }
  const form = usePageForm<ApplicationFormValues, ApplicationFormOutput, ReturnType<typeof draftFrom>>({
    schema: applicationFormSchema(mode),
    defaultValues: start.values,
    fields,
    t,
    fieldOfServerError,
    autosave: {
      draft: draftFrom,
      initial: start.server,
      // Only what changed, with the version it is based on: a save after another tab's gets a 409.
      save: (_draft, { changes, version }) => saveDraft({ ...changes, version }),
      backupKey,
      // 0 before the application exists: a tab that saw none is stale once another tab created it.
      version: application?.version ?? 0,
      fromServer: (current) => draftFrom(formValuesFrom(current.draft, user)),
      onTakeTheirs: (draft) =>
        form.reset(formValuesFrom({ contacts: {}, tin: '', billingAccountId: null, ...draft }, user)),
    },
    onSubmit: async (output, { idempotencyKey }) => {
      await form.autosave?.flush()
      if (leaving) leaving.ref.current = true
      let stayed = true
      try {
        await submit.mutateAsync({
          body: submitRequestFrom(organizationId, mode, output),
          draft: draftFrom(form.getValues()),
          idempotencyKey,
        })
        await navigate(PATHS.partnership)
        // The router has moved on; the next page replaces this one in its own render.
        stayed = window.location.pathname.endsWith(PATHS.application)
      } finally {
        // Still on this page (the send failed, or the navigation did not leave it): as usual again.
        if (leaving && stayed) {
          leaving.ref.current = false
          leaving.left()
        }
      }
    },
  })
  const values = form.watch()
  const tinError = form.errorOf('tin')

  const { hasErrors } = form
  useEffect(() => {
    onErrorsChange(hasErrors)
  }, [hasErrors, onErrorsChange])

  const setCompany = (card: CompanyCard | null) => form.change('company', card)

  return (
    <form noValidate onSubmit={form.submit} className={styles.form}>
      <FormProblems form={form} failedTitle={t('application.submit.failedTitle')} />

      <section aria-labelledby="contacts-title" className={styles.section}>
        <h2 id="contacts-title">{t('application.contacts.title')}</h2>
        {CONTACT_FIELDS.map((field) => {
          const name = `contacts.${field.name}` as const
          return (
            <Field
              key={field.name}
              {...form.field(name)}
              hint={field.name === 'phone' ? t('application.contacts.phoneHint') : undefined}
            >
              <input
                type={field.type}
                autoComplete={field.autoComplete}
                spellCheck={false}
                {...form.register(name)}
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
            onChoose={(id) => form.change('billingAccountId', id)}
            error={form.errorOf('billingAccountId')}
          />
        ) : (
          <>
            {/* Information, not an error: the way forward (the TIN) first, the accounts and their reasons after. */}
            <Notice tone="info" title={t('application.companySection.noAccountTitle')} headingLevel={3}>
              <p>{t('application.companySection.noAccountBody')}</p>
            </Notice>
            <CompanyLookup
              tin={values.tin}
              inputProps={form.register('tin')}
              tinError={tinError}
              companyError={tinError ? undefined : form.errorOf('company')}
              confirmed={values.company}
              onConfirm={setCompany}
            />
            <BillingAccountList accounts={accounts} />
          </>
        )}
      </section>

      <FormActions
        form={form}
        submitLabel={t('application.submit.send')}
        pendingLabel={t('application.submit.sending')}
        savedAt={application ? new Date(application.updatedAt) : null}
      />
      <p className={`${styles.hint} ${styles.afterActions}`}>{t('application.submit.hint')}</p>
    </form>
  )
}
