/** The choices of step 4, in the order the page shows them (values from the contract). */
import {
  CompanySize,
  CustomerSegment,
  Industry,
  MonthlyConsumption,
  OtherCloud,
  type PartnershipType,
  Region,
  Specialization,
  type TaxationType,
} from '@/api/contract'

export const PARTNERSHIP_TYPES: readonly PartnershipType[] = ['direct', 'referral']

export const TAXATION_TYPES: readonly TaxationType[] = [
  'osno',
  'usn-income',
  'usn-income-expenses',
  'ausn',
  'eshn',
  'psn',
]

/** What each regime means for VAT on partner rewards: one message per group. */
export const VAT_NOTE: Record<TaxationType, 'vat' | 'usn' | 'noVat' | 'eshn' | 'patent'> = {
  osno: 'vat',
  'usn-income': 'usn',
  'usn-income-expenses': 'usn',
  ausn: 'noVat',
  eshn: 'eshn',
  psn: 'patent',
}

export const COMPANY_SIZES = CompanySize.options
export const SPECIALIZATIONS = Specialization.options
export const INDUSTRIES = Industry.options
export const CUSTOMER_SEGMENTS = CustomerSegment.options
export const OTHER_CLOUDS = OtherCloud.options
export const MONTHLY_CONSUMPTION = MonthlyConsumption.options
export const REGIONS = Region.options

/** Bounds of the consumption ranges in roubles a month, for words like "100 000 ₽ – 500 000 ₽". */
export const CONSUMPTION_BOUNDS: Record<
  (typeof MONTHLY_CONSUMPTION)[number],
  [number | null, number | null]
> = {
  'lt-100k': [null, 100_000],
  '100k-500k': [100_000, 500_000],
  '500k-2m': [500_000, 2_000_000],
  'gt-2m': [2_000_000, null],
}
