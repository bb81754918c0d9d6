import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { type Resolver, useForm } from 'react-hook-form'
import { Link, Navigate, useNavigate } from 'react-router'
import type { Application, Questionnaire } from '@/api/contract'
import { isApiError } from '@/api/errors'
import { ApiErrorNotice } from '@/components/api-error-notice'
import { AutosaveStatus } from '@/components/autosave-status'
import { buttonClass } from '@/components/button'
import { ErrorSummary } from '@/components/error-summary'
import { Field } from '@/components/field'
import { PageHeading } from '@/components/page-heading'
import { usePageLoadState } from '@/components/page-load-state'
import { config } from '@/config'
import { applyServerFieldErrors, fieldError, summaryErrors } from '@/lib/form-errors'
import { formatMoney } from '@/lib/format'
import { useMessages } from '@/lib/i18n'
import { clearBackup, readBackup, useAutosave } from '@/lib/use-autosave'
import { useIdempotencyKey } from '@/lib/use-idempotency-key'
import { useCurrentApplication, useSavePartnershipDraft, useSubmitQuestionnaire } from './api'
import { ChoiceGroup, firstChoiceId } from './choice-group'
import {
  COMPANY_SIZES,
  CONSUMPTION_BOUNDS,
  CUSTOMER_SEGMENTS,
  INDUSTRIES,
  MONTHLY_CONSUMPTION,
  OTHER_CLOUDS,
  REGIONS,
  SPECIALIZATIONS,
} from './options'
import styles from './partnership.module.css'
import {
  nextOtherClouds,
  QuestionnaireForm,
  type QuestionnaireValues,
  questionnaireValuesFrom,
} from './questionnaire-schema'

export const BILLING_PATH = '/billing'

const FIELDS = [
  'companySize',
  'certifiedEngineers',
  'website',
  'expertise',
  'otherClouds',
  'industries',
  'customers',
  'regions',
  'monthlyConsumption',
  'comment',
] as const satisfies readonly (keyof QuestionnaireValues)[]

const FIELD_IDS: Record<(typeof FIELDS)[number], string> = {
  companySize: 'q-company-size',
  certifiedEngineers: 'q-certified-engineers',
  website: 'q-website',
  expertise: firstChoiceId('q-expertise', SPECIALIZATIONS),
  otherClouds: firstChoiceId('q-other-clouds', OTHER_CLOUDS),
  industries: firstChoiceId('q-industries', INDUSTRIES),
  customers: firstChoiceId('q-customers', CUSTOMER_SEGMENTS),
  regions: firstChoiceId('q-regions', REGIONS),
  monthlyConsumption: firstChoiceId('q-consumption', MONTHLY_CONSUMPTION),
  comment: 'q-comment',
}

/** What each field says when it is left empty (the contract's codes are general). */
const MISSING = {
  companySize: 'partnership.q.missing.companySize',
  certifiedEngineers: 'partnership.q.missing.certifiedEngineers',
  expertise: 'partnership.q.missing.expertise',
  industries: 'partnership.q.missing.industries',
  customers: 'partnership.q.missing.customers',
  regions: 'partnership.q.missing.regions',
  monthlyConsumption: 'partnership.q.missing.monthlyConsumption',
}

/** Step 4, second page: the questionnaire about the company's profile; Send moves on to step 5. */
export function QuestionnairePage() {
  const { t } = useMessages('partnership', 'forms', 'common')
  const { application, session } = useCurrentApplication()
  const loadState = usePageLoadState({
    title: t('partnership.questionnaire.title'),
    failedTitle: t('partnership.loadFailed'),
    queries: [session, application],
  })
  if (loadState) return loadState
  // The questionnaire comes after the partnership type and taxation type.
  if (!application.data?.partnership) return <Navigate to="/partnership" replace />
  return <QuestionnaireFormPage key={application.data.id} application={application.data} />
}

function QuestionnaireFormPage({ application }: { application: Application }) {
  const { t } = useMessages('partnership', 'forms', 'common')
  const navigate = useNavigate()
  const platform = config.platformName
  const saveDraft = useSavePartnershipDraft(application.id)
  const send = useSubmitQuestionnaire(application.id)
  const idempotencyKeyFor = useIdempotencyKey()
  /** Server refusals put on fields: with each submit, they move focus to the error summary. */
  const [serverErrors, setServerErrors] = useState(0)

  const backupKey = `partnership.${application.id}.questionnaire`
  const serverDraft = Object.keys(application.partnershipDraft.questionnaire).length
    ? application.partnershipDraft.questionnaire
    : application.questionnaire
  const serverValues = useMemo(() => questionnaireValuesFrom(serverDraft), [serverDraft])
  // The form starts once from the local copy (not yet on the server) or the server's draft.
  const [defaults] = useState(() => questionnaireValuesFrom(readBackup<unknown>(backupKey) ?? serverValues))
  const form = useForm<QuestionnaireValues, unknown, Questionnaire>({
    defaultValues: defaults,
    // The error summary takes focus, not the first field (react-hook-form would steal it back).
    shouldFocusError: false,
    resolver: zodResolver(QuestionnaireForm) as unknown as Resolver<
      QuestionnaireValues,
      unknown,
      Questionnaire
    >,
  })
  const { errors, isSubmitted } = form.formState
  const values = form.watch()

  const autosave = useAutosave<QuestionnaireValues>({
    value: values,
    initial: serverValues,
    save: (questionnaire) => saveDraft({ questionnaire }),
    backupKey,
  })

  const summary = summaryErrors<QuestionnaireValues>(errors, FIELD_IDS, t, MISSING)
  const error = (name: (typeof FIELDS)[number]) => fieldError<QuestionnaireValues>(errors, name, t, MISSING)
  const setList =
    (name: 'expertise' | 'industries' | 'customers' | 'otherClouds' | 'regions') =>
    (next: string | string[]) => {
      const list = Array.isArray(next) ? next : [next]
      const value = name === 'otherClouds' ? nextOtherClouds(form.getValues('otherClouds'), list) : list
      form.setValue(name, value, { shouldDirty: true, shouldValidate: isSubmitted })
    }

  const submit = form.handleSubmit((questionnaire) => {
    if (send.isPending) return
    send.mutate(
      { body: questionnaire, idempotencyKey: idempotencyKeyFor(questionnaire) },
      {
        onSuccess: () => {
          clearBackup(backupKey)
          navigate(BILLING_PATH)
        },
        onError: (failure) => {
          if (applyServerFieldErrors<QuestionnaireValues>(failure, FIELDS, form.setError))
            setServerErrors((n) => n + 1)
        },
      },
    )
  })
  // Errors the fields show themselves (a 422) are not repeated as a notice.
  const placed =
    isApiError(send.error) && send.error.fieldErrors.some((e) => FIELDS.some((field) => field === e.path[0]))

  const consumptionLabel = (value: (typeof MONTHLY_CONSUMPTION)[number]) => {
    const [from, to] = CONSUMPTION_BOUNDS[value]
    if (from === null && to !== null) return t('partnership.q.consumption.below', { amount: formatMoney(to) })
    if (to === null && from !== null)
      return t('partnership.q.consumption.above', { amount: formatMoney(from) })
    return t('partnership.q.consumption.between', { from: formatMoney(from ?? 0), to: formatMoney(to ?? 0) })
  }

  return (
    <>
      <p>
        <Link to="/partnership">{t('partnership.questionnaire.back')}</Link>
      </p>
      <PageHeading hasErrors={summary.length > 0}>{t('partnership.questionnaire.title')}</PageHeading>
      <p className={styles.lead}>{t('partnership.questionnaire.lead', { platform })}</p>
      <ErrorSummary errors={summary} focusKey={form.formState.submitCount + serverErrors} />
      {send.isError && !placed ? (
        <ApiErrorNotice
          error={send.error}
          title={t('partnership.questionnaire.failed')}
          onRetry={() => void submit()}
        />
      ) : null}

      <form noValidate onSubmit={submit} className={styles.form}>
        <section className={styles.section} aria-labelledby="q-company-heading">
          <h2 id="q-company-heading">{t('partnership.q.company')}</h2>
          <Field
            id={FIELD_IDS.companySize}
            label={t('partnership.q.size')}
            hint={t('partnership.q.sizeHint')}
            error={error('companySize')}
          >
            <select className={styles.select} {...form.register('companySize')}>
              <option value="">{t('partnership.q.select')}</option>
              {COMPANY_SIZES.map((size) => (
                <option key={size} value={size}>
                  {t(`partnership.q.size.${size}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id={FIELD_IDS.certifiedEngineers}
            label={t('partnership.q.engineers', { platform })}
            hint={t('partnership.q.engineersHint', { platform })}
            error={error('certifiedEngineers')}
          >
            <input
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className={styles.shortInput}
              {...form.register('certifiedEngineers')}
            />
          </Field>
          <Field
            id={FIELD_IDS.website}
            label={t('partnership.q.website')}
            hint={t('partnership.q.websiteHint')}
            error={error('website')}
          >
            <input
              type="url"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              {...form.register('website')}
            />
          </Field>
        </section>

        <section className={styles.section} aria-labelledby="q-expertise-heading">
          <h2 id="q-expertise-heading">{t('partnership.q.expertiseSection')}</h2>
          <ChoiceGroup
            id="q-expertise"
            type="checkbox"
            name="expertise"
            legend={t('partnership.q.expertise')}
            hint={t('partnership.q.expertiseHint')}
            error={error('expertise')}
            choices={SPECIALIZATIONS.map((value) => ({
              value,
              label: t(`partnership.q.expertise.${value}`),
              hint: t(`partnership.q.expertise.${value}.hint`),
            }))}
            value={values.expertise}
            onChange={setList('expertise')}
          />
          <ChoiceGroup
            id="q-other-clouds"
            type="checkbox"
            name="otherClouds"
            legend={t('partnership.q.otherClouds')}
            hint={t('partnership.q.otherCloudsHint', { platform })}
            error={error('otherClouds')}
            columns
            choices={OTHER_CLOUDS.map((value) => ({
              value,
              label: t(`partnership.q.cloud.${value}`, { platform }),
            }))}
            value={values.otherClouds}
            onChange={setList('otherClouds')}
          />
        </section>

        <section className={styles.section} aria-labelledby="q-customers-heading">
          <h2 id="q-customers-heading">{t('partnership.q.customersSection')}</h2>
          <ChoiceGroup
            id="q-industries"
            type="checkbox"
            name="industries"
            legend={t('partnership.q.industries')}
            hint={t('partnership.q.chooseAll')}
            error={error('industries')}
            columns
            choices={INDUSTRIES.map((value) => ({ value, label: t(`partnership.q.industry.${value}`) }))}
            value={values.industries}
            onChange={setList('industries')}
          />
          <ChoiceGroup
            id="q-customers"
            type="checkbox"
            name="customers"
            legend={t('partnership.q.customers')}
            hint={t('partnership.q.chooseAll')}
            error={error('customers')}
            choices={CUSTOMER_SEGMENTS.map((value) => ({
              value,
              label: t(`partnership.q.customer.${value}`),
            }))}
            value={values.customers}
            onChange={setList('customers')}
          />
          <ChoiceGroup
            id="q-regions"
            type="checkbox"
            name="regions"
            legend={t('partnership.q.regions')}
            hint={t('partnership.q.regionsHint')}
            error={error('regions')}
            columns
            choices={REGIONS.map((value) => ({ value, label: t(`partnership.q.region.${value}`) }))}
            value={values.regions}
            onChange={setList('regions')}
          />
          <ChoiceGroup
            id="q-consumption"
            type="radio"
            name="monthlyConsumption"
            legend={t('partnership.q.consumption', { platform })}
            hint={t('partnership.q.consumptionHint')}
            error={error('monthlyConsumption')}
            choices={MONTHLY_CONSUMPTION.map((value) => ({ value, label: consumptionLabel(value) }))}
            value={values.monthlyConsumption}
            onChange={(value) =>
              form.setValue('monthlyConsumption', String(value), {
                shouldDirty: true,
                shouldValidate: isSubmitted,
              })
            }
          />
        </section>

        <section className={styles.section} aria-labelledby="q-more-heading">
          <h2 id="q-more-heading">{t('partnership.q.more')}</h2>
          <Field
            id={FIELD_IDS.comment}
            label={t('partnership.q.comment')}
            hint={t('partnership.q.commentHint')}
            error={error('comment')}
          >
            <textarea rows={4} {...form.register('comment')} />
          </Field>
        </section>

        <div className={styles.actions}>
          <button type="submit" className={buttonClass('primary')} disabled={send.isPending}>
            {send.isPending ? t('partnership.questionnaire.sending') : t('partnership.questionnaire.send')}
          </button>
          <AutosaveStatus
            status={autosave.status}
            savedAt={autosave.savedAt}
            onRetry={() => void autosave.flush()}
          />
        </div>
      </form>
    </>
  )
}
