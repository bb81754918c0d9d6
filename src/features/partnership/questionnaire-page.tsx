import { useMemo, useState } from 'react'
import { Link, Navigate, useNavigate } from 'react-router'
import type { Application, Questionnaire as QuestionnaireAnswers } from '@/api/contract'
import { PATHS } from '@/api/paths'
import { Field } from '@/components/field'
import { ChoiceGroup } from '@/components/form/choice-group'
import { FormActions } from '@/components/form/form-actions'
import { FormProblems } from '@/components/form/form-problems'
import { usePageForm } from '@/components/form/use-page-form'
import { PageHeading } from '@/components/page-heading'
import { config } from '@/config'
import { useSession } from '@/features/session'
import { formatMoney } from '@/lib/format'
import { useMessages } from '@/lib/i18n'
import { readBackup } from '@/lib/use-autosave'
import { useCurrentApplication, useSavePartnershipDraft, useSubmitQuestionnaire } from './api'
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

/** Step 4, second page: the questionnaire about the company's profile; Send moves on to step 5. */
export function QuestionnairePage() {
  // Nobody signed in or no organization chosen: the step's guard sends the visitor where they belong.
  const organizationId = useSession()?.organizationId
  return organizationId ? <Questionnaire organizationId={organizationId} /> : null
}

function Questionnaire({ organizationId }: { organizationId: string }) {
  const application = useCurrentApplication(organizationId)
  // The questionnaire comes after the partnership type and taxation type.
  if (!application?.partnership) return <Navigate to={PATHS.partnership} replace />
  return <QuestionnaireFormPage key={application.id} application={application} />
}

function QuestionnaireFormPage({ application }: { application: Application }) {
  const { t } = useMessages('partnership', 'forms', 'common')
  const navigate = useNavigate()
  const platform = config.platformName
  const saveDraft = useSavePartnershipDraft(application.id)
  const send = useSubmitQuestionnaire(application.id)

  const backupKey = `partnership.${application.id}.questionnaire`
  const serverDraft = Object.keys(application.partnershipDraft.questionnaire).length
    ? application.partnershipDraft.questionnaire
    : application.questionnaire
  const serverValues = useMemo(() => questionnaireValuesFrom(serverDraft), [serverDraft])
  // The form starts once from the local copy (not yet on the server) or the server's draft.
  const [defaults] = useState(() => questionnaireValuesFrom(readBackup<unknown>(backupKey) ?? serverValues))
  const form = usePageForm<QuestionnaireValues, QuestionnaireAnswers, QuestionnaireValues>({
    schema: QuestionnaireForm as never,
    defaultValues: defaults,
    // Each field once, in the order of the page; every message names its field.
    fields: {
      companySize: {
        id: 'q-company-size',
        label: t('partnership.q.size'),
        missing: 'partnership.q.missing.companySize',
      },
      certifiedEngineers: {
        id: 'q-certified-engineers',
        label: t('partnership.q.engineers', { platform }),
        missing: 'partnership.q.missing.certifiedEngineers',
      },
      website: { id: 'q-website', label: t('partnership.q.website') },
      expertise: {
        id: 'q-expertise',
        label: t('partnership.q.expertise'),
        choices: SPECIALIZATIONS,
        missing: 'partnership.q.missing.expertise',
      },
      otherClouds: { id: 'q-other-clouds', label: t('partnership.q.otherClouds'), choices: OTHER_CLOUDS },
      industries: {
        id: 'q-industries',
        label: t('partnership.q.industries'),
        choices: INDUSTRIES,
        missing: 'partnership.q.missing.industries',
      },
      customers: {
        id: 'q-customers',
        label: t('partnership.q.customers'),
        choices: CUSTOMER_SEGMENTS,
        missing: 'partnership.q.missing.customers',
      },
      regions: {
        id: 'q-regions',
        label: t('partnership.q.regions'),
        choices: REGIONS,
        missing: 'partnership.q.missing.regions',
      },
      monthlyConsumption: {
        id: 'q-consumption',
        label: t('partnership.q.consumption', { platform }),
        choices: MONTHLY_CONSUMPTION,
        missing: 'partnership.q.missing.monthlyConsumption',
      },
      comment: { id: 'q-comment', label: t('partnership.q.comment') },
    },
    labelsInSummary: false,
    t,
    autosave: {
      draft: (values) => values,
      initial: serverValues,
      // Only the answers that changed, with the version they are based on: the server merges them
      // per answer, and a save after another tab's gets a 409 (the page then offers both versions).
      save: (_values, { changes, version }) => saveDraft({ questionnaire: changes, version }),
      backupKey,
      version: application.version,
      fromServer: (current) => questionnaireValuesFrom(current.partnershipDraft.questionnaire),
      onTakeTheirs: (values) => form.reset(values),
    },
    onSubmit: async (body, { idempotencyKey }) => {
      const sent = await send.mutateAsync({ body, idempotencyKey })
      // Step 5 is done already with a paid account chosen at step 3 (the seed: proceed to the next step).
      navigate(sent.completedSteps.includes('billing') ? PATHS.confirmation : PATHS.billing)
    },
  })
  const values = form.watch()
  // "None" of the other clouds stands alone.
  const otherClouds = form.group('otherClouds')
  const chooseClouds = (next: string | string[]) =>
    form.change('otherClouds', nextOtherClouds(values.otherClouds, Array.isArray(next) ? next : [next]))

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
        <Link to={PATHS.partnership}>{t('partnership.questionnaire.back')}</Link>
      </p>
      <PageHeading hasErrors={form.hasErrors}>{t('partnership.questionnaire.title')}</PageHeading>
      <p className={styles.lead}>{t('partnership.questionnaire.lead', { platform })}</p>
      <FormProblems form={form} failedTitle={t('partnership.questionnaire.failed')} />

      <form noValidate onSubmit={form.submit} className={styles.form}>
        <section className={styles.section} aria-labelledby="q-company-heading">
          <h2 id="q-company-heading">{t('partnership.q.company')}</h2>
          <Field {...form.field('companySize')} hint={t('partnership.q.sizeHint')}>
            <select className={styles.select} {...form.register('companySize')}>
              <option value="">{t('partnership.q.select')}</option>
              {COMPANY_SIZES.map((size) => (
                <option key={size} value={size}>
                  {t(`partnership.q.size.${size}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field {...form.field('certifiedEngineers')} hint={t('partnership.q.engineersHint', { platform })}>
            <input
              type="text"
              inputMode="numeric"
              autoComplete="off"
              className={styles.shortInput}
              {...form.register('certifiedEngineers')}
            />
          </Field>
          <Field {...form.field('website')} hint={t('partnership.q.websiteHint')}>
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
            {...form.group('expertise')}
            type="checkbox"
            hint={t('partnership.q.expertiseHint')}
            choices={SPECIALIZATIONS.map((value) => ({
              value,
              label: t(`partnership.q.expertise.${value}`),
              hint: t(`partnership.q.expertise.${value}.hint`),
            }))}
          />
          <ChoiceGroup
            {...otherClouds}
            type="checkbox"
            hint={t('partnership.q.otherCloudsHint', { platform })}
            columns
            choices={OTHER_CLOUDS.map((value) => ({
              value,
              label: t(`partnership.q.cloud.${value}`, { platform }),
            }))}
            onChange={chooseClouds}
          />
        </section>

        <section className={styles.section} aria-labelledby="q-customers-heading">
          <h2 id="q-customers-heading">{t('partnership.q.customersSection')}</h2>
          <ChoiceGroup
            {...form.group('industries')}
            type="checkbox"
            hint={t('partnership.q.chooseAll')}
            columns
            choices={INDUSTRIES.map((value) => ({ value, label: t(`partnership.q.industry.${value}`) }))}
          />
          <ChoiceGroup
            {...form.group('customers')}
            type="checkbox"
            hint={t('partnership.q.chooseAll')}
            choices={CUSTOMER_SEGMENTS.map((value) => ({
              value,
              label: t(`partnership.q.customer.${value}`),
            }))}
          />
          <ChoiceGroup
            {...form.group('regions')}
            type="checkbox"
            hint={t('partnership.q.regionsHint')}
            columns
            choices={REGIONS.map((value) => ({ value, label: t(`partnership.q.region.${value}`) }))}
          />
          <ChoiceGroup
            {...form.group('monthlyConsumption')}
            type="radio"
            hint={t('partnership.q.consumptionHint')}
            choices={MONTHLY_CONSUMPTION.map((value) => ({ value, label: consumptionLabel(value) }))}
          />
        </section>

        <section className={styles.section} aria-labelledby="q-more-heading">
          <h2 id="q-more-heading">{t('partnership.q.more')}</h2>
          <Field {...form.field('comment')} hint={t('partnership.q.commentHint')}>
            <textarea rows={4} {...form.register('comment')} />
          </Field>
        </section>

        <FormActions
          form={form}
          submitLabel={t('partnership.questionnaire.send')}
          pendingLabel={t('partnership.questionnaire.sending')}
        />
      </form>
    </>
  )
}
