/**
 * Verification of a new billing account: an in-app form standing in for the platform's external
 * verification form. The payer company's details to confirm, the signatory, and a document (PDF,
 * JPEG or PNG up to a stated size: checked here, and again by the server, which also looks at the
 * file's first bytes). Sending it makes the account PENDING; the check completes after a while.
 */
import { useRef, useState } from 'react'
import { Navigate, useNavigate } from 'react-router'
import { z } from 'zod'
import {
  type BillingAccount,
  text,
  VERIFICATION_DOCUMENT_MAX_BYTES,
  VERIFICATION_DOCUMENT_TYPES,
  type VerificationDocument,
} from '@/api/contract'
import { errorCode } from '@/api/messages'
import { PATHS } from '@/api/paths'
import facts from '@/components/details-list.module.css'
import { Field } from '@/components/field'
import { FormActions, FormProblems, usePageForm } from '@/components/form'
import { useMessages } from '@/lib/i18n'
import { useBillingData, useVerifyBillingAccount } from './api'
import styles from './billing.module.css'
import { AccountStatusFacts, BillingPageTop } from './page-top'

const MAX_MB = VERIFICATION_DOCUMENT_MAX_BYTES / (1024 * 1024)

type Values = { signatoryName: string; signatoryPosition: string; document: string; confirm: boolean }

/** The file as the browser sees it: the same rules the server applies to what it receives. */
export function documentProblem(file: File | null): string | null {
  if (!file) return errorCode('required')
  if (!(VERIFICATION_DOCUMENT_TYPES as readonly string[]).includes(file.type))
    return errorCode('billing.documentType')
  if (file.size === 0) return errorCode('billing.documentEmpty')
  if (file.size > VERIFICATION_DOCUMENT_MAX_BYTES)
    return errorCode('billing.documentTooBig', { maxMb: MAX_MB })
  return null
}

function formSchema(file: File | null) {
  return z.object({
    signatoryName: text(150),
    signatoryPosition: text(150),
    // The file itself is outside the form's values (it cannot be kept): checked here at each attempt.
    document: z.string().superRefine((_, ctx) => {
      const problem = documentProblem(file)
      if (problem) ctx.addIssue({ code: 'custom', message: problem })
    }),
    confirm: z.literal(true, errorCode('confirmRequired')),
  })
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })
}

export function VerificationPage() {
  const { application, accounts } = useBillingData()
  const account = accounts.find((candidate) => candidate.id === application?.billingAccountId)
  // Only an account waiting for its documents has anything to verify.
  if (!account || account.verified || account.status !== 'PAYMENT_NOT_CONFIRMED')
    return <Navigate to={PATHS.billing} replace />
  return <VerificationForm key={account.id} account={account} />
}

function VerificationForm({ account }: { account: BillingAccount }) {
  const { t } = useMessages('billing', 'forms', 'common')
  const navigate = useNavigate()
  const verify = useVerifyBillingAccount(account.id)
  const file = useRef<File | null>(null)
  const [chosen, setChosen] = useState<File | null>(null)
  const form = usePageForm<Values, z.output<ReturnType<typeof formSchema>>>({
    schema: () => formSchema(file.current),
    defaultValues: {
      signatoryName: account.company?.headName ?? '',
      signatoryPosition: account.company?.headPosition ?? '',
      document: '',
      confirm: false,
    },
    fields: {
      signatoryName: { id: 'verify-signatory-name', label: t('billing.verify.signatoryName') },
      signatoryPosition: { id: 'verify-signatory-position', label: t('billing.verify.signatoryPosition') },
      document: {
        id: 'verify-document',
        label: t('billing.verify.document'),
        missing: 'billing.verify.documentMissing',
        // A file cannot be kept across a reload: the browser asks for it again.
        secret: true,
      },
      confirm: { id: 'verify-confirm', label: t('billing.verify.confirmLabel') },
    },
    t,
    keep: { key: `billing.${account.id}.verification` },
    fieldOfServerError: (error) => (error.path[0] === 'document' ? 'document' : null),
    onSubmit: async (values, { idempotencyKey }) => {
      const document = file.current
      if (!document) return
      const body = {
        signatoryName: values.signatoryName,
        signatoryPosition: values.signatoryPosition,
        confirm: true as const,
        document: {
          name: document.name.slice(0, 200),
          type: document.type as VerificationDocument['type'],
          size: document.size,
          contentBase64: await readBase64(document),
        },
      }
      await verify.mutateAsync({ body, idempotencyKey })
      navigate(PATHS.billing)
    },
  })
  const company = account.company
  const bank = account.bankDetails

  return (
    <>
      <BillingPageTop
        back={{ to: PATHS.billing, label: t('billing.new.backToStep') }}
        title={t('billing.verify.title')}
        lead={t('billing.verify.lead')}
        hasErrors={form.hasErrors}
      />
      <FormProblems form={form} failedTitle={t('billing.verify.failed')} />
      <section className={styles.card} aria-labelledby="verify-details">
        <h2 id="verify-details">{t('billing.verify.details')}</h2>
        <dl className={facts.list}>
          <AccountStatusFacts account={account} />
          {company ? (
            <>
              <div className={facts.wide}>
                <dt>{t('billing.company.fullName')}</dt>
                <dd>{company.fullName}</dd>
              </div>
              <div>
                <dt>{t('billing.company.tin')}</dt>
                <dd className={styles.number}>{company.tin}</dd>
              </div>
              {company.kpp ? (
                <div>
                  <dt>{t('billing.company.kpp')}</dt>
                  <dd className={styles.number}>{company.kpp}</dd>
                </div>
              ) : null}
              <div>
                <dt>
                  {company.ogrn.length === 15 ? t('billing.company.ogrnip') : t('billing.company.ogrn')}
                </dt>
                <dd className={styles.number}>{company.ogrn}</dd>
              </div>
              <div className={facts.wide}>
                <dt>{t('billing.company.legalAddress')}</dt>
                <dd>{company.legalAddress}</dd>
              </div>
              <div className={facts.wide}>
                <dt>{t('billing.company.postal')}</dt>
                <dd>{`${company.postalCode}, ${company.postalAddress}`}</dd>
              </div>
            </>
          ) : null}
          {bank ? (
            <>
              <div>
                <dt>{t('forms.bank.bankName')}</dt>
                <dd>{bank.bankName}</dd>
              </div>
              <div>
                <dt>{t('forms.bank.bik')}</dt>
                <dd className={styles.number}>{bank.bik}</dd>
              </div>
              <div>
                <dt>{t('forms.bank.settlementAccount')}</dt>
                <dd className={styles.number}>{bank.settlementAccount}</dd>
              </div>
            </>
          ) : null}
        </dl>
      </section>

      <form noValidate onSubmit={form.submit} className={styles.form}>
        <Field {...form.field('signatoryName')}>
          <input type="text" autoComplete="name" maxLength={150} {...form.register('signatoryName')} />
        </Field>
        <Field {...form.field('signatoryPosition')}>
          <input
            type="text"
            autoComplete="organization-title"
            maxLength={150}
            {...form.register('signatoryPosition')}
          />
        </Field>
        <Field {...form.field('document')} hint={t('billing.verify.documentHint', { maxMb: MAX_MB })}>
          <input
            type="file"
            accept={VERIFICATION_DOCUMENT_TYPES.join(',')}
            className={styles.file}
            onChange={(event) => {
              const next = event.target.files?.[0] ?? null
              file.current = next
              setChosen(next)
              form.change('document', next?.name ?? '')
            }}
          />
        </Field>
        {chosen ? (
          <p className={styles.chosen}>
            {t('billing.verify.documentChosen', { name: chosen.name, size: sizeInWords(chosen.size, t) })}
          </p>
        ) : null}
        {form.errorOf('confirm') ? (
          <p id="verify-confirm-error" className={styles.error}>
            {form.errorOf('confirm')}
          </p>
        ) : null}
        <div className={styles.checkbox}>
          <input
            id="verify-confirm"
            type="checkbox"
            aria-invalid={form.errorOf('confirm') ? true : undefined}
            aria-describedby={form.errorOf('confirm') ? 'verify-confirm-error' : undefined}
            {...form.register('confirm')}
          />
          <label htmlFor="verify-confirm">{t('billing.verify.confirm')}</label>
        </div>
        <FormActions
          form={form}
          submitLabel={t('billing.verify.send')}
          pendingLabel={t('billing.verify.sending')}
        />
      </form>
    </>
  )
}

function sizeInWords(bytes: number, t: ReturnType<typeof useMessages>['t']): string {
  if (bytes < 1024) return t('billing.size.bytes', { count: bytes })
  if (bytes < 1024 * 1024) return t('billing.size.kb', { size: Math.round(bytes / 1024) })
  return t('billing.size.mb', { size: (bytes / (1024 * 1024)).toFixed(1) })
}
