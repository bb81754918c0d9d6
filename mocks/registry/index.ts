/**
 * The mock company registry: scenario-defined cards (the `registry` table) first, then the reserved
 * TINs (./reserved.ts, one per outcome), then a company generated from the TIN (./generate.ts).
 */

import { db } from '@mocks/db'
import type { CompanyCard } from '@/api/contract'
import { generateCompany } from './generate'
import { RESERVED_TINS, reservedAnswer } from './reserved'

export { RESERVED_TINS }

/** Every unit registered under the TIN: the head office first, then branches. */
export function lookupCompany(tin: string): CompanyCard[] {
  const fromScenario = db.registry.filter((row) => row.tin === tin)
  if (fromScenario.length > 0) {
    return fromScenario
      .map(({ id: _id, ...card }) => card)
      .sort((a, b) => (a.branchType === b.branchType ? 0 : a.branchType === 'head' ? -1 : 1))
  }
  return reservedAnswer(tin) ?? [generateCompany(tin)]
}

const outagesServed = new Set<string>()

/**
 * Whether this lookup meets the registry being down: the reserved TIN fails the first time after the
 * page (or the Node mock server) starts, then answers, so that "Try again" can be shown working.
 */
export function registryUnavailableFor(tin: string): boolean {
  if (tin !== RESERVED_TINS.unavailable || outagesServed.has(tin)) return false
  outagesServed.add(tin)
  return true
}

/** Tests that need the outage again call this. */
export function resetRegistryOutage(): void {
  outagesServed.clear()
}
