/**
 * The application endpoints refuse what the client would refuse (422 at the fields), hold the rules
 * of step 3 (a qualifying account of the organization, chosen once; an active head office from the
 * registry), and record a sent application so that step 3 counts as done.
 */

import { db } from '@mocks/db'
import { lookupCompany, RESERVED_TINS } from '@mocks/registry'
import { api, signInAs } from '@test/api'
import { describe, expect, it } from 'vitest'
import { errorCode } from '@/api/messages'
import { completeTin } from '@/lib/identifiers'

const contacts = {
  name: 'Анна Смирнова',
  position: 'Директор',
  email: 'anna@romashka-soft.ru',
  phone: '8 (912) 345-67-89',
}

async function draftOf(organizationId: string): Promise<string> {
  const { body } = await api(`/organizations/${organizationId}/application/draft`, {
    method: 'PATCH',
    json: { tin: '' },
  })
  return body.id
}

const submit = (applicationId: string, json: unknown, key = 'key-1') =>
  api(`/applications/${applicationId}/submit`, {
    method: 'POST',
    json: json,
    headers: { 'Idempotency-Key': key },
  })

describe('sending the application (mock backend)', () => {
  it('sends with a qualifying billing account: submitted, step 3 done, contacts normalised, a timeline entry', async () => {
    await signInAs('u-anna', 'org-romashka')
    const id = await draftOf('org-romashka')
    const { status, body } = await submit(id, {
      organizationId: 'org-romashka',
      contacts,
      company: { source: 'billing-account', billingAccountId: 'ba-romashka-main' },
    })
    expect(status).toBe(200)
    expect(body).toMatchObject({ status: 'submitted', billingAccountId: 'ba-romashka-main' })
    expect(body.contacts.phone).toBe('+79123456789')
    expect(body.completedSteps).toContain('application')
    expect(body.submittedAt).not.toBeNull()
    expect(body.timeline.map((entry: { status: string }) => entry.status)).toEqual(['draft', 'submitted'])
  })

  it('sends with a registry company and keeps the registry’s own card, not the client’s copy', async () => {
    await signInAs('u-ivan', 'org-petrov')
    const id = await draftOf('org-petrov')
    const tin = completeTin('540712345')
    const [card] = lookupCompany(tin)
    const { status, body } = await submit(id, {
      organizationId: 'org-petrov',
      contacts,
      company: { source: 'tin', tin, kpp: card?.kpp ?? null, company: { ...card, shortName: 'Forged' } },
    })
    expect(status).toBe(200)
    expect(body.company.company.shortName).toBe(card?.shortName)
    expect(body.billingAccountId).toBeNull()
  })

  it('answers 422 at the fields for values the form would refuse', async () => {
    await signInAs('u-anna', 'org-romashka')
    const id = await draftOf('org-romashka')
    const { status, body } = await submit(id, {
      organizationId: 'org-romashka',
      contacts: { name: '', position: 'x'.repeat(101), email: 'anna@', phone: '+7 912 ABC' },
      company: { source: 'tin', tin: '7736207544', kpp: null, company: lookupCompany('7736207543')[0] },
    })
    expect(status).toBe(422)
    const byPath = Object.fromEntries(
      body.fieldErrors.map((e: { path: string[]; message: string }) => [e.path.join('.'), e.message]),
    )
    expect(byPath).toMatchObject({
      'contacts.name': errorCode('required'),
      'contacts.position': errorCode('tooLong', { max: 100 }),
      'contacts.email': errorCode('email'),
      'contacts.phone': errorCode('phone.badChar', { char: 'A' }),
    })
    expect(byPath['company.tin']).toMatch(/^err:id\.checksum/)
  })

  it.each([
    ['another organization’s account', 'ba-severnye-kz', 'billingAccount.unknown'],
    ['an account paid by card', 'ba-romashka-card', 'billingAccount.notEligible'],
  ])('refuses %s', async (_, billingAccountId, code) => {
    await signInAs('u-anna', 'org-romashka')
    const id = await draftOf('org-romashka')
    const { status, body } = await submit(id, {
      organizationId: 'org-romashka',
      contacts,
      company: { source: 'billing-account', billingAccountId },
    })
    expect(status).toBe(422)
    expect(body.fieldErrors).toEqual([{ path: ['company', 'billingAccountId'], message: errorCode(code) }])
  })

  it.each([
    ['a liquidated company', RESERVED_TINS.liquidated, 0, 'company.inactive'],
    ['a bankrupt company', RESERVED_TINS.bankrupt, 0, 'company.inactive'],
    ['a branch', RESERVED_TINS.withBranches, 1, 'company.branch'],
    ['a company the registry does not know', RESERVED_TINS.notFound, -1, 'company.notFound'],
  ])('refuses %s', async (_, tin, unit, code) => {
    await signInAs('u-ivan', 'org-petrov')
    const id = await draftOf('org-petrov')
    const card = unit >= 0 ? lookupCompany(tin)[unit] : lookupCompany(completeTin('540712345'))[0]
    const { status, body } = await submit(id, {
      organizationId: 'org-petrov',
      contacts,
      company: { source: 'tin', tin, kpp: card?.kpp ?? null, company: card },
    })
    expect(status).toBe(422)
    expect(body.fieldErrors).toEqual([{ path: ['company', 'tin'], message: errorCode(code) }])
  })

  it('replays a repeated Idempotency-Key and refuses a second application', async () => {
    await signInAs('u-anna', 'org-romashka')
    const id = await draftOf('org-romashka')
    const request = {
      organizationId: 'org-romashka',
      contacts,
      company: { source: 'billing-account', billingAccountId: 'ba-romashka-main' },
    }
    const first = await submit(id, request, 'same')
    const again = await submit(id, request, 'same')
    expect(again).toEqual(first)
    expect(db.applications.get(id)?.timeline.filter((entry) => entry.status === 'submitted')).toHaveLength(1)
    expect((await submit(id, request, 'other')).status).toBe(409)
  })

  it('refuses another organization’s application', async () => {
    await signInAs('u-anna', 'org-romashka')
    const id = await draftOf('org-romashka')
    await signInAs('u-ivan', 'org-petrov')
    const { status } = await submit(id, {
      organizationId: 'org-petrov',
      contacts,
      company: { source: 'billing-account', billingAccountId: 'ba-romashka-main' },
    })
    expect(status).toBe(403)
  })
})

describe('the application draft (mock backend)', () => {
  it('keeps the confirmed registry card', async () => {
    await signInAs('u-ivan', 'org-petrov')
    const card = lookupCompany(completeTin('540712345'))[0]
    const { body } = await api('/organizations/org-petrov/application/draft', {
      method: 'PATCH',
      json: {
        tin: card?.tin,
        company: card,
      },
    })
    expect(body.draft.company).toEqual(card)
  })

  it('locks the billing account once chosen and accepts only a qualifying one', async () => {
    await signInAs('u-anna', 'org-romashka')
    const path = '/organizations/org-romashka/application/draft'
    const ineligible = await api(path, { method: 'PATCH', json: { billingAccountId: 'ba-romashka-card' } })
    expect(ineligible.status).toBe(422)
    expect(
      (await api(path, { method: 'PATCH', json: { billingAccountId: 'ba-romashka-main' } })).body.draft
        .billingAccountId,
    ).toBe('ba-romashka-main')
    expect(
      (await api(path, { method: 'PATCH', json: { billingAccountId: 'ba-romashka-main' } })).status,
    ).toBe(200)
    await db.billingAccounts.insert({
      ...(db.billingAccounts.get('ba-romashka-main') as NonNullable<
        ReturnType<typeof db.billingAccounts.get>
      >),
      id: 'ba-romashka-second',
    })
    expect(
      (await api(path, { method: 'PATCH', json: { billingAccountId: 'ba-romashka-second' } })).status,
    ).toBe(409)
  })
})
