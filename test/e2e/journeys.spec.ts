/**
 * Whole journeys (issue 11) on the production demo build, from the program page's Apply to where each
 * branch ends, through every page between, in English and Russian: the main journey (new Yandex ID →
 * company by TIN → video → direct partner → questionnaire → create, verify and upgrade the billing
 * account → in review → approved → partner portal), also with the keyboard alone and on a 360 px
 * phone; and the branches: an existing customer with a paid qualifying account (step 5 skipped), one
 * on its trial (upgrade only), an SSO user, an individual entrepreneur with the referral program open
 * (bank details carried into step 5), information needed → fixed → sent again, and rejected.
 * The demo panel decides the application and completes the billing check (no waiting for clocks).
 * The steps: journey.ts.
 */
import { mkdirSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { RESERVED_TINS } from '../../mocks/registry/reserved'
import { completeTin } from '../../src/lib/identifiers'
import { expect, test } from './fixtures'
import {
  applyByTin,
  applyWithAccount,
  approvedToPortal,
  choosePartnership,
  createBillingAccount,
  informationNeededFixedSentAgain,
  inReview,
  Journey,
  type JourneyOptions,
  LANGUAGES,
  type Language,
  openProgram,
  registerYandexId,
  rejected,
  sendQuestionnaire,
  settlementAccountFor,
  signInWithAccount,
  signInWithSso,
  trialUpgradeOnly,
  upgradeBillingAccount,
  verifyBillingAccount,
} from './journey'

/** A checksum-valid TIN the mock registry answers with an active company. */
const TIN = completeTin('540712345')
const SBER = '044525225'

const NINA = {
  name: 'Нина Ковалева',
  login: 'nina.kovaleva',
  email: 'nina@kovaleva-it.ru',
  password: 'Kovaleva-2026',
}

/** The main journey, as one person would go through it. */
async function mainJourney(j: Journey) {
  await openProgram(j, 'new-user')
  await registerYandexId(j, NINA)
  const company = await applyByTin(j, { position: 'Директор', phone: '+7 912 345-67-89' }, TIN, [NINA.name])
  await choosePartnership(j, { types: ['direct'], taxation: 'osno' }, [company])
  await sendQuestionnaire(j)
  await createBillingAccount(j, { name: 'Партнерский', bik: SBER }, [company])
  await verifyBillingAccount(j)
  await upgradeBillingAccount(j, [company])
  await inReview(j, [company, 'Партнерский'])
  await approvedToPortal(j, [company])
}

const ANNA = /Анна Смирнова/
const ROMASHKA_ACCOUNT = 'Ромашка Софт — основной'
const ANNA_CONTACTS = { position: 'Технический директор', phone: '8 (912) 345-67-89' }

/** An existing customer whose qualifying account is chosen at step 3, up to the application in review. */
async function existingCustomerToReview(j: Journey, scenario: 'qualifying-account' | 'trial-account') {
  const { t } = j
  await openProgram(j, scenario)
  await signInWithAccount(j, ANNA, 'Ромашка Софт')
  await applyWithAccount(j, ANNA_CONTACTS, ROMASHKA_ACCOUNT, [
    t('summary.organization', { name: 'Ромашка Софт' }),
  ])
  const company = t('summary.company', { name: 'Ромашка Софт' })
  await choosePartnership(j, { types: ['direct'], taxation: 'osno' }, [company])
  await sendQuestionnaire(j)
  if (scenario === 'trial-account') await trialUpgradeOnly(j, ROMASHKA_ACCOUNT)
  await inReview(j, [company, ROMASHKA_ACCOUNT])
  return company
}

const locale = (language: Language) => (language === 'en' ? 'en-GB' : 'ru-RU')

/** Only the main journeys in each language keep the mock's answer delay (350 ms); the others run without it: CI time. */
async function noAnswerDelay(page: Page) {
  await page.addInitScript(() => window.localStorage.setItem('partner-onboarding.mock-latency', '0'))
}

for (const language of LANGUAGES) {
  test.describe(`journeys in ${language}`, () => {
    test.use({ locale: locale(language) })

    test('main: new Yandex ID → company by TIN → … → approved → partner portal', async ({ page }) => {
      // axe on each of its 18 pages: 9–10 minutes measured at a load average of 30–50 on the shared machine.
      test.setTimeout(900_000)
      await mainJourney(new Journey(page, language, 'mouse', { axe: true }))
    })

    test('existing customer, paid qualifying account: step 5 skipped; information needed → fixed → sent again', async ({
      page,
    }) => {
      test.setTimeout(600_000)
      await noAnswerDelay(page)
      const j = new Journey(page, language)
      const company = await existingCustomerToReview(j, 'qualifying-account')
      // Step 5 was done with the account chosen at step 3: the progress says so, with its name.
      const steps = page.getByRole('navigation', { name: j.t('common.steps.navLabel') })
      await expect(steps.getByRole('link', { name: new RegExp(j.t('common.steps.billing')) })).toContainText(
        ROMASHKA_ACCOUNT,
      )
      await informationNeededFixedSentAgain(j, [company])
    })

    test('existing customer, qualifying account on its trial: upgrade only; rejected with reasons', async ({
      page,
    }) => {
      test.setTimeout(600_000)
      await noAnswerDelay(page)
      const j = new Journey(page, language)
      const company = await existingCustomerToReview(j, 'trial-account')
      await rejected(j, [company])
    })

    test('SSO user: federation by work email, the identity provider, the federation’s organization applies', async ({
      page,
    }) => {
      test.setTimeout(600_000)
      await noAnswerDelay(page)
      const j = new Journey(page, language)
      await openProgram(j, 'sso-user')
      await signInWithSso(j, 's.volkov@nordwind.ru', 's.volkov', 'Nordwind-2026')
      const company = await applyByTin(
        j,
        { position: 'Инженер', phone: '+7 921 000-11-22' },
        completeTin('781012345'),
        ['Сергей Волков', j.t('summary.organization', { name: 'Нордвинд' })],
      )
      // The branch ends here: from step 4 on, an SSO user goes on as anyone else.
      await j.arrive('partnership', j.t('partnership.title'), 'partnership', [company])
    })

    test('individual entrepreneur, referral program open: OGRNIP, patent taxation, bank details carried into step 5', async ({
      page,
    }) => {
      test.setTimeout(600_000)
      await noAnswerDelay(page)
      const j = new Journey(page, language)
      const { t } = j
      await openProgram(j, 'referral-open')
      await signInWithAccount(j, /Иван Петров/, 'Петров ИТ')
      const company = await applyByTin(
        j,
        { position: 'Индивидуальный предприниматель', phone: '+7 913 555-44-33' },
        RESERVED_TINS.entrepreneur,
        [],
        [t('application.company.ogrnip'), RESERVED_TINS.entrepreneur],
      )
      expect(company).toMatch(/^ИП /)
      const bank = { bik: SBER, settlementAccount: settlementAccountFor(SBER, '40802810000000004321') }
      await choosePartnership(j, { types: ['direct', 'referral'], taxation: 'psn', bank }, [company])
      await sendQuestionnaire(j)
      await createBillingAccount(j, { name: 'ИП — партнерский', keptBank: bank }, [company])
    })
  })
}

// The journeys are in English and Russian: the keyboard and the phone too (Russian words are
// longer: a label or a button that fits at 360 px in English may not).
for (const language of LANGUAGES) {
  test.describe(`the main journey in ${language}, other ways`, () => {
    test.use({ locale: locale(language) })

    test('with the keyboard alone, focus always visible', async ({ page }) => {
      test.setTimeout(600_000)
      await noAnswerDelay(page)
      await mainJourney(new Journey(page, language, 'keyboard'))
    })

    test('on a 360 px phone: no sideways scrolling, the main button in reach', async ({ page }) => {
      test.setTimeout(600_000)
      await page.setViewportSize({ width: 360, height: 740 })
      await noAnswerDelay(page)
      const options: JourneyOptions = { phone: true }
      if (process.env.JOURNEY_SHOTS) {
        mkdirSync(process.env.JOURNEY_SHOTS, { recursive: true })
        options.shots = process.env.JOURNEY_SHOTS
      }
      await mainJourney(new Journey(page, language, 'mouse', options))
    })
  })
}
