/**
 * The billing account requirements of the partner program, defined once and used by the UI and
 * the mock backend alike: type Business, owner resident in the Russian Federation, paid by invoice.
 */
import type { BillingAccount } from '@/api/contract'

export type EligibilityRequirement = 'business-type' | 'russian-resident' | 'invoice-payment'

export const ELIGIBILITY_REQUIREMENTS: readonly EligibilityRequirement[] = [
  'business-type',
  'russian-resident',
  'invoice-payment',
]

export type Eligibility =
  | { eligible: true; missing: [] }
  | { eligible: false; missing: EligibilityRequirement[] }

type AccountFacts = Pick<BillingAccount, 'type' | 'country' | 'paymentMethod'>

export function billingAccountEligibility(account: AccountFacts): Eligibility {
  const missing: EligibilityRequirement[] = []
  if (account.type !== 'business') missing.push('business-type')
  if (account.country !== 'RU') missing.push('russian-resident')
  if (account.paymentMethod !== 'invoice') missing.push('invoice-payment')
  return missing.length === 0 ? { eligible: true, missing: [] } : { eligible: false, missing }
}
