/**
 * Which steps the server counts as done for an application. The client adds only what it alone
 * knows (step 1 seen, signed in with an organization): see src/app/progress.ts.
 */
import type { StepId } from '@/api/contract'
import { billingAccountEligibility } from '@/domain/billing-account-eligibility'
import { db, type Row } from './db'

export function completedStepsOf(application: Row<'applications'>): StepId[] {
  const done: StepId[] = ['welcome', 'sign-in']
  if (application.status === 'draft') return done
  done.push('application')
  if (!application.partnership || !application.questionnaire) return done
  done.push('partnership')
  const account = application.billingAccountId
    ? db.billingAccounts.get(application.billingAccountId)
    : undefined
  // Step 5 is done with a qualifying account that is paid: one chosen at step 3 that is paid already
  // (skipped), else one that was verified and upgraded from its trial (a trial chosen at step 3
  // needs the upgrade only).
  const chosenAtStep3 = application.company?.source === 'billing-account'
  const ready =
    account !== undefined &&
    billingAccountEligibility(account).eligible &&
    account.paid &&
    (chosenAtStep3 || account.verified)
  if (!ready) return done
  done.push('billing')
  if (application.status !== 'approved') return done
  done.push('confirmation')
  return done
}
