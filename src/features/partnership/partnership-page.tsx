import { zodResolver } from '@hookform/resolvers/zod'
import { useQuery } from '@tanstack/react-query'
import { useMemo, useRef, useState } from 'react'
import { type Resolver, useForm } from 'react-hook-form'
import { Navigate, useNavigate } from 'react-router'
import type { Application, PartnershipType, TaxationType } from '@/api/contract'
import { ApiErrorNotice } from '@/components/api-error-notice'
import { AutosaveStatus } from '@/components/autosave-status'
import { buttonClass } from '@/components/button'
import { ErrorSummary } from '@/components/error-summary'
import { PageHeading } from '@/components/page-heading'
import { usePageLoadState } from '@/components/page-load-state'
import { config } from '@/config'
import { companyKindOf, taxationAllowed } from '@/domain/taxation'
import { billingAccountQuery } from '@/features/billing/api'
import { useProgramSettings } from '@/features/program/api'
import { ReferralClosedNotice } from '@/features/program/referral-notice'
import { applyServerFieldErrors, fieldError, summaryErrors } from '@/lib/form-errors'
import { useMessages } from '@/lib/i18n'
import { checkIdentifier, normalizeIdentifier } from '@/lib/identifiers'
import { clearBackup, readBackup, useAutosave } from '@/lib/use-autosave'
import {
  bankQuery,
  useCurrentApplication,
  useSaveBankDetails,
  useSavePartnershipDraft,
  useSaveVideoProgress,
  useSetPartnership,
} from './api'
import { BANK_FIELD_IDS, BankDetailsSection } from './bank-details'
import { ChoiceGroup, firstChoiceId } from './choice-group'
import { type ChoiceContext, type ChoiceValues, choiceSchema } from './choice-schema'
import { InformationVideo, VIDEO_ELEMENT_ID } from './information-video'
import { PARTNERSHIP_TYPES, TAXATION_TYPES, VAT_NOTE } from './options'
import styles from './partnership.module.css'
import { useVideoGate } from './use-video-gate'

type ChoiceOutput = {
  types: PartnershipType[]
  taxation: TaxationType
  bik: string
  settlementAccount: string
}
type ChoiceDraft = { types: PartnershipType[]; taxation: TaxationType | null }

export const QUESTIONNAIRE_PATH = '/partnership/questionnaire'

/** Step 4, first page: the information video, the partnership types and the taxation type. */
export function PartnershipPage() {
  const { t } = useMessages('partnership', 'forms', 'common')
  const { application, session } = useCurrentApplication()
  const settings = useProgramSettings()

  const loadState = usePageLoadState({
    title: t('partnership.title'),
    failedTitle: t('partnership.loadFailed'),
    queries: [session, application, settings],
  })
  if (loadState || !settings.data) return loadState
  // The route guard lets only a sent application here; anything else goes back to step 3.
  if (!application.data || application.data.status === 'draft') return <Navigate to="/application" replace />
  return (
    <ChoiceForm
      key={application.data.id}
      application={application.data}
      referralOpen={settings.data.referralProgramOpen}
    />
  )
}

const FIELD_IDS = {
  types: firstChoiceId('types', PARTNERSHIP_TYPES),
  bik: BANK_FIELD_IDS.bik,
  settlementAccount: BANK_FIELD_IDS.settlementAccount,
  taxation: firstChoiceId('taxation', TAXATION_TYPES),
} as const

/** What each field says when it is left empty (the contract's codes are general). */
const MISSING = { types: 'partnership.types.missing', taxation: 'partnership.taxation.missing' }

function ChoiceForm({ application, referralOpen }: { application: Application; referralOpen: boolean }) {
  const { t } = useMessages('partnership', 'forms', 'common')
  const navigate = useNavigate()
  const platform = config.platformName
  const saveVideo = useSaveVideoProgress(application.id)
  const gate = useVideoGate({
    applicationId: application.id,
    initial: application.video,
    save: (progress) => saveVideo.mutateAsync(progress),
  })
  const account = useQuery({
    ...billingAccountQuery(application.organizationId, application.billingAccountId ?? ''),
    enabled: application.billingAccountId !== null,
  })
  const companyKind = companyKindOf(application.company, account.data?.company?.tin)
  const bankOnFile = account.data?.bankDetails ?? application.bankDetails ?? null
  const [editingBank, setEditingBank] = useState(false)
  const saveBank = useSaveBankDetails(application)
  const setPartnership = useSetPartnership(application.id)
  const saveDraft = useSavePartnershipDraft(application.id)
  /** Server refusals put on fields: with each submit, they move focus to the error summary. */
  const [serverErrors, setServerErrors] = useState(0)
  const [busy, setBusy] = useState(false)
  /** A request that failed as a whole ('video' when the video progress could not be saved). */
  const [failure, setFailure] = useState<unknown>(null)

  const backupKey = `partnership.${application.id}.choice`
  const serverDraft: ChoiceDraft = application.partnership ?? application.partnershipDraft
  // The form starts once from the local copy (not yet on the server) or the server's draft.
  const [defaults] = useState<ChoiceValues>(() => {
    const draft = readBackup<ChoiceDraft>(backupKey) ?? serverDraft
    return {
      types: draft.types.filter((type) => type !== 'referral' || referralOpen),
      taxation: draft.taxation ?? '',
      bik: '',
      settlementAccount: '',
    }
  })

  // The schema reads the page's current state through a ref: the resolver is created once.
  const context = useRef<ChoiceContext>(null as unknown as ChoiceContext)
  const resolver = useMemo<Resolver<ChoiceValues, unknown, ChoiceOutput>>(
    () => (values, ctx, options) =>
      (
        zodResolver(choiceSchema(context.current)) as unknown as Resolver<ChoiceValues, unknown, ChoiceOutput>
      )(values, ctx, options),
    [],
  )
  const form = useForm<ChoiceValues, unknown, ChoiceOutput>({
    defaultValues: defaults,
    resolver,
    // The error summary takes focus, not the first field (react-hook-form would steal it back).
    shouldFocusError: false,
  })
  const { errors, isSubmitted } = form.formState
  const types = form.watch('types')
  const taxation = form.watch('taxation')
  const referralChosen = types.includes('referral')
  const bankEntry = referralOpen && referralChosen && (!bankOnFile || editingBank)

  const bik = normalizeIdentifier(form.watch('bik'))
  const bikComplete = bankEntry && checkIdentifier('bik', bik) === null
  const bank = useQuery({ ...bankQuery(bik), enabled: bikComplete })

  context.current = {
    watched: gate.watched,
    referralOpen,
    bankEntry,
    bankStatus: (value) => {
      if (value !== bik || bank.isPending) return 'pending'
      return bank.isError ? 'unknown' : 'found'
    },
    companyKind,
  }

  const autosave = useAutosave<ChoiceDraft>({
    value: { types, taxation: taxation || null },
    initial: { types: serverDraft.types, taxation: serverDraft.taxation },
    save: (draft) => saveDraft(draft),
    backupKey,
  })

  const summary = summaryErrors<ChoiceValues>(
    errors,
    { ...FIELD_IDS, types: gate.watched ? FIELD_IDS.types : VIDEO_ELEMENT_ID },
    t,
    MISSING,
  )

  const submit = form.handleSubmit(async (values) => {
    if (busy) return
    setBusy(true)
    setFailure(null)
    try {
      // The server must know the video was watched before it accepts the types.
      if (!(await gate.flush())) {
        setFailure('video')
        return
      }
      if (bankEntry) {
        try {
          await saveBank.mutateAsync({
            bik,
            settlementAccount: normalizeIdentifier(values.settlementAccount),
          })
          setEditingBank(false)
        } catch (error) {
          if (applyServerFieldErrors<ChoiceValues>(error, ['bik', 'settlementAccount'], form.setError))
            setServerErrors((n) => n + 1)
          else setFailure(error)
          return
        }
      }
      try {
        await setPartnership.mutateAsync({ types: values.types, taxation: values.taxation })
      } catch (error) {
        if (applyServerFieldErrors<ChoiceValues>(error, ['types', 'taxation'], form.setError))
          setServerErrors((n) => n + 1)
        else setFailure(error)
        return
      }
      await autosave.flush()
      clearBackup(backupKey)
      navigate(QUESTIONNAIRE_PATH)
    } finally {
      setBusy(false)
    }
  })

  const typeChoices = PARTNERSHIP_TYPES.map((type) => {
    const closed = type === 'referral' && !referralOpen
    return {
      value: type,
      label: t(`partnership.types.${type}`),
      hint: (
        <>
          {t(`partnership.types.${type}.description`, { platform })}
          {type === 'referral' && referralOpen ? (
            <span className={styles.note}> {t('partnership.types.referral.bankNote')}</span>
          ) : null}
        </>
      ),
      disabled: !gate.watched || closed,
      disabledReason: closed ? t('partnership.types.referral.closedReason') : undefined,
    }
  })

  const taxationChoices = TAXATION_TYPES.map((type) => {
    const unavailable = !taxationAllowed(type, companyKind)
    return {
      value: type,
      label: t(`partnership.taxation.${type}`),
      hint: t(`partnership.taxation.vat.${VAT_NOTE[type]}`),
      disabled: unavailable,
      disabledReason: unavailable ? t('partnership.taxation.psnUnavailable') : undefined,
    }
  })

  return (
    <>
      <PageHeading hasErrors={summary.length > 0}>{t('partnership.title')}</PageHeading>
      <p className={styles.lead}>{t('partnership.lead', { platform })}</p>
      <ErrorSummary errors={summary} focusKey={form.formState.submitCount + serverErrors} />
      {failure ? (
        <ApiErrorNotice
          error={failure === 'video' ? saveVideo.error : failure}
          title={failure === 'video' ? t('partnership.video.saveFailed') : t('partnership.saveFailed')}
          onRetry={() => void submit()}
        />
      ) : null}

      <InformationVideo gate={gate} />

      <form noValidate onSubmit={submit} className={styles.form}>
        <ChoiceGroup
          id="types"
          type="checkbox"
          name="types"
          legend={t('partnership.types.legend')}
          legendHeading={2}
          hint={gate.watched ? t('partnership.types.hint') : undefined}
          describedBy={gate.watched ? undefined : 'types-locked'}
          error={fieldError(errors, 'types', t, MISSING)}
          choices={typeChoices}
          value={types}
          onChange={(value) =>
            form.setValue('types', value as PartnershipType[], {
              shouldDirty: true,
              shouldValidate: isSubmitted,
            })
          }
          intro={
            <>
              {!gate.watched ? (
                <p id="types-locked" className={styles.locked}>
                  {t('partnership.types.locked')}
                </p>
              ) : null}
              {!referralOpen ? <ReferralClosedNotice headingLevel={3} /> : null}
            </>
          }
        >
          {referralOpen && referralChosen ? (
            <BankDetailsSection
              onFile={bankOnFile}
              editing={bankEntry}
              onEdit={() => {
                setEditingBank(true)
                form.setValue('bik', bankOnFile?.bik ?? '')
                form.setValue('settlementAccount', bankOnFile?.settlementAccount ?? '')
              }}
              onCancelEdit={() => {
                setEditingBank(false)
                form.clearErrors(['bik', 'settlementAccount'])
              }}
              billingAccountName={account.data?.name ?? null}
              bik={form.register('bik')}
              settlementAccount={form.register('settlementAccount')}
              errors={{
                bik: fieldError(errors, 'bik', t),
                settlementAccount: fieldError(errors, 'settlementAccount', t),
              }}
              lookup={bank}
              lookupEnabled={bikComplete}
            />
          ) : null}
        </ChoiceGroup>

        <ChoiceGroup
          id="taxation"
          type="radio"
          name="taxation"
          legend={t('partnership.taxation.legend')}
          legendHeading={2}
          hint={t('partnership.taxation.hint')}
          error={fieldError(errors, 'taxation', t, MISSING)}
          choices={taxationChoices}
          value={taxation}
          onChange={(value) =>
            form.setValue('taxation', value as TaxationType, {
              shouldDirty: true,
              shouldValidate: isSubmitted,
            })
          }
        />

        <div className={styles.actions}>
          <button type="submit" className={buttonClass('primary')} disabled={busy}>
            {busy ? t('common.status.saving') : t('partnership.continue')}
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
