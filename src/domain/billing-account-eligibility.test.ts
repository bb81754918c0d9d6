import { describe, expect, it } from 'vitest'
import { billingAccountEligibility, type EligibilityRequirement } from './billing-account-eligibility'

type Facts = { type: 'individual' | 'business'; country: string; paymentMethod: 'card' | 'invoice' }

// Every combination of the three facts that matter, with what the rule must say about it.
const kinds: Array<[Facts, EligibilityRequirement[]]> = [
  [{ type: 'business', country: 'RU', paymentMethod: 'invoice' }, []],
  [{ type: 'business', country: 'RU', paymentMethod: 'card' }, ['invoice-payment']],
  [{ type: 'business', country: 'KZ', paymentMethod: 'invoice' }, ['russian-resident']],
  [{ type: 'business', country: 'KZ', paymentMethod: 'card' }, ['russian-resident', 'invoice-payment']],
  [{ type: 'individual', country: 'RU', paymentMethod: 'invoice' }, ['business-type']],
  [{ type: 'individual', country: 'RU', paymentMethod: 'card' }, ['business-type', 'invoice-payment']],
  [{ type: 'individual', country: 'KZ', paymentMethod: 'invoice' }, ['business-type', 'russian-resident']],
  [
    { type: 'individual', country: 'KZ', paymentMethod: 'card' },
    ['business-type', 'russian-resident', 'invoice-payment'],
  ],
  [{ type: 'business', country: 'DE', paymentMethod: 'invoice' }, ['russian-resident']],
]

describe('billing account eligibility', () => {
  it.each(kinds)('%o misses %o', (facts, missing) => {
    const result = billingAccountEligibility(facts)
    expect(result.eligible).toBe(missing.length === 0)
    expect(result.missing).toEqual(missing)
  })

  it('does not depend on the account’s status, verification or payment state', () => {
    // The seed's three requirements are the whole rule: a trial or unverified business account qualifies.
    const facts = { type: 'business', country: 'RU', paymentMethod: 'invoice' } as const
    const trial = { ...facts, status: 'TRIAL_ACTIVE', verified: false, paid: false }
    expect(billingAccountEligibility(trial)).toEqual({ eligible: true, missing: [] })
  })
})
