import type { Page } from '@playwright/test'
import { RESERVED_TINS } from '../../mocks/registry/reserved'
import { completeTin } from '../../src/lib/identifiers'
import { expect, expectNoAxeViolations, test } from './fixtures'

/** Opens step 3 signed in (the scenario seeds a session), with step 1 marked as read. */
async function openApplication(page: Page, scenario: 'application-by-account' | 'application-by-tin') {
  await page.addInitScript(() => window.localStorage.setItem('partner-onboarding.started', '1'))
  await page.goto(`/application?scenario=${scenario}`)
}

const TIN = completeTin('540712345')

for (const language of ['en', 'ru'] as const) {
  const w =
    language === 'en'
      ? {
          title: 'Partnership application',
          contacts: 'Contact details',
          position: 'Position',
          phone: 'Phone',
          tin: 'Company TIN (INN)',
          send: 'Send request',
          summary: /^There (is a problem|are \d problems)$/,
          errorTitle: /^Error: Partnership application/,
          choose: 'Choose this account Ромашка Софт — основной',
          dialog: 'Use “Ромашка Софт — основной” for the application?',
          confirm: 'Yes, choose this account',
          cancel: 'Cancel',
          locked: 'Billing account: Ромашка Софт — основной',
          check: /^Check the details/,
          additional: 'Additional information',
          saved: /^Draft saved at \d\d:\d\d$/,
          next: 'Partnership type',
        }
      : {
          title: 'Заявка на партнерство',
          contacts: 'Контактные данные',
          position: 'Должность',
          phone: 'Телефон',
          tin: 'ИНН компании',
          send: 'Отправить заявку',
          summary: /^Есть \d ошибк/,
          errorTitle: /^Ошибка: Заявка на партнерство/,
          choose: 'Выбрать этот аккаунт Ромашка Софт — основной',
          dialog: 'Использовать «Ромашка Софт — основной» для заявки?',
          confirm: 'Да, выбрать аккаунт',
          cancel: 'Отмена',
          locked: 'Платежный аккаунт: Ромашка Софт — основной',
          check: /^Проверить данные/,
          additional: 'Дополнительные данные',
          saved: /^Черновик сохранен в \d\d:\d\d$/,
          next: 'Тип партнерства',
        }

  test.describe(`step 3 in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'ru-RU' })

    test('sends the application with a qualifying billing account', async ({ page }) => {
      await openApplication(page, 'application-by-account')
      await expect(page.getByRole('heading', { level: 2, name: w.contacts })).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await expectNoAxeViolations(page)

      // Send with what is missing: the summary takes focus and the title says "Error:".
      await page.getByRole('button', { name: w.send }).click()
      const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: w.summary }) })
      await expect(summary).toBeFocused()
      await expect(page).toHaveTitle(w.errorTitle)
      await expectNoAxeViolations(page)

      await page.getByRole('textbox', { name: w.position }).fill('Технический директор')
      await page.getByRole('textbox', { name: w.phone }).fill('8 (912) 345-67-89')

      // The dialog: focus inside it, Tab stays inside, Escape closes it and focus comes back.
      const choose = page.getByRole('button', { name: w.choose })
      await choose.click()
      const dialog = page.getByRole('dialog', { name: w.dialog })
      await expect(dialog).toBeVisible()
      await expect(dialog.getByRole('button', { name: w.cancel })).toBeFocused()
      await expectNoAxeViolations(page)
      // The page behind a modal dialog is inert: Tab moves between the dialog's buttons (and the
      // browser's own controls, where the document has no focused element), never to the page.
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab')
        const where = await dialog.evaluate((node) =>
          node.contains(document.activeElement)
            ? 'dialog'
            : document.activeElement === document.body
              ? 'none'
              : 'page',
        )
        expect(where).not.toBe('page')
      }
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
      await expect(choose).toBeFocused()

      await choose.click()
      await dialog.getByRole('button', { name: w.confirm }).click()
      await expect(page.getByRole('heading', { name: w.locked })).toBeFocused()
      await expect(page.getByText('7736207543')).toBeVisible()
      await expect(page.getByText(w.saved)).toBeVisible()
      await expectNoAxeViolations(page)

      // Send request is below the fold: the next page opens at its top, its heading focused.
      const send = page.getByRole('button', { name: w.send })
      await send.scrollIntoViewIfNeeded()
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
      await send.click()
      await expect(page).toHaveURL(/\/partnership$/)
      await expect(page.getByRole('heading', { level: 1, name: w.next })).toBeFocused()
      expect(await page.evaluate(() => window.scrollY)).toBe(0)
    })

    test('sends the application by TIN, and a reload keeps the draft', async ({ page }) => {
      await openApplication(page, 'application-by-tin')
      await expect(page.getByRole('heading', { level: 2, name: w.contacts })).toBeVisible()
      await page.getByRole('textbox', { name: w.position }).fill('Директор')
      await page.getByRole('textbox', { name: w.phone }).fill('+7 (495) 123-45-67')
      // Pasted with spaces, as people do.
      await page
        .getByRole('textbox', { name: w.tin })
        .fill(`${TIN.slice(0, 4)} ${TIN.slice(4, 7)} ${TIN.slice(7)}`)
      const check = page.getByRole('button', { name: w.check })
      await expect(check).toBeVisible()
      await expectNoAxeViolations(page)
      await check.click()
      await expect(page.getByRole('region', { name: w.additional })).toBeVisible()
      await expectNoAxeViolations(page)
      await expect(page.getByText(w.saved)).toBeVisible()

      await page.reload()
      await expect(page.getByRole('textbox', { name: w.position })).toHaveValue('Директор')
      await expect(page.getByRole('textbox', { name: w.tin })).toHaveValue(
        `${TIN.slice(0, 4)} ${TIN.slice(4, 7)} ${TIN.slice(7)}`,
      )
      await expect(page.getByRole('button', { name: w.check })).toBeVisible()

      await page.getByRole('button', { name: w.send }).click()
      await expect(page).toHaveURL(/\/partnership$/)
    })
  })
}

test.describe('registry outcomes (axe on each)', () => {
  test.use({ locale: 'en-GB' })

  test('not found, liquidated, a branch, an entrepreneur, the registry down, a wrong TIN', async ({
    page,
  }) => {
    await openApplication(page, 'application-by-tin')
    const tin = page.getByRole('textbox', { name: 'Company TIN (INN)' })
    await expect(tin).toBeVisible()

    await tin.fill(RESERVED_TINS.notFound)
    await expect(
      page.getByRole('heading', { name: `No company with TIN ${RESERVED_TINS.notFound} was found` }),
    ).toBeVisible()
    await expectNoAxeViolations(page)

    await tin.fill(RESERVED_TINS.liquidated)
    await expect(page.getByRole('heading', { name: 'ООО «Ирида Сервис» cannot apply' })).toBeVisible()
    await expectNoAxeViolations(page)

    await tin.fill(RESERVED_TINS.withBranches)
    // The head office comes chosen (a branch cannot apply); the branch's card has nothing to press.
    await expect(
      page.getByRole('button', { name: /Check the details ООО «Магистраль Телеком»/ }),
    ).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByRole('button', { name: /Check the details Новосибирский филиал/ })).toHaveCount(0)
    await expectNoAxeViolations(page)

    await tin.fill(RESERVED_TINS.entrepreneur)
    await expect(page.getByRole('heading', { name: 'ИП Соколова М. А.' })).toBeVisible()
    await expect(page.getByText('OGRNIP')).toBeVisible()

    await tin.fill(RESERVED_TINS.unavailable)
    await expect(page.getByRole('heading', { name: 'The company registry is not answering' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('button', { name: /Check the details/ })).toBeVisible()
    await expect(tin).toHaveValue(RESERVED_TINS.unavailable)

    await tin.fill('77О0000016')
    await expect(tin).toHaveAttribute('aria-invalid', 'true')
    await expect(page.getByText('Remove “О” (character 3): the TIN holds digits only.')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a phone-sized screen shows the page without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await openApplication(page, 'application-by-tin')
    await page.getByRole('textbox', { name: 'Company TIN (INN)' }).fill(RESERVED_TINS.withBranches)
    await page.getByRole('button', { name: /Check the details ООО/ }).click()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
  })
})
