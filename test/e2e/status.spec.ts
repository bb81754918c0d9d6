/**
 * Steps 6 and 7 in the production build, in English and Russian: an application sent to review,
 * decided by the (mock-only) manager endpoint while the page polls, approved → the partner portal;
 * information needed → fixed → sent again; axe on each page and state; the printed confirmation.
 */
import { writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test, waitForMockedApi } from './fixtures'

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('partner-onboarding.started', '1'))
})

/** A request through the mock service worker, as the app would make it (or the manager's back office). */
async function callApi(page: Page, method: string, path: string, body?: unknown) {
  const answer = await page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(`/api${path}`, {
        method,
        headers: {
          'Content-Type': 'application/json',
          'Idempotency-Key': crypto.randomUUID?.() ?? String(Date.now()),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        body: await response.json(),
      }
    },
    { method, path, body },
  )
  expect(answer.type).toContain('application/json')
  return answer
}

async function theApplicationId(page: Page): Promise<string> {
  const { body } = await callApi(page, 'GET', '/organizations/org-romashka/application')
  return body.application.id
}

const words = {
  en: {
    confirmation: 'Application confirmation',
    inReview: 'Status: In review',
    approved: 'Status: Approved',
    infoNeeded: 'Status: Information needed',
    portalLink: 'Go to the partner portal',
    portal: 'Partner portal',
    sections: 'Sections of the portal',
    phone: 'Phone',
    website: 'Company website',
    fix: 'Fix your answers',
    sendAgain: 'Send again',
    sentAgain: 'Sent again: the manager continues the review',
    round: /Sent again with the answers to request 1/,
    due: /The decision is due by/,
    answers: 'Your answers',
  },
  ru: {
    confirmation: 'Подтверждение заявки',
    inReview: 'Статус: На рассмотрении',
    approved: 'Статус: Одобрена',
    infoNeeded: 'Статус: Нужна информация',
    portalLink: 'Перейти в партнерский портал',
    portal: 'Партнерский портал',
    sections: 'Разделы портала',
    phone: 'Телефон',
    website: 'Сайт компании',
    fix: 'Исправьте ответы',
    sendAgain: 'Отправить повторно',
    sentAgain: 'Заявка отправлена повторно: менеджер продолжит рассмотрение',
    round: /Отправлена повторно с ответами на запрос № 1/,
    due: /Решение ожидается не позднее/,
    answers: 'Ваши ответы',
  },
} as const

for (const language of ['en', 'ru'] as const) {
  const w = words[language]

  test.describe(`steps 6 and 7 (${language})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(
        (lang) => window.localStorage.setItem('partner-onboarding.language', lang),
        language,
      )
    })

    test('sent → in review → approved by the manager while the page polls → the partner portal', async ({
      page,
    }) => {
      test.setTimeout(240_000)
      // Step 3 sent (step 4 still to do): finish step 4 through the API, as its pages would.
      const settings = waitForMockedApi(page, '/program-settings')
      await page.goto('/?scenario=application-sent')
      await settings
      const id = await theApplicationId(page)
      expect(
        (await callApi(page, 'PUT', `/applications/${id}/video`, { furthest: 79, watched: true })).status,
      ).toBe(200)
      await callApi(page, 'PUT', `/applications/${id}/partnership`, { types: ['direct'], taxation: 'osno' })
      const sent = await callApi(page, 'POST', `/applications/${id}/questionnaire`, {
        companySize: '11-50',
        certifiedEngineers: 2,
        expertise: ['devops'],
        industries: ['it'],
        customers: ['smb'],
        otherClouds: [],
        monthlyConsumption: 'lt-100k',
        website: '',
        regions: ['central'],
        comment: '',
      })
      expect(sent.body.status).toBe('in_review')

      await page.goto('/confirmation')
      await expect(page.getByRole('heading', { level: 1, name: w.confirmation })).toBeVisible()
      await expect(page.getByRole('heading', { level: 2, name: w.inReview })).toBeVisible()
      await expect(page.getByText(w.due)).toBeVisible()
      await expect(page.getByText(sent.body.reference, { exact: true })).toBeVisible()
      await expectNoAxeViolations(page)

      // The manager approves; the page finds out by itself (polling every 15 s while visible).
      expect(
        (await callApi(page, 'POST', `/applications/${id}/decision`, { action: 'approve' })).status,
      ).toBe(200)
      await expect(page.getByRole('heading', { level: 2, name: w.approved })).toBeVisible({ timeout: 25_000 })
      await expectNoAxeViolations(page)

      await page.getByRole('link', { name: w.portalLink }).click()
      await expect(page.getByRole('heading', { level: 1, name: w.portal })).toBeVisible()
      await expect(page).toHaveURL(/\/partner$/)
      await expect(
        page.getByRole('region', { name: w.sections }).getByRole('heading', { level: 3 }),
      ).toHaveCount(6)
      await expectNoAxeViolations(page)

      // Bookmarkable: a reload keeps the portal.
      await page.reload()
      await expect(page.getByRole('heading', { level: 1, name: w.portal })).toBeVisible()
    })

    test('information needed → fixed → sent again, each round in the history', async ({ page }) => {
      test.setTimeout(240_000)
      const settings = waitForMockedApi(page, '/program-settings')
      await page.goto('/confirmation?scenario=in-review')
      await settings
      await expect(page.getByRole('heading', { level: 2, name: w.inReview })).toBeVisible()
      const id = await theApplicationId(page)
      const asked = await callApi(page, 'POST', `/applications/${id}/decision`, {
        action: 'request-information',
        message: 'Check the phone, please.',
        fields: ['contacts.phone', 'questionnaire.website'],
      })
      expect(asked.body.status).toBe('information_needed')
      await page.reload()
      await expect(page.getByRole('heading', { level: 2, name: w.infoNeeded })).toBeVisible()
      await expect(page.getByText('Check the phone, please.')).toBeVisible()
      await expectNoAxeViolations(page)

      await page.getByRole('link', { name: w.phone, exact: true }).click()
      await expect(page.getByRole('heading', { level: 1, name: w.fix })).toBeVisible()
      const phone = page.getByRole('textbox', { name: w.phone })
      await expect(phone).toBeFocused()
      await expectNoAxeViolations(page)

      // A wrong phone: the error summary, nothing lost, axe still finds nothing.
      await phone.fill('12345')
      await page.getByRole('button', { name: w.sendAgain }).click()
      await expect(page.getByRole('alert').first()).toBeFocused()
      await expect(phone).toHaveValue('12345')
      await expectNoAxeViolations(page)

      await phone.fill('+7 495 123-45-67')
      await page.getByRole('textbox', { name: w.website }).fill('https://romashka.example')
      await page.getByRole('button', { name: w.sendAgain }).click()
      await expect(page.getByRole('heading', { level: 1, name: w.confirmation })).toBeVisible()
      await expect(page.getByText(w.sentAgain)).toBeVisible()
      await expect(page.getByRole('heading', { level: 2, name: w.inReview })).toBeVisible()
      await expect(page.getByText(w.round)).toBeVisible()
      await expect(page.getByText('+74951234567')).toBeVisible()
      await expectNoAxeViolations(page)
    })

    test('the printed confirmation holds the answers and the status, without navigation', async ({
      page,
    }) => {
      await page.goto('/confirmation?scenario=in-review')
      await expect(page.getByRole('heading', { level: 2, name: w.inReview })).toBeVisible()
      await page.emulateMedia({ media: 'print' })
      await expect(page.getByRole('heading', { level: 2, name: w.inReview })).toBeVisible()
      await expect(page.getByRole('heading', { level: 2, name: w.answers })).toBeVisible()
      await expect(page.getByText('anna.smirnova@romashka-soft.ru').first()).toBeVisible()
      await expect(page.locator('header').first()).toBeHidden()
      await expect(page.locator('nav').first()).toBeHidden()
      await expect(page.locator('footer').first()).toBeHidden()
      await expect(page.getByRole('button', { name: /PDF/ })).toBeHidden()
      const pdf = await page.pdf({ format: 'A4', printBackground: true })
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
      expect(pdf.length).toBeGreaterThan(20_000)
      // Chromium's PDF: one "/Type /Page" object per page; the answers run to at least two pages.
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(2)
      if (process.env.E2E_ARTIFACTS)
        writeFileSync(`${process.env.E2E_ARTIFACTS}/confirmation-${language}.pdf`, pdf)
    })
  })
}
