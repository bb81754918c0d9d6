/**
 * Two tabs on the same application (two pages in one browser context share the mock database in
 * localStorage): what one saves, the other never wipes. The tab that loaded earlier has its save
 * refused (409), says the draft changed in another tab and what is newer, keeps what was typed, and
 * "Keep what I entered" puts the user's change on top of the other tab's: nothing is lost. On step 3
 * and on the questionnaire, in English, with axe finding nothing on the warning.
 */
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test, waitForMockedApi } from './fixtures'

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('partner-onboarding.started', '1'))
})

async function open(page: Page, path: string) {
  const loaded = waitForMockedApi(page, '/session')
  await page.goto(path)
  await loaded
}

const conflictHeading = (page: Page) => page.getByRole('heading', { name: 'Changed in another tab' })

test('step 3: a stale tab shows the conflict, keeps the phone typed there, and keeps the position saved in the other', async ({
  page,
  context,
}) => {
  await open(page, '/application?scenario=application-by-account')
  const position = page.getByRole('textbox', { name: 'Position' })
  await expect(position).toBeVisible()
  // The second tab loads the same (empty) application before the first one saves anything.
  const other = await context.newPage()
  await open(other, '/application')
  await expect(other.getByRole('textbox', { name: 'Position' })).toHaveValue('')

  await position.fill('CTO')
  await expect(page.getByText(/^Draft saved at/)).toBeVisible()

  await other.getByRole('textbox', { name: 'Phone' }).fill('+7 912 345-67-89')
  await expect(conflictHeading(other)).toBeVisible()
  const warning = other.getByRole('status').filter({ has: conflictHeading(other) })
  await expect(warning).toContainText('Newer in the other tab:')
  await expect(warning.getByRole('definition')).toHaveText('CTO')
  await expect(warning.getByRole('term')).toHaveText('Position')
  await expect(other.getByRole('textbox', { name: 'Phone' })).toHaveValue('+7 912 345-67-89')
  await expectNoAxeViolations(other)

  await other.getByRole('button', { name: 'Keep what I entered' }).click()
  await expect(other.getByText(/^Draft saved at/)).toBeVisible()
  await expect(other.getByRole('textbox', { name: 'Position' })).toHaveValue('CTO')
  await expect(other.getByRole('textbox', { name: 'Phone' })).toHaveValue('+7 912 345-67-89')

  // Both are on the server: a reload of the first tab shows both.
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Position' })).toHaveValue('CTO')
  await expect(page.getByRole('textbox', { name: 'Phone' })).toHaveValue('+7 912 345-67-89')
})

test('the questionnaire: a stale tab never empties the other tab’s answers; taking the newer version shows them', async ({
  page,
  context,
}) => {
  await open(page, '/partnership/questionnaire?scenario=questionnaire-open')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Questionnaire about your company' }),
  ).toBeVisible()
  const other = await context.newPage()
  await open(other, '/partnership/questionnaire')
  await expect(
    other.getByRole('heading', { level: 1, name: 'Questionnaire about your company' }),
  ).toBeVisible()

  await page.getByRole('textbox', { name: 'Company website (optional)' }).fill('romashka.example')
  await page.getByRole('textbox', { name: 'Comment (optional)' }).fill('Six answers here')
  await expect(page.getByText(/^Draft saved at/)).toBeVisible()

  await other.getByRole('textbox', { name: /Certified .* engineers/ }).fill('4')
  await expect(conflictHeading(other)).toBeVisible()
  await expect(other.getByRole('textbox', { name: /Certified .* engineers/ })).toHaveValue('4')
  await expect(other.getByRole('definition').filter({ hasText: 'Six answers here' })).toBeVisible()

  await other.getByRole('button', { name: 'Use the newer version' }).click()
  await expect(conflictHeading(other)).toBeHidden()
  await expect(other.getByRole('textbox', { name: 'Comment (optional)' })).toHaveValue('Six answers here')
  await expect(other.getByRole('textbox', { name: 'Company website (optional)' })).toHaveValue(
    'romashka.example',
  )

  // Typed again on top of the newer version, it is saved next to the other tab's answers.
  await other.getByRole('textbox', { name: /Certified .* engineers/ }).fill('4')
  await expect(other.getByText(/^Draft saved at/)).toBeVisible()
  await page.reload()
  await expect(page.getByRole('textbox', { name: /Certified .* engineers/ })).toHaveValue('4')
  await expect(page.getByRole('textbox', { name: 'Comment (optional)' })).toHaveValue('Six answers here')
})
