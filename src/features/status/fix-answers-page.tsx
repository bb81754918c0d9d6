import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Link, useLocation, useNavigate } from 'react-router'
import { z } from 'zod'
import {
  type Application,
  Contacts,
  type InformationRequest,
  Questionnaire,
  REQUESTABLE_FIELDS,
  type RequestableField,
  type ResubmitApplicationRequest,
} from '@/api/contract'
import { errorCode } from '@/api/messages'
import { PATHS } from '@/api/paths'
import { Field } from '@/components/field'
import { type FieldSpecs, FormActions, FormProblems, usePageForm } from '@/components/form'
import { Notice } from '@/components/notice'
import { PageHeading } from '@/components/page-heading'
import { config } from '@/config'
import { sessionQuery } from '@/features/session'
import { formatDateTime } from '@/lib/format'
import { useMessages } from '@/lib/i18n'
import { applicationStatusQuery, useResubmit } from './api'
import type { ConfirmationState } from './confirmation-page'
import { FIELD_LABEL, fixAnchor } from './fields'
import styles from './status.module.css'

type FixValues = {
  contacts: { name: string; position: string; email: string; phone: string }
  questionnaire: { website: string; certifiedEngineers: string; comment: string }
}

/** The form's schema: only the fields asked for (the rest is stripped, as the server refuses it). */
function fixSchema(fields: readonly RequestableField[]): z.ZodType<ResubmitApplicationRequest, FixValues> {
  const contacts: Record<string, z.ZodType> = {}
  const questionnaire: Record<string, z.ZodType> = {}
  for (const field of fields) {
    const [section, name] = field.split('.') as ['contacts' | 'questionnaire', string]
    if (section === 'contacts') contacts[name] = Contacts.shape[name as keyof typeof Contacts.shape]
    else if (name === 'certifiedEngineers')
      questionnaire[name] = z
        .string()
        .trim()
        .min(1, errorCode('required'))
        .regex(/^\d+$/, errorCode('wholeNumber'))
        .transform(Number)
        .pipe(Questionnaire.shape.certifiedEngineers)
    else questionnaire[name] = Questionnaire.shape[name as 'website' | 'comment']
  }
  return z.object({
    ...(Object.keys(contacts).length > 0 ? { contacts: z.object(contacts) } : {}),
    ...(Object.keys(questionnaire).length > 0 ? { questionnaire: z.object(questionnaire) } : {}),
  }) as unknown as z.ZodType<ResubmitApplicationRequest, FixValues>
}

function valuesOf(application: Application): FixValues {
  return {
    contacts: {
      name: application.contacts?.name ?? '',
      position: application.contacts?.position ?? '',
      email: application.contacts?.email ?? '',
      phone: application.contacts?.phone ?? '',
    },
    questionnaire: {
      website: application.questionnaire?.website ?? '',
      certifiedEngineers: String(application.questionnaire?.certifiedEngineers ?? ''),
      comment: application.questionnaire?.comment ?? '',
    },
  }
}

/**
 * Information needed: the manager's message, the answers asked about as fields (marked), the rest
 * locked and shown as sent; Send again returns the application to review. What is typed is kept in
 * this tab until it is sent, so a reload or a failed request loses nothing.
 */
export function FixAnswersPage() {
  const session = useSuspenseQuery(sessionQuery()).data
  if (!session?.organizationId) return null
  return <FixAnswers organizationId={session.organizationId} />
}

function FixAnswers({ organizationId }: { organizationId: string }) {
  const { t } = useMessages('status', 'forms')
  const application = useSuspenseQuery(applicationStatusQuery(organizationId)).data
  const open = application?.informationRequests.at(-1)
  if (application?.status !== 'information_needed' || !open || open.answeredAt) {
    return (
      <>
        <PageHeading>{t('status.fix.title')}</PageHeading>
        <Notice tone="info">
          <p>{t('status.fix.nothing')}</p>
        </Notice>
        <p>
          <Link to={PATHS.confirmation}>{t('status.fix.back')}</Link>
        </p>
      </>
    )
  }
  return <FixForm organizationId={organizationId} application={application} request={open} />
}

function FixForm({
  organizationId,
  application,
  request,
}: {
  organizationId: string
  application: Application
  request: InformationRequest
}) {
  const { t } = useMessages('status', 'forms')
  const navigate = useNavigate()
  const location = useLocation()
  const resubmit = useResubmit(organizationId)
  const asked = new Set(request.fields)
  const fields: FieldSpecs<FixValues> = Object.fromEntries(
    request.fields.map((field) => [field, { id: fixAnchor(field), label: t(FIELD_LABEL[field]) }]),
  )
  const form = usePageForm<FixValues, ResubmitApplicationRequest>({
    schema: fixSchema(request.fields),
    defaultValues: valuesOf(application),
    fields,
    t,
    keep: { key: `fix-answers.${application.id}.${request.round}` },
    onSubmit: async (body, { idempotencyKey }) => {
      await resubmit(application, body, idempotencyKey)
      navigate(PATHS.confirmation, { state: { resubmitted: true } satisfies ConfirmationState })
    },
  })

  // A link from the confirmation names a field (#fix-contacts-phone): take the user to it.
  useEffect(() => {
    const id = location.hash.slice(1)
    if (!id) return
    const control = document.getElementById(id)
    control?.focus()
    control?.scrollIntoView?.({ block: 'center' })
  }, [location.hash])

  const input = (
    field: RequestableField,
    props: { type?: string; inputMode?: 'numeric'; autoComplete?: string },
  ) => {
    const name = field as 'contacts.name'
    return (
      <Field key={field} {...form.field(name)} hint={t('status.answers.needsChange')}>
        <input {...props} {...form.register(name)} />
      </Field>
    )
  }
  const locked = REQUESTABLE_FIELDS.filter((field) => !asked.has(field))
  const current = valuesOf(application)
  const lockedValue = (field: RequestableField) => {
    const [section, name] = field.split('.') as ['contacts' | 'questionnaire', string]
    const value = (current[section] as Record<string, string>)[name] ?? ''
    return value || t('status.answers.none')
  }

  return (
    <div className={styles.page}>
      <PageHeading hasErrors={form.hasErrors}>{t('status.fix.title')}</PageHeading>
      <p className={styles.lead}>{t('status.fix.lead')}</p>
      <Notice tone="warning" title={t('status.infoNeeded.message')}>
        <blockquote className={styles.message}>{request.message}</blockquote>
        <p className={styles.muted}>
          {t('status.fix.requestedAt', { date: formatDateTime(request.requestedAt), round: request.round })}
        </p>
      </Notice>
      <FormProblems form={form} failedTitle={t('status.fix.failed')} />
      <form noValidate onSubmit={form.submit} className={styles.form}>
        {asked.has('contacts.name') ? input('contacts.name', { autoComplete: 'name' }) : null}
        {asked.has('contacts.position')
          ? input('contacts.position', { autoComplete: 'organization-title' })
          : null}
        {asked.has('contacts.email')
          ? input('contacts.email', { type: 'email', autoComplete: 'email' })
          : null}
        {asked.has('contacts.phone') ? input('contacts.phone', { type: 'tel', autoComplete: 'tel' }) : null}
        {asked.has('questionnaire.website')
          ? input('questionnaire.website', { type: 'url', autoComplete: 'url' })
          : null}
        {asked.has('questionnaire.certifiedEngineers')
          ? input('questionnaire.certifiedEngineers', { inputMode: 'numeric' })
          : null}
        {asked.has('questionnaire.comment') ? (
          <Field {...form.field('questionnaire.comment')} hint={t('status.answers.needsChange')}>
            <textarea rows={4} {...form.register('questionnaire.comment')} />
          </Field>
        ) : null}
        <FormActions form={form} submitLabel={t('status.fix.send')} pendingLabel={t('status.fix.sending')}>
          <Link to={PATHS.confirmation} className={styles.backLink}>
            {t('status.fix.back')}
          </Link>
        </FormActions>
      </form>
      <section aria-labelledby="locked-heading" className={styles.section}>
        <h2 id="locked-heading">{t('status.fix.locked')}</h2>
        <p>{t('status.fix.lockedLead', { platform: config.platformName })}</p>
        <dl className={styles.summary}>
          {locked.map((field) => (
            <div key={field}>
              <dt>{t(FIELD_LABEL[field])}</dt>
              <dd>{lockedValue(field)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  )
}
