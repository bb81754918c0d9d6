/**
 * Create billing account, three pages as the seed lists them: General information, Company
 * information, Contacts. Each is its own route and validates on Next (here, then on the server, which
 * counts the page done); the draft is autosaved on the server with the application, so Back, a reload
 * or another device loses nothing. Create sends the account once however often it is pressed.
 */
import type { ReactNode } from 'react'
import { useState } from 'react'
import { Link, Navigate, useNavigate } from 'react-router'
import type { z } from 'zod'
import {
  type Application,
  BILLING_ACCOUNT_PAGES,
  type BillingAccountDraftPatch,
  type BillingAccountPage,
  type CompanyCard,
  Contacts,
  type FieldError,
} from '@/api/contract'
import { PATHS } from '@/api/paths'
import facts from '@/components/details-list.module.css'
import { Field } from '@/components/field'
import { ChoiceGroup, FormActions, FormProblems, usePageForm } from '@/components/form'
import { BankAccountFields } from '@/components/identifiers/bank-account-fields'
import { useBankLookup } from '@/components/identifiers/bank-lookup'
import {
  COUNTRIES,
  CompanyForm,
  type CompanyValues,
  type ContactsValues,
  companyValuesOf,
  contactsValuesOf,
  createRequestOf,
  GeneralForm,
  type GeneralValues,
  generalValuesOf,
} from '@/domain/billing-account-pages'
import { useMessages } from '@/lib/i18n'
import { readBackup } from '@/lib/use-autosave'
import { useBillingData, useCreateBillingAccount, useSaveBillingDraft } from './api'
import styles from './billing.module.css'
import { BillingPageTop } from './page-top'

export const PAGE_PATHS: Record<BillingAccountPage, string> = {
  general: PATHS.billingGeneral,
  company: PATHS.billingCompany,
  contacts: PATHS.billingContacts,
}

const TYPES = ['business', 'individual'] as const
const PAYMENT_METHODS = ['invoice', 'card'] as const

/** The registry card confirmed at step 3: the company the new account is for. */
function cardOf(application: Application): CompanyCard | null {
  return application.company?.source === 'tin' ? application.company.company : null
}

/** Pages done after passing this one with Next (those before stay done). */
function doneWith(application: Application, page: BillingAccountPage): BillingAccountPage[] {
  const done = new Set([...(application.billingAccountDraft?.pagesDone ?? []), page])
  return BILLING_ACCOUNT_PAGES.filter((candidate) => done.has(candidate))
}

/** A server error at `[page, field]` belongs to that field of this page. */
function onPage<V extends string>(page: BillingAccountPage, fields: readonly V[]) {
  return (error: FieldError): V | null => {
    const [at, field] = error.path
    return at === page && fields.includes(field as V) ? (field as V) : null
  }
}

/** What the three pages share: their place in the step, the back link, the heading. */
function CreationPage({
  page,
  title,
  lead,
  hasErrors,
  children,
}: {
  page: BillingAccountPage
  title: string
  lead?: string
  hasErrors: boolean
  children: ReactNode
}) {
  const { t } = useMessages('billing')
  const index = BILLING_ACCOUNT_PAGES.indexOf(page)
  const previous = BILLING_ACCOUNT_PAGES[index - 1]
  return (
    <>
      <BillingPageTop
        back={
          previous
            ? { to: PAGE_PATHS[previous], label: t('billing.new.back') }
            : { to: PATHS.billing, label: t('billing.new.backToStep') }
        }
        caption={t('billing.new.pageOf', { number: index + 1, total: BILLING_ACCOUNT_PAGES.length })}
        title={title}
        lead={lead}
        hasErrors={hasErrors}
      />
      {children}
    </>
  )
}

/** The application at step 5 with no account yet; else the step's own page says where things stand. */
function useCreatingApplication(): Application | null {
  const { application } = useBillingData()
  if (!application || application.billingAccountId || !cardOf(application)) return null
  return application
}

// ---------------------------------------------------------------------------------------------
// Page 1: General information

export function GeneralPage() {
  const application = useCreatingApplication()
  if (!application) return <Navigate to={PATHS.billing} replace />
  return <GeneralInformation key={application.id} application={application} />
}

function GeneralInformation({ application }: { application: Application }) {
  const { t } = useMessages('billing', 'forms', 'common')
  const navigate = useNavigate()
  const saveDraft = useSaveBillingDraft(application.id)
  const backupKey = `billing.${application.id}.general`
  const [server] = useState(() => generalValuesOf(application.billingAccountDraft))
  // The local copy is the autosaved draft (`{ general: values }`): a save that failed (offline, an
  // ended session, a server error) comes back from it.
  const [start] = useState(() => ({
    ...server,
    ...readBackup<{ general?: Partial<GeneralValues> }>(backupKey)?.general,
  }))
  const form = usePageForm<GeneralValues, z.output<typeof GeneralForm>, BillingAccountDraftPatch>({
    schema: GeneralForm,
    defaultValues: start,
    fields: {
      name: { id: 'billing-name', label: t('billing.general.name') },
      country: { id: 'billing-country', label: t('billing.general.country') },
      type: { id: 'billing-type', label: t('billing.general.type'), choices: TYPES },
      paymentMethod: {
        id: 'billing-payment',
        label: t('billing.general.paymentMethod'),
        choices: PAYMENT_METHODS,
      },
    },
    t,
    autosave: {
      draft: (values) => ({ general: values }),
      initial: { general: server },
      // With the version it is based on: a save after another tab's gets a 409, and the page says so.
      save: (draft, { version }) => saveDraft({ ...draft, version }),
      backupKey,
      version: application.version,
    },
    fieldOfServerError: onPage('general', ['name', 'country', 'type', 'paymentMethod'] as const),
    onSubmit: async () => {
      await saveDraft({ general: form.getValues(), pagesDone: doneWith(application, 'general') })
      navigate(PATHS.billingCompany)
    },
  })
  const company = cardOf(application)?.shortName ?? ''

  return (
    <CreationPage page="general" title={t('billing.general.title')} hasErrors={form.hasErrors}>
      <FormProblems form={form} failedTitle={t('billing.new.failed')} />
      <form noValidate onSubmit={form.submit} className={styles.form}>
        <Field {...form.field('name')} hint={t('billing.general.nameHint')}>
          <input type="text" autoComplete="organization" maxLength={200} {...form.register('name')} />
        </Field>
        <Field {...form.field('country')}>
          <select className={styles.shortInput} {...form.register('country')}>
            {COUNTRIES.map((country) => (
              <option key={country} value={country}>
                {t(`forms.country.${country}`)}
              </option>
            ))}
          </select>
        </Field>
        <div className={styles.readonly}>
          <p className={styles.readonlyLabel}>{t('billing.general.payer')}</p>
          <p className={styles.readonlyValue}>{t('billing.general.payerValue', { company })}</p>
        </div>
        <ChoiceGroup
          {...form.group('type')}
          type="radio"
          hint={t('billing.general.requirementsHint')}
          choices={TYPES.map((value) => ({ value, label: t(`billing.general.type.${value}`) }))}
        />
        <ChoiceGroup
          {...form.group('paymentMethod')}
          type="radio"
          choices={PAYMENT_METHODS.map((value) => ({
            value,
            label: t(`billing.general.paymentMethod.${value}`),
          }))}
        />
        <FormActions form={form} submitLabel={t('billing.new.next')} pendingLabel={t('billing.new.saving')} />
      </form>
    </CreationPage>
  )
}

// ---------------------------------------------------------------------------------------------
// Page 2: Company information

const COMPANY_FIELDS = [
  'postalSameAsLegal',
  'postalAddress',
  'postalCode',
  'headName',
  'headPosition',
  'bik',
  'settlementAccount',
] as const

export function CompanyPage() {
  const application = useCreatingApplication()
  const card = application ? cardOf(application) : null
  if (!application || !card) return <Navigate to={PATHS.billing} replace />
  return <CompanyInformation key={application.id} application={application} card={card} />
}

function CompanyInformation({ application, card }: { application: Application; card: CompanyCard }) {
  const { t } = useMessages('billing', 'forms', 'common')
  const navigate = useNavigate()
  const saveDraft = useSaveBillingDraft(application.id)
  const backupKey = `billing.${application.id}.company`
  const kept = application.bankDetails ?? null
  const [server] = useState(() => companyValuesOf(application.billingAccountDraft, card, kept))
  // The local copy is the autosaved draft (`{ company: values }`): a save that failed (offline, an
  // ended session, a server error) comes back from it.
  const [start] = useState(() => ({
    ...server,
    ...readBackup<{ company?: Partial<CompanyValues> }>(backupKey)?.company,
  }))
  const form = usePageForm<CompanyValues, z.output<typeof CompanyForm>, BillingAccountDraftPatch>({
    schema: CompanyForm,
    defaultValues: start,
    fields: {
      postalAddress: { id: 'billing-postal-address', label: t('billing.company.postalAddress') },
      postalCode: { id: 'billing-postal-code', label: t('billing.company.postalCode') },
      headName: { id: 'billing-head-name', label: t('billing.company.headName') },
      headPosition: { id: 'billing-head-position', label: t('billing.company.headPosition') },
      bik: { id: 'billing-bik', label: t('forms.bank.bik') },
      settlementAccount: { id: 'billing-settlement-account', label: t('forms.bank.settlementAccount') },
    },
    t,
    autosave: {
      draft: (values) => ({ company: values }),
      initial: { company: server },
      // With the version it is based on: a save after another tab's gets a 409, and the page says so.
      save: (draft, { version }) => saveDraft({ ...draft, version }),
      backupKey,
      version: application.version,
    },
    fieldOfServerError: onPage('company', COMPANY_FIELDS),
    onSubmit: async () => {
      await saveDraft({ company: form.getValues(), pagesDone: doneWith(application, 'company') })
      navigate(PATHS.billingContacts)
    },
  })
  const sameAsLegal = form.watch('postalSameAsLegal')
  const lookup = useBankLookup(form.watch('bik') ?? '')
  const keptInUse =
    kept !== null &&
    form.watch('bik') === kept.bik &&
    form.watch('settlementAccount') === kept.settlementAccount

  return (
    <CreationPage
      page="company"
      title={t('billing.company.title')}
      lead={t('billing.company.lead')}
      hasErrors={form.hasErrors}
    >
      <FormProblems form={form} failedTitle={t('billing.new.failed')} />
      <section className={styles.card} aria-labelledby="billing-registry">
        <h2 id="billing-registry">{t('billing.company.registry')}</h2>
        <dl className={facts.list}>
          <div className={facts.wide}>
            <dt>{t('billing.company.fullName')}</dt>
            <dd>{card.fullName}</dd>
          </div>
          <div>
            <dt>{t('billing.company.shortName')}</dt>
            <dd>{card.shortName}</dd>
          </div>
          <div>
            <dt>{t('billing.company.tin')}</dt>
            <dd className={styles.number}>{card.tin}</dd>
          </div>
          {card.kind === 'legal' && card.kpp ? (
            <div>
              <dt>{t('billing.company.kpp')}</dt>
              <dd className={styles.number}>{card.kpp}</dd>
            </div>
          ) : null}
          <div>
            <dt>{card.kind === 'legal' ? t('billing.company.ogrn') : t('billing.company.ogrnip')}</dt>
            <dd className={styles.number}>{card.ogrn}</dd>
          </div>
          <div className={facts.wide}>
            <dt>{t('billing.company.legalAddress')}</dt>
            <dd>{card.address}</dd>
          </div>
        </dl>
        <p className={styles.note}>{t('billing.company.registryNote')}</p>
      </section>

      <form noValidate onSubmit={form.submit} className={styles.form}>
        <section className={styles.section} aria-labelledby="billing-postal">
          <h2 id="billing-postal">{t('billing.company.postal')}</h2>
          <div className={styles.checkbox}>
            <input id="billing-postal-same" type="checkbox" {...form.register('postalSameAsLegal')} />
            <label htmlFor="billing-postal-same">{t('billing.company.postalSameAsLegal')}</label>
          </div>
          {sameAsLegal ? null : (
            <>
              <Field {...form.field('postalAddress')} hint={t('billing.company.postalAddressHint')}>
                <input
                  type="text"
                  autoComplete="street-address"
                  maxLength={300}
                  {...form.register('postalAddress')}
                />
              </Field>
              <Field {...form.field('postalCode')} hint={t('billing.company.postalCodeHint')}>
                <input
                  type="text"
                  inputMode="numeric"
                  autoComplete="postal-code"
                  maxLength={12}
                  className={styles.shortInput}
                  {...form.register('postalCode')}
                />
              </Field>
            </>
          )}
        </section>

        <section className={styles.section} aria-labelledby="billing-head">
          <h2 id="billing-head">{t('billing.company.head')}</h2>
          <Field {...form.field('headName')}>
            <input type="text" autoComplete="off" maxLength={150} {...form.register('headName')} />
          </Field>
          <Field {...form.field('headPosition')}>
            <input type="text" autoComplete="off" maxLength={150} {...form.register('headPosition')} />
          </Field>
        </section>

        <section className={styles.section} aria-labelledby="billing-bank">
          <h2 id="billing-bank">{t('billing.company.bank')}</h2>
          <p>{t('billing.company.bankLead')}</p>
          {keptInUse ? <p className={styles.note}>{t('billing.company.bankKept')}</p> : null}
          <BankAccountFields
            lookup={lookup}
            bik={form.field('bik')}
            bikInput={form.register('bik')}
            settlementAccount={form.field('settlementAccount')}
            settlementAccountInput={form.register('settlementAccount')}
          />
        </section>
        <FormActions form={form} submitLabel={t('billing.new.next')} pendingLabel={t('billing.new.saving')} />
      </form>
    </CreationPage>
  )
}

// ---------------------------------------------------------------------------------------------
// Page 3: Contacts, and Create

const CONTACT_FIELDS = ['name', 'position', 'email', 'phone'] as const

export function ContactsPage() {
  const application = useCreatingApplication()
  const card = application ? cardOf(application) : null
  if (!application || !card) return <Navigate to={PATHS.billing} replace />
  return <ContactsAndCreate key={application.id} application={application} card={card} />
}

function ContactsAndCreate({ application, card }: { application: Application; card: CompanyCard }) {
  const { t } = useMessages('billing', 'forms', 'common')
  const navigate = useNavigate()
  const saveDraft = useSaveBillingDraft(application.id)
  const create = useCreateBillingAccount()
  const backupKey = `billing.${application.id}.contacts`
  const [server] = useState(() => contactsValuesOf(application.billingAccountDraft, application.contacts))
  // The local copy is the autosaved draft (`{ contacts: values }`): a save that failed (offline, an
  // ended session, a server error) comes back from it.
  const [start] = useState(() => ({
    ...server,
    ...readBackup<{ contacts?: Partial<ContactsValues> }>(backupKey)?.contacts,
  }))
  const form = usePageForm<ContactsValues, z.output<typeof Contacts>, BillingAccountDraftPatch>({
    schema: Contacts,
    defaultValues: start,
    fields: {
      name: { id: 'billing-contact-name', label: t('billing.contacts.name') },
      position: { id: 'billing-contact-position', label: t('billing.contacts.position') },
      email: { id: 'billing-contact-email', label: t('billing.contacts.email') },
      phone: { id: 'billing-contact-phone', label: t('billing.contacts.phone') },
    },
    t,
    autosave: {
      draft: (values) => ({ contacts: values }),
      initial: { contacts: server },
      // With the version it is based on: a save after another tab's gets a 409, and the page says so.
      save: (draft, { version }) => saveDraft({ ...draft, version }),
      backupKey,
      version: application.version,
    },
    fieldOfServerError: (error) => {
      const [at, field] = error.path
      return at === 'contacts' && CONTACT_FIELDS.includes(field as never)
        ? (field as (typeof CONTACT_FIELDS)[number])
        : null
    },
    onSubmit: async (contacts, { idempotencyKey }) => {
      // The draft has the other pages; the server checks everything again and attaches the account.
      const body = createRequestOf(
        {
          draft: application.billingAccountDraft,
          card,
          keptBank: application.bankDetails,
          contactsFromStep3: application.contacts,
          organizationId: application.organizationId,
          applicationId: application.id,
        },
        contacts,
      )
      await create.mutateAsync({ body, idempotencyKey })
      navigate(PATHS.billing)
    },
  })
  const elsewhere = form.problems.length > 0

  return (
    <CreationPage
      page="contacts"
      title={t('billing.contacts.title')}
      lead={t('billing.contacts.lead')}
      hasErrors={form.hasErrors}
    >
      <FormProblems form={form} failedTitle={t('billing.contacts.failed')} />
      {elsewhere ? (
        <p>
          {t('billing.contacts.otherPages')}{' '}
          <Link to={PATHS.billingGeneral}>{t('billing.general.title')}</Link>
          {', '}
          <Link to={PATHS.billingCompany}>{t('billing.company.title')}</Link>
        </p>
      ) : null}
      <form noValidate onSubmit={form.submit} className={styles.form}>
        <Field {...form.field('name')}>
          <input type="text" autoComplete="name" maxLength={200} {...form.register('name')} />
        </Field>
        <Field {...form.field('position')}>
          <input
            type="text"
            autoComplete="organization-title"
            maxLength={200}
            {...form.register('position')}
          />
        </Field>
        <Field {...form.field('email')}>
          <input
            type="email"
            autoComplete="email"
            spellCheck={false}
            maxLength={300}
            {...form.register('email')}
          />
        </Field>
        <Field {...form.field('phone')} hint={t('billing.contacts.phoneHint')}>
          <input type="tel" autoComplete="tel" maxLength={64} {...form.register('phone')} />
        </Field>
        <FormActions
          form={form}
          submitLabel={t('billing.contacts.create')}
          pendingLabel={t('billing.contacts.creating')}
        />
      </form>
    </CreationPage>
  )
}
