/**
 * Seeds for step 5 (the billing account): an application whose step 4 is done, with the billing
 * account in each state the step handles. Used by mocks/scenarios.ts and by tests.
 */
import type { BankDetails, BillingAccount, Questionnaire } from '@/api/contract'
import { settlementPrefix, withControlDigit } from '@/lib/identifiers'
import { db } from './db'
import { INITIAL_GRANT_RUB } from './handlers/billing'
import { nowIso } from './http'
import { completedStepsOf } from './progress'
import { annaSent, ivanSent, seedSentApplication } from './sent-application'

const questionnaire: Questionnaire = {
  companySize: '11-50',
  certifiedEngineers: 2,
  expertise: ['infrastructure', 'devops'],
  industries: ['retail', 'it'],
  customers: ['smb'],
  otherClouds: ['none'],
  monthlyConsumption: '100k-500k',
  website: 'https://petrov-it.ru',
  regions: ['central'],
  comment: '',
}

/** Bank details kept with Ivan's application at step 4 (Sberbank; the account passes its key). */
export const KEPT_BANK_DETAILS: BankDetails = {
  bik: '044525225',
  bankName: 'ПАО Сбербанк',
  correspondentAccount: '30101810400000000225',
  settlementAccount: withControlDigit(settlementPrefix('044525225'), '40802810000000004321'),
}

/** Marks step 4 done on the organization's (sent) application. */
async function finishStep4(
  organizationId: string,
  change: (draft: { bankDetails?: BankDetails | null; partnership: unknown }) => void = () => {},
) {
  const application = db.applications.find((row) => row.organizationId === organizationId)
  if (!application) throw new Error(`no application for ${organizationId}`)
  const at = nowIso()
  await db.applications.update(application.id, (draft) => {
    draft.video = { furthest: 79, watched: true }
    draft.partnership = { types: ['direct'], taxation: 'usn-income' }
    draft.partnershipDraft = { types: ['direct'], taxation: 'usn-income', questionnaire: {} }
    draft.questionnaire = questionnaire
    draft.timeline.push({ status: 'partnership', at })
    change(draft)
    draft.completedSteps = completedStepsOf(draft)
  })
}

/** Anna's qualifying account (Ромашка Софт — основной) still on its trial, with the initial grant. */
export async function putQualifyingAccountOnTrial(): Promise<void> {
  await db.billingAccounts.update('ba-romashka-main', (draft) => {
    draft.status = 'TRIAL_ACTIVE'
    draft.paid = false
    draft.grantBalance = INITIAL_GRANT_RUB
  })
}

/** Anna's Ромашка Софт applied with its account on the trial: step 5 is the upgrade only. */
export async function seedTrialAccountAtStep5(): Promise<void> {
  await putQualifyingAccountOnTrial()
  await seedSentApplication(annaSent)
  await finishStep4(annaSent.organizationId)
}

/** Anna's Ромашка Софт applied with its paid account: step 5 is skipped (done), step 6 is next. */
export async function seedPaidAccountStep4Done(): Promise<void> {
  await seedSentApplication(annaSent)
  await finishStep4(annaSent.organizationId)
}

/** Ivan applied by TIN (an individual entrepreneur) and finished step 4: step 5 creates the account. */
export async function seedByTinAtStep5(options: { keptBankDetails?: boolean } = {}): Promise<void> {
  await seedSentApplication(ivanSent)
  await finishStep4(ivanSent.organizationId, (draft) => {
    if (options.keptBankDetails) {
      draft.bankDetails = KEPT_BANK_DETAILS
      draft.partnership = { types: ['direct', 'referral'], taxation: 'usn-income' }
    }
  })
}

/** Ivan's new account, created at step 5 with the details from his registry card. */
export function ivanAccount(partial: Partial<BillingAccount> = {}): BillingAccount {
  const card = ivanSent.company.source === 'tin' ? ivanSent.company.company : null
  if (!card) throw new Error('Ivan applies by TIN')
  return {
    id: 'ba-petrov-new',
    organizationId: ivanSent.organizationId,
    name: 'Петров ИТ — партнерский',
    type: 'business',
    country: 'RU',
    paymentMethod: 'invoice',
    status: 'PAYMENT_NOT_CONFIRMED',
    company: {
      fullName: card.fullName,
      shortName: card.shortName,
      tin: card.tin,
      kpp: null,
      ogrn: card.ogrn,
      legalAddress: card.address,
      postalAddress: card.address,
      postalCode: card.postalCode,
      headName: 'Петров Иван Сергеевич',
      headPosition: 'Индивидуальный предприниматель',
    },
    bankDetails: KEPT_BANK_DETAILS,
    verified: false,
    paid: false,
    grantBalance: INITIAL_GRANT_RUB,
    verificationSentAt: null,
    createdAt: nowIso(),
    ...partial,
  }
}

/** Ivan's account was created at step 5 and waits for verification (or is verified, on its trial). */
export async function seedCreatedAtStep5(state: 'waiting' | 'verified'): Promise<void> {
  await seedByTinAtStep5()
  const account = await db.billingAccounts.insert(
    ivanAccount(
      state === 'verified' ? { status: 'TRIAL_ACTIVE', verified: true, verificationSentAt: nowIso() } : {},
    ),
  )
  const application = db.applications.find((row) => row.organizationId === ivanSent.organizationId)
  if (!application) throw new Error('no application for Ivan')
  await db.applications.update(application.id, (draft) => {
    draft.billingAccountId = account.id
    draft.completedSteps = completedStepsOf(draft)
  })
}
