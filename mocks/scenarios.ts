/**
 * Named scenarios that seed the mock database. Designers switch between them from the demo panel;
 * tests pick one with `applyScenario(name)`. Every branch of the flow is reachable from one of them.
 */

import { newApplication } from '@mocks/handlers/applications'
import { RESERVED_TINS } from '@mocks/registry'
import type { BillingAccount, BillingCompany } from '@/api/contract'
import { PATHS } from '@/api/paths'
import videoMedia from '@/domain/video-media.json'
import {
  putQualifyingAccountOnTrial,
  seedByTinAtStep5,
  seedCreatedAtStep5,
  seedPaidAccountStep4Done,
  seedTrialAccountAtStep5,
} from './billing-scenarios'
import { db, resetDb, startSession } from './db'
import { seedReviewedApplication } from './reviewed-application'
import { annaSent, ivanSent, seedSentApplication } from './sent-application'

const at = (iso: string) => new Date(iso).toISOString()

const romashka: BillingCompany = {
  fullName: 'Общество с ограниченной ответственностью «Ромашка Софт»',
  shortName: 'ООО «Ромашка Софт»',
  tin: '7736207543',
  kpp: '773601001',
  ogrn: '1027739850962',
  legalAddress: '117312, г. Москва, ул. Вавилова, д. 19',
  postalAddress: '117312, г. Москва, ул. Вавилова, д. 19, офис 401',
  postalCode: '117312',
  headName: 'Смирнова Анна Викторовна',
  headPosition: 'Генеральный директор',
}

function account(
  partial: Partial<BillingAccount> & Pick<BillingAccount, 'id' | 'organizationId' | 'name'>,
): BillingAccount {
  return {
    type: 'business',
    country: 'RU',
    paymentMethod: 'invoice',
    status: 'ACTIVE',
    company: null,
    bankDetails: null,
    verified: true,
    paid: true,
    grantBalance: 0,
    verificationSentAt: null,
    createdAt: at('2025-03-14T09:30:00Z'),
    ...partial,
  }
}

async function seedPeople(recentAccountIds: string[], options: { referralProgramOpen?: boolean } = {}) {
  await db.settings.insert({
    id: 'settings',
    referralProgramOpen: options.referralProgramOpen ?? false,
    reviewBusinessDays: 7,
    recentAccountIds,
  })
  await db.users.insert({
    id: 'u-anna',
    name: 'Анна Смирнова',
    login: 'anna.smirnova',
    email: 'anna.smirnova@romashka-soft.ru',
    avatarUrl: null,
    // "Sign in with another account" (a device where the account is not among the recent ones)
    password: 'Romashka-2026',
  })
  await db.users.insert({
    id: 'u-ivan',
    name: 'Иван Петров',
    login: 'ivan.petrov',
    email: 'i.petrov@petrov-it.ru',
    avatarUrl: null,
    password: 'Petrov-2026',
  })
  await db.users.insert({
    id: 'u-olga',
    name: 'Ольга Кузнецова',
    login: 'o.kuznetsova',
    email: 'olga@severnye-resheniya.ru',
    // One recent account with a picture, so the list shows both a picture and initials.
    avatarUrl: `${import.meta.env.BASE_URL}avatars/olga.svg`, // under the build's base path
    password: 'Severnye-2026',
  })
  await db.users.insert({
    id: 'u-sergey',
    name: 'Сергей Волков',
    login: 's.volkov',
    email: 's.volkov@nordwind.ru',
    avatarUrl: null,
    password: 'Nordwind-2026',
  })
  // A blocked Yandex ID: "Sign in with another account" refuses it with its own message.
  await db.users.insert({
    id: 'u-blocked',
    name: 'Михаил Орлов',
    login: 'm.orlov',
    email: 'm.orlov@example.ru',
    avatarUrl: null,
    password: 'Orlov-2026',
    blocked: true,
  })

  await db.organizations.insert({
    id: 'org-romashka',
    name: 'Ромашка Софт',
    federationId: null,
    memberIds: ['u-anna'],
  })
  await db.organizations.insert({
    id: 'org-romashka-lab',
    name: 'Ромашка Лаб',
    federationId: null,
    memberIds: ['u-anna'],
  })
  await db.organizations.insert({
    id: 'org-petrov',
    name: 'Петров ИТ',
    federationId: null,
    memberIds: ['u-ivan'],
  })
  await db.organizations.insert({
    id: 'org-severnye',
    name: 'Северные решения',
    federationId: null,
    memberIds: ['u-olga'],
  })
  await db.organizations.insert({
    id: 'org-nordwind',
    name: 'Нордвинд',
    federationId: 'bpfnordwind2026',
    memberIds: ['u-sergey'],
  })
  await db.federations.insert({
    id: 'bpfnordwind2026',
    name: 'Нордвинд SSO',
    organizationId: 'org-nordwind',
    domains: ['nordwind.ru'],
  })

  // A qualifying account: business, Russian resident, paid by invoice.
  await db.billingAccounts.insert(
    account({
      id: 'ba-romashka-main',
      organizationId: 'org-romashka',
      name: 'Ромашка Софт — основной',
      company: romashka,
    }),
  )
  await db.billingAccounts.insert(
    account({
      id: 'ba-romashka-card',
      organizationId: 'org-romashka',
      name: 'Ромашка Софт — тесты',
      paymentMethod: 'card',
      company: romashka,
    }),
  )
  // Accounts that each miss one requirement.
  const severnye = 'org-severnye'
  await db.billingAccounts.insert(
    account({
      id: 'ba-severnye-personal',
      organizationId: severnye,
      name: 'Личный аккаунт',
      type: 'individual',
      paymentMethod: 'card',
      status: 'TRIAL_ACTIVE',
      paid: false,
    }),
  )
  await db.billingAccounts.insert(
    account({
      id: 'ba-severnye-kz',
      organizationId: severnye,
      name: 'Северные решения Казахстан',
      country: 'KZ',
    }),
  )
  await db.billingAccounts.insert(
    account({
      id: 'ba-severnye-card',
      organizationId: severnye,
      name: 'Северные решения — карта',
      paymentMethod: 'card',
    }),
  )
  await db.billingAccounts.insert(
    account({
      id: 'ba-lab-trial',
      organizationId: 'org-romashka-lab',
      name: 'Ромашка Лаб — пробный',
      type: 'individual',
      paymentMethod: 'card',
      status: 'TRIAL_ACTIVE',
      paid: false,
    }),
  )
}

/** Words shown to designers (the demo panel), in both of the app's languages: their one source. */
export type ScenarioText = { en: string; ru: string }

/** Where a scenario starts, for the panel's groups (their names: `demo.group.*` in mocks/locales). */
export const SCENARIO_GROUPS = ['people', 'application', 'partnership', 'billing', 'review'] as const
export type ScenarioGroup = (typeof SCENARIO_GROUPS)[number]

type Scenario = {
  group: ScenarioGroup
  title: ScenarioText
  description: ScenarioText
  /** The page the app opens at once the scenario starts (the program page when absent). */
  start?: string
  seed: () => Promise<void>
}

/** Step 4's first page done: the video watched to its end, the direct program and the general taxation chosen. */
async function seedPartnershipChosen(): Promise<void> {
  const application = db.applications.all()[0]
  if (!application) return
  await db.applications.update(application.id, (draft) => {
    draft.video = { furthest: videoMedia.duration, watched: true }
    draft.partnership = { types: ['direct'], taxation: 'osno' }
    draft.partnershipDraft = { ...draft.partnershipDraft, types: ['direct'], taxation: 'osno' }
  })
}

/** Ivan at step 3 (Петров ИТ, no billing account) with a TIN already typed: the registry's answer shows. */
async function seedTinAtStep3(tin: string): Promise<void> {
  await seedPeople(['u-ivan'])
  await startSession({ userId: 'u-ivan', method: 'account', organizationId: 'org-petrov' })
  const application = newApplication('org-petrov')
  await db.applications.insert({ ...application, draft: { ...application.draft, tin } })
}

export const scenarios = {
  demo: {
    group: 'people',
    title: {
      en: 'Everyone (default)',
      ru: 'Все пользователи (по умолчанию)',
    },
    description: {
      en: 'Four recent accounts: Anna (a qualifying billing account), Olga (accounts that all miss a requirement), Ivan (no billing account), Sergey (SSO federation bpfnordwind2026, domain nordwind.ru).',
      ru: 'Четыре недавних аккаунта: Анна (подходящий платежный аккаунт), Ольга (каждый аккаунт не выполняет одно из требований), Иван (нет платежного аккаунта), Сергей (SSO-федерация bpfnordwind2026, домен nordwind.ru).',
    },
    seed: () => seedPeople(['u-anna', 'u-olga', 'u-ivan']),
  },
  'new-user': {
    group: 'people',
    title: {
      en: 'A new user',
      ru: 'Новый пользователь',
    },
    description: {
      en: 'No recently used accounts on this device: sign in with a new Yandex ID or SSO.',
      ru: 'На этом устройстве нет недавних аккаунтов: вход с новым Яндекс ID или через SSO.',
    },
    seed: () => seedPeople([]),
  },
  'qualifying-account': {
    group: 'people',
    title: {
      en: 'A customer with a qualifying billing account',
      ru: 'Клиент с подходящим платежным аккаунтом',
    },
    description: {
      en: 'Anna only; her organization Ромашка Софт has a business, resident, invoice-paid account.',
      ru: 'Только Анна; у ее организации Ромашка Софт есть аккаунт юрлица-резидента с оплатой по счету.',
    },
    seed: () => seedPeople(['u-anna']),
  },
  'trial-account': {
    group: 'people',
    title: {
      en: 'A customer whose qualifying account is on its trial',
      ru: 'Клиент с подходящим аккаунтом на пробном периоде',
    },
    description: {
      en: 'Anna only; Ромашка Софт’s business, resident, invoice-paid account is still on its trial (4,000 ₽ of grants): after step 4, step 5 is the upgrade to paid only.',
      ru: 'Только Анна; аккаунт Ромашка Софт (юрлицо-резидент, оплата по счету) еще на пробном периоде (гранты 4 000 ₽): после шага 4 шаг 5 — только переход на платную версию.',
    },
    seed: () => seedPeople(['u-anna']).then(putQualifyingAccountOnTrial),
  },
  'no-qualifying-account': {
    group: 'people',
    title: {
      en: 'Accounts that all miss a requirement',
      ru: 'Ни один аккаунт не подходит',
    },
    description: {
      en: 'Olga only: an individual account, a non-resident one and one paid by card.',
      ru: 'Только Ольга: аккаунт физлица, аккаунт нерезидента и аккаунт с оплатой картой.',
    },
    seed: () => seedPeople(['u-olga']),
  },
  'no-billing-account': {
    group: 'people',
    title: {
      en: 'No billing account',
      ru: 'Нет платежного аккаунта',
    },
    description: {
      en: 'Ivan only: his organization has no billing account yet.',
      ru: 'Только Иван: у его организации еще нет платежного аккаунта.',
    },
    seed: () => seedPeople(['u-ivan']),
  },
  'referral-open': {
    group: 'people',
    title: {
      en: 'Referral program open',
      ru: 'Реферальная программа открыта',
    },
    description: {
      en: 'As the default, but the referral program takes new partners.',
      ru: 'Как по умолчанию, но реферальная программа принимает новых партнеров.',
    },
    seed: () => seedPeople(['u-anna', 'u-olga', 'u-ivan'], { referralProgramOpen: true }),
  },
  'sso-user': {
    group: 'people',
    start: PATHS.signInSso,
    title: { en: 'An SSO user', ru: 'Пользователь SSO' },
    description: {
      en: 'Sign-in with SSO opens: enter federation bpfnordwind2026 or s.volkov@nordwind.ru; at the demo identity provider sign in as s.volkov with Nordwind-2026 (Sergey, Нордвинд).',
      ru: 'Открывается вход через SSO: введите федерацию bpfnordwind2026 или s.volkov@nordwind.ru; в демо-провайдере войдите как s.volkov с паролем Nordwind-2026 (Сергей, Нордвинд).',
    },
    seed: () => seedPeople([]),
  },
  'application-by-account': {
    group: 'application',
    start: PATHS.application,
    title: {
      en: 'Step 3 with a qualifying billing account',
      ru: 'Шаг 3 с подходящим платежным аккаунтом',
    },
    description: {
      en: 'Anna is signed in with Ромашка Софт chosen: the application offers its qualifying billing account (and shows the card-paid one that misses a requirement).',
      ru: 'Анна вошла и выбрала Ромашка Софт: заявка предлагает подходящий платежный аккаунт (и показывает аккаунт с оплатой картой, который не подходит).',
    },
    seed: async () => {
      await seedPeople(['u-anna'])
      await startSession({ userId: 'u-anna', method: 'account', organizationId: 'org-romashka' })
    },
  },
  'application-by-tin': {
    group: 'application',
    start: PATHS.application,
    title: {
      en: 'Step 3 by TIN',
      ru: 'Шаг 3 по ИНН',
    },
    description: {
      en: 'Ivan is signed in with Петров ИТ chosen: no billing account, so the company comes from the registry by TIN. The chips under the TIN field fill in the reserved TINs, one per registry outcome.',
      ru: 'Иван вошел и выбрал Петров ИТ: платежного аккаунта нет, поэтому данные компании берутся из реестра по ИНН. Кнопки под полем ИНН подставляют зарезервированные ИНН, по одному на каждый ответ реестра.',
    },
    seed: async () => {
      await seedPeople(['u-ivan'])
      await startSession({ userId: 'u-ivan', method: 'account', organizationId: 'org-petrov' })
    },
  },
  'application-no-qualifying': {
    group: 'application',
    start: PATHS.application,
    title: {
      en: 'Step 3: accounts that each miss one requirement',
      ru: 'Шаг 3: каждый аккаунт не выполняет одно требование',
    },
    description: {
      en: 'Olga is signed in with Северные решения chosen: her individual, non-resident and card-paid accounts are listed with what each misses; the company comes by TIN.',
      ru: 'Ольга вошла и выбрала Северные решения: ее аккаунты физлица, нерезидента и с оплатой картой показаны с тем, чего каждому не хватает; данные компании — по ИНН.',
    },
    seed: async () => {
      await seedPeople(['u-olga'])
      await startSession({ userId: 'u-olga', method: 'account', organizationId: 'org-severnye' })
    },
  },
  'tin-entrepreneur': {
    group: 'application',
    start: PATHS.application,
    title: { en: 'Step 3: an individual entrepreneur', ru: 'Шаг 3: индивидуальный предприниматель' },
    description: {
      en: 'Ivan is at step 3 with the 12-digit TIN of ИП Соколова Мария Андреевна entered: an entrepreneur’s card (OGRNIP, no KPP).',
      ru: 'Иван на шаге 3, введен 12-значный ИНН ИП Соколова Мария Андреевна: карточка предпринимателя (ОГРНИП, без КПП).',
    },
    seed: () => seedTinAtStep3(RESERVED_TINS.entrepreneur),
  },
  'tin-liquidated': {
    group: 'application',
    start: PATHS.application,
    title: { en: 'Step 3: a liquidated company', ru: 'Шаг 3: ликвидированная компания' },
    description: {
      en: 'Ivan is at step 3 with the TIN of ООО «Ирида Сервис», liquidated in 2023: the page says it cannot apply.',
      ru: 'Иван на шаге 3, введен ИНН ООО «Ирида Сервис», ликвидированного в 2023 году: страница сообщает, что подать заявку нельзя.',
    },
    seed: () => seedTinAtStep3(RESERVED_TINS.liquidated),
  },
  'tin-bankrupt': {
    group: 'application',
    start: PATHS.application,
    title: { en: 'Step 3: a bankrupt company', ru: 'Шаг 3: компания-банкрот' },
    description: {
      en: 'Ivan is at step 3 with the TIN of ООО «Стройинвест Плюс», bankrupt since 2024: the page says it cannot apply.',
      ru: 'Иван на шаге 3, введен ИНН ООО «Стройинвест Плюс», признанного банкротом в 2024 году: страница сообщает, что подать заявку нельзя.',
    },
    seed: () => seedTinAtStep3(RESERVED_TINS.bankrupt),
  },
  'tin-branch': {
    group: 'application',
    start: PATHS.application,
    title: { en: 'Step 3: a company with branches', ru: 'Шаг 3: компания с филиалами' },
    description: {
      en: 'Ivan is at step 3 with the TIN of ООО «Магистраль Телеком»: the head office (chosen) and two branches, which cannot apply.',
      ru: 'Иван на шаге 3, введен ИНН ООО «Магистраль Телеком»: головная организация (выбрана) и два филиала, которые не могут подать заявку.',
    },
    seed: () => seedTinAtStep3(RESERVED_TINS.withBranches),
  },
  'application-sent': {
    group: 'partnership',
    start: PATHS.partnership,
    title: {
      en: 'Application sent (step 4)',
      ru: 'Заявка отправлена (шаг 4)',
    },
    description: {
      en: 'Anna is signed in; Ромашка Софт sent its application with its billing account. Opens at step 4.',
      ru: 'Анна вошла; Ромашка Софт отправила заявку со своим платежным аккаунтом. Открывается на шаге 4.',
    },
    seed: () => seedPeople(['u-anna']).then(() => seedSentApplication(annaSent)),
  },
  'application-sent-referral-open': {
    group: 'partnership',
    start: PATHS.partnership,
    title: {
      en: 'Application sent, referral program open',
      ru: 'Заявка отправлена, реферальная программа открыта',
    },
    description: {
      en: 'As “Application sent”, but the referral program takes new partners (bank details needed).',
      ru: 'Как «Заявка отправлена», но реферальная программа принимает новых партнеров (нужны банковские реквизиты).',
    },
    seed: () =>
      seedPeople(['u-anna'], { referralProgramOpen: true }).then(() => seedSentApplication(annaSent)),
  },
  'application-sent-by-tin': {
    group: 'partnership',
    start: PATHS.partnership,
    title: {
      en: 'Application sent by TIN, referral program open',
      ru: 'Заявка отправлена по ИНН, реферальная программа открыта',
    },
    description: {
      en: 'Ivan is signed in; his business (an individual entrepreneur) applied by TIN and has no billing account yet: bank details are kept with the application until step 5.',
      ru: 'Иван вошел; его бизнес (индивидуальный предприниматель) подал заявку по ИНН, и платежного аккаунта у него пока нет: банковские реквизиты хранятся в заявке до шага 5.',
    },
    seed: () =>
      seedPeople(['u-ivan'], { referralProgramOpen: true }).then(() => seedSentApplication(ivanSent)),
  },
  // Step 5, the billing account (seeds in ./billing-scenarios.ts).
  'questionnaire-open': {
    group: 'partnership',
    start: PATHS.questionnaire,
    title: {
      en: 'Step 4: the questionnaire',
      ru: 'Шаг 4: анкета',
    },
    description: {
      en: 'As "Application sent", with the video watched and the direct program and taxation chosen: the questionnaire is next (two tabs on it show the conflict warning).',
      ru: 'Как «Заявка отправлена», но видео просмотрено, а прямая программа и налогообложение выбраны: дальше анкета (в двух вкладках видно предупреждение о конфликте).',
    },
    seed: () =>
      seedPeople(['u-anna'])
        .then(() => seedSentApplication(annaSent))
        .then(seedPartnershipChosen),
  },
  'billing-skipped': {
    group: 'billing',
    start: PATHS.billing,
    title: {
      en: 'Step 5 skipped: paid account chosen at step 3',
      ru: 'Шаг 5 пропущен: выбран оплачиваемый аккаунт',
    },
    description: {
      en: 'Anna is signed in; Ромашка Софт applied with its paid billing account and finished step 4, so step 5 is done with that account and step 6 is next.',
      ru: 'Анна вошла; Ромашка Софт подала заявку со своим оплачиваемым платежным аккаунтом и прошла шаг 4, поэтому шаг 5 выполнен с этим аккаунтом и дальше шаг 6.',
    },
    seed: () => seedPeople(['u-anna']).then(seedPaidAccountStep4Done),
  },
  'billing-trial': {
    group: 'billing',
    start: PATHS.billing,
    title: {
      en: 'Step 5: qualifying account on its trial',
      ru: 'Шаг 5: подходящий аккаунт на пробном периоде',
    },
    description: {
      en: 'Anna is signed in; Ромашка Софт applied with a qualifying account that is still on its trial (4,000 ₽ of grants): step 5 is the upgrade to paid only.',
      ru: 'Анна вошла; Ромашка Софт подала заявку с подходящим аккаунтом, который еще на пробном периоде (гранты 4 000 ₽): шаг 5 — только переход на платную версию.',
    },
    seed: () => seedPeople(['u-anna']).then(seedTrialAccountAtStep5),
  },
  'billing-by-tin': {
    group: 'billing',
    start: PATHS.billing,
    title: {
      en: 'Step 5: no billing account (step 4 done by TIN)',
      ru: 'Шаг 5: нет платежного аккаунта (шаг 4 пройден, компания по ИНН)',
    },
    description: {
      en: 'Ivan is signed in; his business applied by TIN and finished step 4: step 5 starts with the requirements and Create billing account.',
      ru: 'Иван вошел; его бизнес подал заявку по ИНН и прошел шаг 4: шаг 5 начинается с требований и кнопки «Создать платежный аккаунт».',
    },
    seed: () => seedPeople(['u-ivan']).then(() => seedByTinAtStep5()),
  },
  'billing-by-tin-bank-kept': {
    group: 'billing',
    start: PATHS.billing,
    title: {
      en: 'Step 5 by TIN, bank details kept at step 4',
      ru: 'Шаг 5 по ИНН, реквизиты сохранены на шаге 4',
    },
    description: {
      en: 'As "Step 5: no billing account", with the referral program open and bank details given at step 4: Company information starts with them, and the new account gets them.',
      ru: 'Как «Шаг 5: нет платежного аккаунта», но реферальная программа открыта и на шаге 4 указаны реквизиты: они уже заполнены в данных о компании и переходят в новый аккаунт.',
    },
    seed: () =>
      seedPeople(['u-ivan'], { referralProgramOpen: true }).then(() =>
        seedByTinAtStep5({ keptBankDetails: true }),
      ),
  },
  'billing-created': {
    group: 'billing',
    start: PATHS.billing,
    title: {
      en: 'Step 5: account created, not yet verified',
      ru: 'Шаг 5: аккаунт создан, еще не проверен',
    },
    description: {
      en: 'Ivan is signed in; his new billing account waits for verification (PAYMENT_NOT_CONFIRMED): send the verification form.',
      ru: 'Иван вошел; его новый платежный аккаунт ждет проверки (PAYMENT_NOT_CONFIRMED): отправьте форму проверки.',
    },
    seed: () => seedPeople(['u-ivan']).then(() => seedCreatedAtStep5('waiting')),
  },
  'billing-verified': {
    group: 'billing',
    start: PATHS.billing,
    title: {
      en: 'Step 5: account verified, ready to upgrade',
      ru: 'Шаг 5: аккаунт проверен, можно перейти на платную версию',
    },
    description: {
      en: 'Ivan is signed in; his new billing account is verified and on its trial (4,000 ₽ of grants): upgrade it to paid.',
      ru: 'Иван вошел; его новый платежный аккаунт проверен и на пробном периоде (гранты 4 000 ₽): переведите его на платную версию.',
    },
    seed: () => seedPeople(['u-ivan']).then(() => seedCreatedAtStep5('verified')),
  },
  'in-review': {
    group: 'review',
    start: PATHS.confirmation,
    title: { en: 'Application in review (step 6)', ru: 'Заявка на рассмотрении (шаг 6)' },
    description: {
      en: 'Anna is signed in; every step is done and Ромашка Софт’s application waits for the manager. Decide it from the demo panel (or POST /api/applications/{id}/decision).',
      ru: 'Анна вошла; все шаги пройдены, заявка Ромашка Софт ждет решения менеджера. Решение можно принять в демо-панели (или POST /api/applications/{id}/decision).',
    },
    seed: () => seedPeople(['u-anna']).then(() => seedReviewedApplication('in-review')),
  },
  'information-needed': {
    group: 'review',
    start: PATHS.confirmation,
    title: { en: 'Information needed (step 6)', ru: 'Нужна информация (шаг 6)' },
    description: {
      en: 'Anna is signed in; the manager asked to fix the contact phone and the website. Fix them and Send again.',
      ru: 'Анна вошла; менеджер просит исправить телефон контактного лица и сайт. Исправьте и отправьте повторно.',
    },
    seed: () => seedPeople(['u-anna']).then(() => seedReviewedApplication('information-needed')),
  },
  rejected: {
    group: 'review',
    start: PATHS.confirmation,
    title: { en: 'Application rejected (step 6)', ru: 'Заявка отклонена (шаг 6)' },
    description: {
      en: 'Anna is signed in; the manager rejected the application with reasons; the company may apply again in three months.',
      ru: 'Анна вошла; менеджер отклонил заявку с указанием причин; компания может подать заявку снова через три месяца.',
    },
    seed: () => seedPeople(['u-anna']).then(() => seedReviewedApplication('rejected')),
  },
  'approved-partner': {
    group: 'review',
    start: PATHS.partner,
    title: { en: 'Approved partner (step 7)', ru: 'Одобренный партнер (шаг 7)' },
    description: {
      en: 'Anna is signed in; Ромашка Софт is a partner of the direct (VAR) program: the partner portal opens.',
      ru: 'Анна вошла; Ромашка Софт — партнер прямой программы (VAR): открывается партнерский портал.',
    },
    seed: () => seedPeople(['u-anna']).then(() => seedReviewedApplication('approved')),
  },
} as const satisfies Record<string, Scenario>

export type ScenarioName = keyof typeof scenarios
export const DEFAULT_SCENARIO: ScenarioName = 'demo'

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(scenarios, name)
}

export function applyScenario(name: ScenarioName): Promise<void> {
  return resetDb(name, scenarios[name].seed)
}
