/**
 * Step 3 as applicants meet it: the organization at the top, contact details prefilled, company
 * information from a billing account (chosen once, after a confirmation) or by TIN, checks on
 * Send request, one application however often it is sent, and a draft that survives a reload.
 */

import { db } from '@mocks/db'
import { server } from '@mocks/node'
import { generateCompany } from '@mocks/registry/generate'
import { renderApp } from '@test/render-app'
import { act, screen, waitFor, within } from '@testing-library/react'
import { delay, HttpResponse, http } from 'msw'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { errorCode } from '@/api/messages'
import { completeTin } from '@/lib/identifiers'

const anna = { userId: 'u-anna', organizationId: 'org-romashka' }
const ivan = { userId: 'u-ivan', organizationId: 'org-petrov' }
const olga = { userId: 'u-olga', organizationId: 'org-severnye' }
const SUBMIT = /\/api\/applications\/[^/]+\/submit$/

async function open(signedInAs: { userId: string; organizationId: string }, language: 'en' | 'ru' = 'en') {
  const app = await renderApp({ path: '/application', signedInAs, language })
  await screen.findByRole('heading', {
    level: 2,
    name: language === 'en' ? 'Contact details' : 'Контактные данные',
  })
  return app
}

const field = (name: string | RegExp) => screen.getByRole('textbox', { name })

async function fillContacts(user: Awaited<ReturnType<typeof open>>['user']) {
  await user.type(field('Position'), 'Технический директор')
  await user.type(field('Phone'), '8 (912) 345-67-89')
}

async function chooseMainAccount(user: Awaited<ReturnType<typeof open>>['user']) {
  await user.click(screen.getByRole('button', { name: 'Choose this account Ромашка Софт — основной' }))
  await user.click(
    within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, choose this account' }),
  )
}

/** Requests to the submit endpoint while a test runs. */
const submits: Request[] = []
const onRequest = ({ request }: { request: Request }) => {
  if (SUBMIT.test(new URL(request.url).pathname)) submits.push(request)
}
beforeEach(() => {
  submits.length = 0
  server.events.on('request:start', onRequest)
})
afterEach(() => {
  server.events.removeListener('request:start', onRequest)
})

describe('the partnership application page', () => {
  it('prefills the contact details it knows from the user', async () => {
    await open(anna)
    expect(screen.getByRole('heading', { level: 1, name: 'Partnership application' })).toBeInTheDocument()
    expect(field('Full name')).toHaveValue('Анна Смирнова')
    expect(field('Email')).toHaveValue('anna.smirnova@romashka-soft.ru')
    expect(field('Position')).toHaveValue('')
    expect(field('Phone')).toHaveValue('')
    expect(screen.getByRole('combobox', { name: 'Organization' })).toHaveValue('org-romashka')
  })

  it('lists the billing accounts with the requirement each one misses, and asks for the TIN when none qualifies', async () => {
    await open(olga)
    const list = screen.getByRole('region', { name: 'Your organization’s billing accounts' })
    const items = within(list)
      .getAllByRole('listitem')
      .filter((item) => item.querySelector('h3'))
    expect(items).toHaveLength(3)
    expect(within(list).getByText('the account type is not Business')).toBeInTheDocument()
    expect(within(list).getByText('the owner is not a business resident in Russia')).toBeInTheDocument()
    expect(within(list).getAllByText('payment is not by wire transfer')).toHaveLength(2)
    // Each account's type, country and payment method.
    expect(within(list).getByText('Business · Kazakhstan · Wire transfer')).toBeInTheDocument()
    expect(within(list).queryByRole('button')).not.toBeInTheDocument()
    expect(
      screen.getByRole('heading', { name: 'No billing account meets the requirements' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Company TIN (INN)' })).toBeInTheDocument()
  })

  it('chooses a qualifying account only after a confirmation that it is final, then locks it and shows its company', async () => {
    const { user } = await open(anna)
    expect(screen.getByText('Meets the requirements')).toBeInTheDocument()
    expect(screen.getByText('payment is not by wire transfer')).toBeInTheDocument()
    expect(
      screen.queryByRole('button', { name: /choose this account ромашка софт — тесты/i }),
    ).not.toBeInTheDocument()
    const choose = screen.getByRole('button', { name: 'Choose this account Ромашка Софт — основной' })

    // Escape closes the dialog and focus returns to the button that opened it.
    await user.click(choose)
    const dialog = screen.getByRole('dialog', { name: 'Use “Ромашка Софт — основной” for the application?' })
    expect(dialog).toHaveAccessibleDescription(/Once you choose a billing account, you cannot change it/)
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(choose).toHaveFocus()

    await chooseMainAccount(user)
    const locked = screen.getByRole('heading', { name: 'Billing account: Ромашка Софт — основной' })
    await waitFor(() => expect(locked).toHaveFocus())
    expect(screen.getByText('Chosen for this application. It cannot be changed.')).toBeInTheDocument()
    expect(screen.getByText('7736207543')).toBeInTheDocument()
    expect(screen.getByText('773601001')).toBeInTheDocument()
    expect(screen.getByText('Смирнова Анна Викторовна, Генеральный директор')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /choose this account/i })).not.toBeInTheDocument()
    // The choice reaches the server's draft, which refuses another one from now on.
    await waitFor(() => expect(db.applications.all()[0]?.draft.billingAccountId).toBe('ba-romashka-main'))
  })

  it('checks the whole page on Send request: a summary that takes focus and links to each field, inline errors, “Error:” in the title', async () => {
    const { user } = await open(ivan)
    await user.clear(field('Full name'))
    await user.clear(field('Email'))
    await user.type(field('Email'), 'ivan@')
    await user.type(field('Phone'), '+7 912 12')
    await user.click(screen.getByRole('button', { name: 'Send request' }))

    const summary = await screen.findByRole('alert', { name: 'There are 5 problems' })
    await waitFor(() => expect(summary).toHaveFocus())
    await waitFor(() => expect(document.title).toBe('Error: Partnership application — Partner onboarding'))
    const links = within(summary).getAllByRole('link')
    expect(links.map((link) => link.textContent)).toEqual([
      'Full name: Fill in this field.',
      'Position: Fill in this field.',
      'Email: Enter an email address like name@example.ru.',
      'Phone: Enter a Russian number with 10 digits after +7 or 8, like +7 912 345-67-89.',
      'Company TIN (INN): Fill in this field.',
    ])
    expect(field('Full name')).toHaveAttribute('aria-invalid', 'true')
    expect(field('Email')).toHaveAccessibleDescription('Enter an email address like name@example.ru.')
    await user.click(links[3] as HTMLElement)
    expect(field('Phone')).toHaveFocus()
    await user.click(links[4] as HTMLElement)
    expect(screen.getByRole('textbox', { name: 'Company TIN (INN)' })).toHaveFocus()
    expect(submits).toHaveLength(0)
  })

  it('asks to click the company card when the TIN was typed but the company not checked', async () => {
    const { user } = await open(ivan)
    await fillContacts(user)
    const tin = completeTin('540712345')
    await user.type(screen.getByRole('textbox', { name: 'Company TIN (INN)' }), tin)
    await screen.findByRole('article', { name: generateCompany(tin).shortName })
    await user.click(screen.getByRole('button', { name: 'Send request' }))
    const summary = await screen.findByRole('alert', { name: 'There is a problem' })
    await user.click(
      within(summary).getByRole('link', { name: 'Click the company card to check the company’s details.' }),
    )
    expect(
      screen.getByText('Click the company card to check the company’s details.', { selector: 'p' }),
    ).toHaveFocus()
    expect(screen.getByRole('button', { name: /check the details/i })).toHaveAccessibleDescription(
      'Click the company card to check the company’s details.',
    )
  })

  it('sends by billing account once, however often Send request is pressed, and goes on to step 4', async () => {
    server.use(
      http.post('*/api/applications/:id/submit', async () => {
        await delay(150)
      }),
    )
    const { user, router } = await open(anna)
    await fillContacts(user)
    await chooseMainAccount(user)
    const send = screen.getByRole('button', { name: 'Send request' })
    await user.dblClick(send)
    await user.click(send)
    await waitFor(() => expect(router.state.location.pathname).toBe('/partnership'))
    expect(submits).toHaveLength(1)
    const [application] = db.applications.all()
    expect(application).toMatchObject({
      status: 'submitted',
      billingAccountId: 'ba-romashka-main',
      contacts: { name: 'Анна Смирнова', position: 'Технический директор', phone: '+79123456789' },
    })
    expect(application?.timeline.filter((entry) => entry.status === 'submitted')).toHaveLength(1)
    // The stepper sees step 3 done.
    const steps = screen.getByRole('navigation', { name: 'Steps to partner status' })
    expect(
      await within(steps).findByRole('link', { name: /partnership application, done/i }),
    ).toBeInTheDocument()
  })

  it('goes from Send request straight to step 4, never re-rendering into the sent application on the way', async () => {
    const { user, router } = await open(anna)
    await fillContacts(user)
    await chooseMainAccount(user)
    let sentShown = false
    const watch = new MutationObserver(() => {
      if (screen.queryByRole('heading', { name: 'Your application has been sent' })) sentShown = true
    })
    watch.observe(document.body, { childList: true, subtree: true })
    await user.click(screen.getByRole('button', { name: 'Send request' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Partnership type' })).toBeInTheDocument()
    watch.disconnect()
    expect(router.state.location.pathname).toBe('/partnership')
    expect(sentShown).toBe(false)
    expect(submits).toHaveLength(1)
  })

  it('shows the sent application when it was sent meanwhile from another tab', async () => {
    const { user } = await open(anna)
    await fillContacts(user)
    await chooseMainAccount(user)
    await waitFor(() => expect(db.applications.all()).toHaveLength(1))
    const [draft] = db.applications.all()
    // Another tab sends it first.
    await db.applications.update(draft?.id ?? '', (application) => {
      application.status = 'submitted'
      application.submittedAt = new Date().toISOString()
    })
    await user.click(screen.getByRole('button', { name: 'Send request' }))
    expect(await screen.findByRole('heading', { name: 'Your application has been sent' })).toBeInTheDocument()
    expect(submits).toHaveLength(1)
  })

  it('sends by TIN with the checked registry company', async () => {
    const { user, router } = await open(ivan)
    await fillContacts(user)
    const tin = completeTin('540712345')
    await user.type(screen.getByRole('textbox', { name: 'Company TIN (INN)' }), tin)
    await user.click(await screen.findByRole('button', { name: /check the details/i }))
    await user.click(screen.getByRole('button', { name: 'Send request' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/partnership'))
    expect(db.applications.all()[0]?.company).toMatchObject({
      source: 'tin',
      tin,
      company: generateCompany(tin),
    })
  })

  it('shows the server’s field errors at their fields', async () => {
    server.use(
      http.post('*/api/applications/:id/submit', () =>
        HttpResponse.json(
          {
            code: 'validation',
            message: 'Some fields are not valid.',
            fieldErrors: [
              { path: ['contacts', 'email'], message: errorCode('email') },
              { path: ['company', 'billingAccountId'], message: errorCode('billingAccount.notEligible') },
            ],
          },
          { status: 422 },
        ),
      ),
    )
    const { user, router } = await open(anna)
    await fillContacts(user)
    await chooseMainAccount(user)
    await user.click(screen.getByRole('button', { name: 'Send request' }))
    const summary = await screen.findByRole('alert', { name: 'There are 2 problems' })
    expect(
      within(summary).getByRole('link', { name: 'Email: Enter an email address like name@example.ru.' }),
    ).toBeInTheDocument()
    expect(field('Email')).toHaveAttribute('aria-invalid', 'true')
    expect(field('Email')).toHaveAccessibleDescription('Enter an email address like name@example.ru.')
    expect(
      within(summary).getByText(
        'This billing account does not meet the requirements. Choose one marked “Meets the requirements”.',
      ),
    ).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/application')
    expect(field('Email')).toHaveValue('anna.smirnova@romashka-soft.ru')
  })

  it('keeps everything when sending fails, says what to do, and sends on Try again', async () => {
    let failures = 1
    server.use(
      http.post('*/api/applications/:id/submit', () => {
        if (failures-- > 0)
          return HttpResponse.json({ code: 'unavailable', message: 'Down' }, { status: 503 })
      }),
    )
    const { user, router } = await open(anna)
    await fillContacts(user)
    await chooseMainAccount(user)
    await user.click(screen.getByRole('button', { name: 'Send request' }))
    const alert = await screen.findByRole('alert')
    expect(
      within(alert).getByRole('heading', {
        name: /your request was not sent\. everything you entered is kept/i,
      }),
    ).toBeInTheDocument()
    expect(
      within(alert).getByText('The service is temporarily unavailable. Try again in a minute.'),
    ).toBeInTheDocument()
    expect(field('Position')).toHaveValue('Технический директор')
    expect(field('Phone')).toHaveValue('8 (912) 345-67-89')
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/partnership'))
    // Both attempts carried the same Idempotency-Key: one logical attempt.
    expect(new Set(submits.map((request) => request.headers.get('Idempotency-Key'))).size).toBe(1)
  })

  it('saves a draft from the first change, says when, and reopens it where the user left off', async () => {
    const first = await open(ivan)
    await first.user.type(field('Position'), 'Руководитель отдела')
    const tin = completeTin('540712345')
    await first.user.type(screen.getByRole('textbox', { name: 'Company TIN (INN)' }), tin)
    await first.user.click(await screen.findByRole('button', { name: /check the details/i }))
    expect(await screen.findByText(/^Draft saved at \d\d:\d\d$/)).toHaveAttribute('role', 'status')
    await waitFor(() => expect(db.applications.all()[0]?.draft.company?.tin).toBe(tin))
    first.unmount()
    // The local copy is gone once the server has everything: the reopened page reads the server's draft.
    expect(
      Object.keys(window.localStorage).filter((key) => key.startsWith('partner-onboarding.user.')),
    ).toEqual([])

    await open(ivan)
    expect(field('Position')).toHaveValue('Руководитель отдела')
    expect(screen.getByRole('textbox', { name: 'Company TIN (INN)' })).toHaveValue(tin)
    const card = await screen.findByRole('article', { name: generateCompany(tin).shortName })
    expect(within(card).getByText('Chosen for the application')).toBeInTheDocument()
    expect(screen.getByText(/^Draft saved (at|on)/)).toBeInTheDocument()
  })

  it('keeps what did not reach the server in the browser, and sends it on the next visit', async () => {
    server.use(http.patch('*/api/organizations/:id/application/draft', () => HttpResponse.error()))
    const first = await open(ivan)
    await first.user.type(field('Position'), 'Аналитик')
    expect(await screen.findByText(/The draft was not saved/)).toBeInTheDocument()
    first.unmount()
    server.resetHandlers()

    await open(ivan)
    expect(field('Position')).toHaveValue('Аналитик')
    await waitFor(() => expect(db.applications.all()[0]?.draft.contacts.position).toBe('Аналитик'))
  })

  it('shows markup typed into a field as text', async () => {
    const markup = '<img src=x onerror="alert(1)"><b>Bold</b>'
    const { user, router } = await open(anna)
    await user.clear(field('Full name'))
    await user.type(field('Full name'), markup.replace(/[[{]/g, '$&$&'))
    await fillContacts(user)
    await chooseMainAccount(user)
    await user.click(screen.getByRole('button', { name: 'Send request' }))
    await waitFor(() => expect(router.state.location.pathname).toBe('/partnership'))
    await act(() => router.navigate('/application'))
    expect(
      await within(screen.getByRole('main')).findByText(
        new RegExp(markup.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      ),
    ).toBeInTheDocument()
    // The page and the summary beside it both show it as text.
    expect(document.querySelector('main img, main b, aside img, aside b')).toBeNull()
    // The sent application names the billing account the company was given by.
    expect(
      within(screen.getByRole('main')).getByText('From the billing account “Ромашка Софт — основной”'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: 'Organization' })).not.toBeInTheDocument()
  })

  it('switches the organization at the top and shows that organization’s application', async () => {
    const { user } = await open(anna)
    await user.type(field('Position'), 'Директор')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Organization' }), 'Ромашка Лаб')
    expect(await screen.findByRole('textbox', { name: 'Company TIN (INN)' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Organization' })).toHaveValue('org-romashka-lab')
    expect(field('Position')).toHaveValue('')
    expect(db.sessions.all()[0]?.organizationId).toBe('org-romashka-lab')
    // The first organization's draft was saved before the switch.
    await waitFor(() =>
      expect(db.applications.find((a) => a.organizationId === 'org-romashka')?.draft.contacts.position).toBe(
        'Директор',
      ),
    )
  })

  it('names a country that step 5 does not offer in the user’s language too', async () => {
    await db.billingAccounts.update('ba-severnye-kz', (account) => {
      account.country = 'DE'
    })
    await open(olga, 'ru')
    const list = screen.getByRole('region', { name: 'Платежные аккаунты организации' })
    expect(within(list).getByText(/ · Германия · /)).toBeInTheDocument()
  })

  it('speaks Russian', async () => {
    const { user } = await open(anna, 'ru')
    expect(screen.getByRole('heading', { level: 1, name: 'Заявка на партнерство' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 2, name: 'Данные о компании' })).toBeInTheDocument()
    expect(screen.getByText('Соответствует требованиям')).toBeInTheDocument()
    expect(screen.getAllByText(/ · Россия · /).length).toBeGreaterThan(0)
    expect(screen.getByText('способ оплаты — не банковский перевод')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Выбрать этот аккаунт Ромашка Софт — основной' }))
    expect(
      screen.getByRole('dialog', { name: 'Использовать «Ромашка Софт — основной» для заявки?' }),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Отмена' }))
    await user.clear(screen.getByRole('textbox', { name: 'Имя и фамилия' }))
    await user.click(screen.getByRole('button', { name: 'Отправить заявку' }))
    expect(await screen.findByRole('alert', { name: 'Есть 4 ошибки' })).toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: 'Выберите платежный аккаунт, который соответствует требованиям.' }),
    ).toBeInTheDocument()
    await waitFor(() => expect(document.title).toMatch(/^Ошибка: Заявка на партнерство/))
  })
})
