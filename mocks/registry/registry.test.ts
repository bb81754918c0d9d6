/**
 * The mock registry answers every checksum-valid TIN with a plausible, deterministic company, and
 * the reserved TINs with the outcomes the application page handles.
 */

import { db } from '@mocks/db'
import { api, signInAs } from '@test/api'
import { describe, expect, it } from 'vitest'
import { CompanyCard } from '@/api/contract'
import { checkIdentifier, completeTin, tinChecksumOk } from '@/lib/identifiers'
import { generateCompany, seededRandom } from './generate'
import { lookupCompany, RESERVED_TINS, resetRegistryOutage } from './index'

/** TINs made from a seeded sequence of bodies, so the sample is wide but the test repeatable. */
function sampleTins(count: number, length: 10 | 12): string[] {
  const random = seededRandom(`sample-${length}`)
  return Array.from({ length: count }, () => {
    const body = Array.from({ length: length - 1 - (length === 12 ? 1 : 0) }, () => Math.floor(random() * 10))
    body[0] = 1 + Math.floor(random() * 9)
    return completeTin(body.join(''))
  })
}

describe('the mock company registry', () => {
  it('gives the same card for the same TIN and different cards for different TINs', () => {
    const [a, b] = sampleTins(2, 10) as [string, string]
    expect(generateCompany(a)).toEqual(generateCompany(a))
    expect(
      generateCompany(a).fullName === generateCompany(b).fullName &&
        generateCompany(a).ogrn === generateCompany(b).ogrn,
    ).toBe(false)
  })

  it.each(sampleTins(40, 10))(
    'makes organization %s with a KPP, a valid OGRN, an address with its postcode and a head',
    (tin) => {
      const card = CompanyCard.parse(generateCompany(tin))
      expect(card).toMatchObject({ kind: 'legal', tin, status: 'ACTIVE', branchType: 'head' })
      expect(checkIdentifier('kpp', card.kpp ?? '')).toBeNull()
      expect(checkIdentifier('ogrn', card.ogrn)).toBeNull()
      expect(card.shortName).toMatch(/^(ООО|АО|ПАО) «.+»$/)
      expect(card.fullName).toContain(card.legalForm)
      expect(card.postalCode).toMatch(/^\d{6}$/)
      expect(card.address.startsWith(`${card.postalCode}, `)).toBe(true)
      expect(card.head?.name.split(' ')).toHaveLength(3)
      expect(card.mainActivity.code).toMatch(/^\d{2}\.\d{2}$/)
      // The OGRN carries the registration year.
      expect(card.ogrn.slice(1, 3)).toBe(card.registrationDate.slice(2, 4))
    },
  )

  it.each(sampleTins(20, 12))('makes individual entrepreneur %s with an OGRNIP and no KPP', (tin) => {
    const card = CompanyCard.parse(generateCompany(tin))
    expect(card).toMatchObject({
      kind: 'individual',
      tin,
      kpp: null,
      legalForm: 'Индивидуальный предприниматель',
    })
    expect(checkIdentifier('ogrnip', card.ogrn)).toBeNull()
    expect(card.shortName).toMatch(/^ИП [А-ЯЁ][а-яё]+ [А-ЯЁ]\. [А-ЯЁ]\.$/)
  })

  it('reserves checksum-valid TINs, one per outcome', () => {
    for (const tin of Object.values(RESERVED_TINS)) expect(tinChecksumOk(tin)).toBe(true)
    expect(lookupCompany(RESERVED_TINS.notFound)).toEqual([])
    expect(lookupCompany(RESERVED_TINS.liquidated)[0]).toMatchObject({
      status: 'LIQUIDATED',
      statusDate: '2023-09-14',
    })
    expect(lookupCompany(RESERVED_TINS.liquidating)[0]?.status).toBe('LIQUIDATING')
    expect(lookupCompany(RESERVED_TINS.bankrupt)[0]?.status).toBe('BANKRUPT')
    expect(lookupCompany(RESERVED_TINS.reorganizing)[0]?.status).toBe('REORGANIZING')
    const units = lookupCompany(RESERVED_TINS.withBranches)
    expect(units.map((unit) => unit.branchType)).toEqual(['head', 'branch', 'branch'])
    expect(new Set(units.map((unit) => unit.kpp)).size).toBe(3)
    for (const unit of units) {
      expect(checkIdentifier('kpp', unit.kpp ?? '')).toBeNull()
      CompanyCard.parse(unit)
    }
    const entrepreneur = lookupCompany(RESERVED_TINS.entrepreneur)[0]
    expect(entrepreneur).toMatchObject({ kind: 'individual', kpp: null, shortName: 'ИП Соколова М. А.' })
    expect(checkIdentifier('ogrnip', entrepreneur?.ogrn ?? '')).toBeNull()
  })

  it('prefers cards a scenario put in the registry table, head office first', async () => {
    const tin = completeTin('502912345')
    const card = generateCompany(tin)
    await db.registry.insert({ ...card, id: 'r-branch', kpp: '502943001', branchType: 'branch' })
    await db.registry.insert({ ...card, id: 'r-head', shortName: 'ООО «Из сценария»' })
    expect(lookupCompany(tin).map((unit) => unit.shortName)).toEqual(['ООО «Из сценария»', card.shortName])
  })

  describe('over HTTP', () => {
    it('needs a session and a valid TIN', async () => {
      expect(
        (await api('/registry/companies/lookup', { method: 'POST', json: { tin: '7736207543' } })).status,
      ).toBe(401)
      await signInAs('u-ivan', 'org-petrov')
      const bad = await api('/registry/companies/lookup', { method: 'POST', json: { tin: '7736207544' } })
      expect(bad.status).toBe(422)
      expect(bad.body.fieldErrors[0].path).toEqual(['tin'])
    })

    it('answers with the suggestions, accepting pasted spaces and hyphens', async () => {
      await signInAs('u-ivan', 'org-petrov')
      const { status, body } = await api('/registry/companies/lookup', {
        method: 'POST',
        json: { tin: '77 0000-0062' },
      })
      expect(status).toBe(200)
      expect(body.suggestions).toHaveLength(3)
    })

    it('is unavailable (503) for the reserved TIN once, then answers', async () => {
      resetRegistryOutage()
      await signInAs('u-ivan', 'org-petrov')
      const first = await api('/registry/companies/lookup', {
        method: 'POST',
        json: { tin: RESERVED_TINS.unavailable },
      })
      expect(first.status).toBe(503)
      const second = await api('/registry/companies/lookup', {
        method: 'POST',
        json: { tin: RESERVED_TINS.unavailable },
      })
      expect(second.status).toBe(200)
      expect(second.body.suggestions[0].tin).toBe(RESERVED_TINS.unavailable)
    })
  })
})
