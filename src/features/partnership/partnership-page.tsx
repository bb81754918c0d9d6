import { useSuspenseQuery } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { Navigate, useNavigate } from 'react-router'
import type { Application, PartnershipType, TaxationType } from '@/api/contract'
import { PATHS } from '@/api/paths'
import { ChoiceGroup } from '@/components/form/choice-group'
import { FormActions } from '@/components/form/form-actions'
import { FormProblems } from '@/components/form/form-problems'
import { usePageForm } from '@/components/form/use-page-form'
import { useBankLookup } from '@/components/identifiers/bank-lookup'
import { StepIntro } from '@/components/step-intro'
import { config } from '@/config'
import { PROGRAM_TERMS } from '@/domain/program-terms'
import { companyKindOf, taxationAllowed } from '@/domain/taxation'
import { billingAccountsQuery } from '@/features/billing'
import { programSettingsQuery, ReferralClosedNotice } from '@/features/program'
import { useSession } from '@/features/session'
import { useMessages } from '@/lib/i18n'
import { normalizeIdentifier } from '@/lib/identifiers'
import { readBackup } from '@/lib/use-autosave'
import {
  useCurrentApplication,
  useSaveBankDetails,
  useSavePartnershipDraft,
  useSaveVideoProgress,
  useSetPartnership,
} from './api'
import { BANK_FIELD_IDS, BankDetailsSection } from './bank-details'
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

/** Step 4, first page: the information video, the partnership types and the taxation type. */
export function PartnershipPage() {
  // Nobody signed in or no organization chosen: the step's guard sends the visitor where they belong.
  const organizationId = useSession()?.organizationId
  return organizationId ? <Partnership organizationId={organizationId} /> : null
}

function Partnership({ organizationId }: { organizationId: string }) {
  const application = useCurrentApplication(organizationId)
  const settings = useSuspenseQuery(programSettingsQuery()).data
  // The route guard lets only a sent application here; anything else goes back to step 3.
  if (!application || application.status === 'draft') return <Navigate to={PATHS.application} replace />
  return (
    <ChoiceForm key={application.id} application={application} referralOpen={settings.referralProgramOpen} />
  )
}

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
  const accounts = useSuspenseQuery(billingAccountsQuery(application.organizationId)).data
  const account = accounts.find((candidate) => candidate.id === application.billingAccountId) ?? null
  const companyKind = companyKindOf(application.company, account?.company?.tin)
  const bankOnFile = account?.bankDetails ?? application.bankDetails ?? null
  const [editingBank, setEditingBank] = useState(false)
  const saveBank = useSaveBankDetails(application)
  const setPartnership = useSetPartnership(application.id)
  const saveDraft = useSavePartnershipDraft(application.id)
  /** The last failure was saving the video's progress (it has its own title). */
  const [videoFailed, setVideoFailed] = useState(false)

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

  // The schema reads the page's current state (the video, the bank directory's answer) at each check.
  const context = useRef<ChoiceContext | null>(null)
  const form = usePageForm<ChoiceValues, ChoiceOutput, ChoiceDraft>({
    schema: () => choiceSchema(context.current as ChoiceContext) as never,
    defaultValues: defaults,
    fields: {
      types: {
        id: 'types',
        label: t('partnership.types.legend'),
        choices: PARTNERSHIP_TYPES,
        missing: 'partnership.types.missing',
        // Until the video is watched, the way to fix it is the video.
        link: gate.watched ? undefined : VIDEO_ELEMENT_ID,
      },
      bik: { id: BANK_FIELD_IDS.bik, label: t('forms.bank.bik') },
      settlementAccount: { id: BANK_FIELD_IDS.settlementAccount, label: t('forms.bank.settlementAccount') },
      taxation: {
        id: 'taxation',
        label: t('partnership.taxation.legend'),
        choices: TAXATION_TYPES,
        missing: 'partnership.taxation.missing',
      },
    },
    labelsInSummary: false,
    t,
    autosave: {
      draft: (values) => ({ types: values.types, taxation: values.taxation || null }),
      initial: { types: serverDraft.types, taxation: serverDraft.taxation },
      // Only what changed, with the version it is based on: a save after another tab's gets a 409
      // and the page offers both versions (as on the questionnaire).
      save: (_draft, { changes, version }) => saveDraft({ ...changes, version }),
      backupKey,
      version: application.version,
      fromServer: (current) => {
        const draft = current.partnership ?? current.partnershipDraft
        return { types: draft.types, taxation: draft.taxation }
      },
      onTakeTheirs: (draft) =>
        form.reset({
          ...form.getValues(),
          types: draft.types.filter((type) => type !== 'referral' || referralOpen),
          taxation: draft.taxation ?? '',
        }),
    },
    onSubmit: async (values) => {
      setVideoFailed(false)
      // The server must know the video was watched before it accepts the types.
      if (!(await gate.flush())) {
        setVideoFailed(true)
        throw saveVideo.error ?? new Error('video progress not saved')
      }
      if (bankEntry) {
        await saveBank.mutateAsync({
          bik: bank.bik,
          settlementAccount: normalizeIdentifier(values.settlementAccount),
        })
        setEditingBank(false)
      }
      await setPartnership.mutateAsync({ types: values.types, taxation: values.taxation })
      await form.autosave?.flush()
      navigate(PATHS.questionnaire)
    },
  })
  const { types } = form.watch()
  const referralChosen = types.includes('referral')
  const bankEntry = referralOpen && referralChosen && (!bankOnFile || editingBank)

  // The bank directory is asked only once the BIK typed so far is complete.
  const bank = useBankLookup(form.watch('bik'), bankEntry)

  context.current = {
    watched: gate.watched,
    referralOpen,
    bankEntry,
    bankStatus: (value) => {
      if (value !== bank.bik || bank.query.isPending) return 'pending'
      return bank.query.isError ? 'unknown' : 'found'
    },
    companyKind,
  }

  const typeChoices = PARTNERSHIP_TYPES.map((type) => {
    const closed = type === 'referral' && !referralOpen
    return {
      value: type,
      label: t(`partnership.types.${type}`),
      hint: (
        <>
          {t(`partnership.types.${type}.description`, {
            platform,
            commission: PROGRAM_TERMS.referral.commissionPercent,
          })}
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
      // Rates from the program's terms (src/domain/program-terms.ts), one place to keep them current.
      hint: t(`partnership.taxation.vat.${VAT_NOTE[type]}`, {
        general: PROGRAM_TERMS.vat.generalRatePercent,
        low: PROGRAM_TERMS.vat.simplifiedRatesPercent[0],
        high: PROGRAM_TERMS.vat.simplifiedRatesPercent[1],
      }),
      disabled: unavailable,
      disabledReason: unavailable ? t('partnership.taxation.psnUnavailable') : undefined,
    }
  })

  return (
    <>
      <StepIntro step="partnership" hasErrors={form.hasErrors} />
      <FormProblems
        form={form}
        failedTitle={videoFailed ? t('partnership.video.saveFailed') : t('partnership.saveFailed')}
      />

      <InformationVideo gate={gate} />

      <form noValidate onSubmit={form.submit} className={styles.form}>
        <ChoiceGroup
          {...form.group('types')}
          type="checkbox"
          legendHeading={2}
          hint={gate.watched ? t('partnership.types.hint') : undefined}
          describedBy={gate.watched ? undefined : 'types-locked'}
          choices={typeChoices}
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
              billingAccountName={account?.name ?? null}
              fields={{
                lookup: bank,
                bik: form.field('bik'),
                bikInput: form.register('bik'),
                settlementAccount: form.field('settlementAccount'),
                settlementAccountInput: form.register('settlementAccount'),
              }}
            />
          ) : null}
        </ChoiceGroup>

        <ChoiceGroup
          {...form.group('taxation')}
          type="radio"
          legendHeading={2}
          hint={t('partnership.taxation.hint')}
          choices={taxationChoices}
        />

        <FormActions
          form={form}
          submitLabel={t('partnership.continue')}
          pendingLabel={t('common.status.saving')}
        />
      </form>
    </>
  )
}
