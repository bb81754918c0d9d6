/**
 * Which taxation types a company can declare: the patent system (ПСН) is for individual
 * entrepreneurs only. The UI disables it for organizations and the mock backend refuses it.
 */
import type { CompanySource, TaxationType } from '@/api/contract'

export type CompanyKind = 'legal' | 'individual'

/** An organization's TIN has 10 digits, an individual entrepreneur's 12. */
export function companyKindOfTin(tin: string): CompanyKind {
  return tin.length === 12 ? 'individual' : 'legal'
}

/** The kind of the applying company, when the application says; a billing account's TIN decides otherwise. */
export function companyKindOf(
  company: CompanySource | null,
  billingAccountTin?: string | null,
): CompanyKind | null {
  if (company?.source === 'tin') return company.company.kind
  if (billingAccountTin) return companyKindOfTin(billingAccountTin)
  return null
}

export function taxationAllowed(type: TaxationType, kind: CompanyKind | null): boolean {
  return type !== 'psn' || kind !== 'legal'
}
