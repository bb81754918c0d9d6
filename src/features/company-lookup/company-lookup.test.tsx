/**
 * The TIN field and the registry's answers, as Ivan (whose organization has no billing account)
 * meets them on the application page: every outcome, what is sent and when, and the field's errors.
 */

import { server } from '@mocks/node'
import { generateCompany } from '@mocks/registry/generate'
import { lookupCompany, RESERVED_TINS, resetRegistryOutage } from '@mocks/registry/index'
import { screen, waitFor, within } from '@testing-library/react'
import { delay, http } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { completeTin } from '@/lib/identifiers'
import { openAsIvan } from './open-as-ivan'

const LOOKUP_PATH = '/api/registry/companies/lookup'

/** Every registry request the page makes, with the TIN it asked about. */
function watchLookups() {
  const requests: { request: Request; tin: Promise<string> }[] = []
  const listener = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname !== LOOKUP_PATH) return
    requests.push({
      request,
      tin: request
        .clone()
        .json()
        .then((body: { tin: string }) => body.tin),
    })
  }
  beforeEach(() => {
    requests.length = 0
    server.events.on('request:start', listener)
  })
  afterEach(() => {
    server.events.removeListener('request:start', listener)
  })
  return requests
}

const ORGANIZATION_TIN = completeTin('540712345')
const ENTREPRENEUR_TIN = completeTin('7707123456')

describe('company lookup by TIN', () => {
  beforeEach(() => resetRegistryOutage())

  it('shows the company card for a valid TIN; clicking it opens Additional information and confirms the company', async () => {
    const { user, tin } = await openAsIvan()
    const expected = generateCompany(ORGANIZATION_TIN)
    expect(
      screen.getByRole('heading', { name: 'No billing account meets the requirements' }),
    ).toBeInTheDocument()
    await user.type(tin, ORGANIZATION_TIN)
    const card = await screen.findByRole('article', { name: expected.shortName })
    expect(within(card).getByText(expected.fullName)).toBeInTheDocument()
    expect(within(card).getByText(expected.kpp ?? '')).toBeInTheDocument()
    expect(within(card).getByText(expected.ogrn)).toBeInTheDocument()
    expect(within(card).getByText(expected.address)).toBeInTheDocument()
    expect(within(card).getByText(`${expected.head?.name}, ${expected.head?.position}`)).toBeInTheDocument()
    expect(within(card).getByText('Active')).toBeInTheDocument()

    const check = within(card).getByRole('button', { name: `Check the details ${expected.shortName}` })
    expect(check).toHaveAttribute('aria-expanded', 'false')
    await user.click(check)
    expect(check).toHaveAttribute('aria-expanded', 'true')
    const info = screen.getByRole('region', { name: 'Additional information' })
    expect(
      within(info).getByText(`${expected.mainActivity.code} ${expected.mainActivity.name}`),
    ).toBeInTheDocument()
    expect(within(info).getByText(expected.postalCode)).toBeInTheDocument()
    expect(within(info).getByText('Head office')).toBeInTheDocument()
    expect(within(info).getByText('These details will go into your application.')).toBeInTheDocument()
    expect(within(card).getByText('Chosen for the application')).toBeInTheDocument()
  })

  it('says when no company has the TIN, and leads back to the field', async () => {
    const { user, tin } = await openAsIvan()
    await user.type(tin, RESERVED_TINS.notFound)
    expect(
      await screen.findByRole('heading', { name: `No company with TIN ${RESERVED_TINS.notFound} was found` }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('article')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Correct the TIN' }))
    expect(tin).toHaveFocus()
    expect(tin).toHaveValue(RESERVED_TINS.notFound)
  })

  it.each([
    ['liquidated', RESERVED_TINS.liquidated, 'Liquidated', /liquidated on 14 September 2023/],
    ['liquidating', RESERVED_TINS.liquidating, 'Being liquidated', /in liquidation since 2 June 2025/],
    ['bankrupt', RESERVED_TINS.bankrupt, 'Bankrupt', /declared bankrupt on 20 February 2024/],
    [
      'reorganizing',
      RESERVED_TINS.reorganizing,
      'Being reorganized',
      /under reorganization since 10 March 2025/,
    ],
  ])('explains that a %s company cannot apply, and why', async (_, value, status, reason) => {
    const { user, tin } = await openAsIvan()
    await user.type(tin, value)
    const [company] = lookupCompany(value)
    const notice = await screen.findByRole('alert')
    expect(
      within(notice).getByRole('heading', { name: `${company?.shortName} cannot apply` }),
    ).toBeInTheDocument()
    expect(within(notice).getByText(reason)).toBeInTheDocument()
    expect(within(notice).getByText(/enter that company’s TIN/)).toBeInTheDocument()
    const card = screen.getByRole('article', { name: company?.shortName })
    expect(within(card).getByText(status)).toBeInTheDocument()
    // Nothing to confirm: the card cannot be chosen.
    expect(within(card).queryByRole('button')).not.toBeInTheDocument()
  })

  it('with branches, comes with the head office chosen: one instruction, a branch is a fact, not a choice', async () => {
    const { user, tin } = await openAsIvan()
    await user.type(tin, RESERVED_TINS.withBranches)
    const [head, branch] = lookupCompany(RESERVED_TINS.withBranches)
    const headCard = await screen.findByRole('article', { name: head?.shortName })
    expect(
      screen.getByText(
        '3 units are registered under this TIN. The head office applies and is chosen below: a branch cannot apply on its own.',
      ),
    ).toBeInTheDocument()
    // The head office: chosen, its details open.
    await waitFor(() => expect(within(headCard).getByText('Chosen for the application')).toBeInTheDocument())
    expect(within(headCard).getByRole('button', { name: /check the details/i })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    expect(screen.getByText('These details will go into your application.')).toBeInTheDocument()
    // A branch: its card, plainly marked, with nothing to choose and no second instruction.
    const branchCard = screen.getByRole('article', { name: branch?.shortName })
    expect(within(branchCard).getByText('Branch')).toBeInTheDocument()
    expect(within(branchCard).queryByRole('button')).not.toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: /This TIN has a head office/ })).not.toBeInTheDocument()
    // Checking the head office's details again keeps it chosen.
    await user.click(within(headCard).getByRole('button', { name: /check the details/i }))
    expect(within(headCard).getByText('Chosen for the application')).toBeInTheDocument()
  })

  it('shows an individual entrepreneur with a 12-digit TIN, an OGRNIP and no KPP', async () => {
    const { user, tin } = await openAsIvan()
    await user.type(tin, ENTREPRENEUR_TIN)
    const expected = generateCompany(ENTREPRENEUR_TIN)
    const card = await screen.findByRole('article', { name: expected.shortName })
    expect(within(card).getByText('Individual entrepreneur')).toBeInTheDocument()
    expect(within(card).getByText('OGRNIP')).toBeInTheDocument()
    expect(within(card).getByText(expected.ogrn)).toHaveTextContent(/^3\d{14}$/)
    expect(within(card).queryByText('KPP')).not.toBeInTheDocument()
    await user.click(within(card).getByRole('button', { name: /check the details/i }))
    expect(screen.getByText('Not assigned: individual entrepreneurs have no KPP')).toBeInTheDocument()
  })

  it('keeps the TIN when the registry is unavailable, and Try again finds the company', async () => {
    const { user, tin } = await openAsIvan()
    await user.type(tin, RESERVED_TINS.unavailable)
    const alert = await screen.findByRole('alert')
    expect(
      within(alert).getByRole('heading', { name: 'The company registry is not answering' }),
    ).toBeInTheDocument()
    expect(within(alert).getByText(/The TIN you entered is kept/)).toBeInTheDocument()
    expect(tin).toHaveValue(RESERVED_TINS.unavailable)
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(
      await screen.findByRole('article', { name: generateCompany(RESERVED_TINS.unavailable).shortName }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})

describe('when the lookup asks the registry', () => {
  const requests = watchLookups()

  it('sends nothing for an incomplete or invalid TIN, and one request per distinct TIN', async () => {
    const { user, tin } = await openAsIvan()
    await user.type(tin, ORGANIZATION_TIN.slice(0, 9))
    await user.type(tin, String((Number(ORGANIZATION_TIN[9]) + 1) % 10))
    await user.clear(tin)
    await user.type(tin, '12345678901234')
    expect(requests).toHaveLength(0)

    await user.clear(tin)
    await user.type(tin, ORGANIZATION_TIN)
    await screen.findByRole('article')
    await user.clear(tin)
    await user.type(tin, ENTREPRENEUR_TIN)
    await screen.findByRole('article', { name: generateCompany(ENTREPRENEUR_TIN).shortName })
    // Back to the first TIN, pasted with spaces this time: answered from the cache.
    await user.clear(tin)
    await user.click(tin)
    await user.paste(`${ORGANIZATION_TIN.slice(0, 4)} ${ORGANIZATION_TIN.slice(4)}`)
    await screen.findByRole('article', { name: generateCompany(ORGANIZATION_TIN).shortName })
    expect(await Promise.all(requests.map((r) => r.tin))).toEqual([ORGANIZATION_TIN, ENTREPRENEUR_TIN])
  })

  it('cancels a lookup made stale by further typing', async () => {
    // The registry takes a moment, so the user types on while the first TIN is being looked up.
    server.use(
      http.post(`*${LOOKUP_PATH}`, async () => {
        await delay(300)
      }),
    )
    const tenDigits = ORGANIZATION_TIN
    const twelveDigits = completeTin(tenDigits)
    const { user, tin } = await openAsIvan()
    await user.type(tin, tenDigits)
    await waitFor(() => expect(requests).toHaveLength(1))
    await user.type(tin, twelveDigits.slice(10))
    await screen.findByRole('article', { name: generateCompany(twelveDigits).shortName })
    expect(requests).toHaveLength(2)
    expect(requests[0]?.request.signal.aborted).toBe(true)
    expect(requests[1]?.request.signal.aborted).toBe(false)
  })
})

describe('the TIN field', () => {
  it('flags a full-length TIN that fails its check at once, tied to the field', async () => {
    const { user, tin } = await openAsIvan()
    const bad = `${ENTREPRENEUR_TIN.slice(0, 11)}${(Number(ENTREPRENEUR_TIN[11]) + 1) % 10}`
    await user.type(tin, bad)
    expect(tin).toHaveAttribute('aria-invalid', 'true')
    expect(tin).toHaveAccessibleDescription(/This TIN fails its check digit: look for a mistyped digit\./)
  })

  it('flags ten digits that fail the organization’s check after a short pause (a 12-digit TIN may be coming)', async () => {
    const { user, tin } = await openAsIvan()
    await user.type(tin, `${ORGANIZATION_TIN.slice(0, 9)}${(Number(ORGANIZATION_TIN[9]) + 1) % 10}`)
    await waitFor(() => expect(tin).toHaveAttribute('aria-invalid', 'true'))
    expect(tin).toHaveAccessibleDescription(/fails its check digit/)
  })

  it('names a wrong character, a Cyrillic look-alike included, and where it is', async () => {
    const { user, tin } = await openAsIvan()
    await user.type(tin, '77О')
    expect(tin).toHaveAttribute('aria-invalid', 'true')
    expect(tin).toHaveAccessibleDescription(/Remove “О” \(character 3\): the TIN holds digits only\./)
  })

  it('refuses a TIN longer than 12 digits at once', async () => {
    const { user, tin } = await openAsIvan()
    await user.type(tin, '7'.repeat(13))
    expect(tin).toHaveAccessibleDescription(/The TIN has 10\/12 digits; you entered 13\./)
  })

  it('speaks Russian', async () => {
    const { user, tin } = await openAsIvan('ru')
    await user.type(tin, RESERVED_TINS.liquidated)
    expect(
      await screen.findByRole('heading', { name: 'ООО «Ирида Сервис» не может подать заявку' }),
    ).toBeInTheDocument()
    expect(
      screen.getByText(/По данным реестра, 14 сентября 2023 г\. компания ликвидирована\./),
    ).toBeInTheDocument()
    await user.clear(tin)
    await user.type(tin, '77О')
    expect(tin).toHaveAccessibleDescription(/Уберите «О» \(символ 3\): ИНН состоит только из цифр\./)
  })
})
