/**
 * Named scenarios that seed the mock database. Designers switch between them from the demo panel;
 * tests pick one with `applyScenario(name)`. Every branch of the flow is reachable from one of them.
 */
import type { BillingAccount, BillingCompany } from '@/api/contract'
import { db, resetDb, startSession } from './db'
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
    password: null,
  })
  await db.users.insert({
    id: 'u-ivan',
    name: 'Иван Петров',
    login: 'ivan.petrov',
    email: 'i.petrov@petrov-it.ru',
    avatarUrl: null,
    password: null,
  })
  await db.users.insert({
    id: 'u-olga',
    name: 'Ольга Кузнецова',
    login: 'o.kuznetsova',
    email: 'olga@severnye-resheniya.ru',
    // One recent account with a picture, so the list shows both a picture and initials.
    avatarUrl: '/avatars/olga.svg',
    password: null,
  })
  await db.users.insert({
    id: 'u-sergey',
    name: 'Сергей Волков',
    login: 's.volkov',
    email: 's.volkov@nordwind.ru',
    avatarUrl: null,
    password: 'Nordwind-2026',
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

export const scenarios = {
  demo: {
    title: 'Everyone (default)',
    description:
      'Four recent accounts: Anna (a qualifying billing account), Olga (accounts that all miss a requirement), Ivan (no billing account), Sergey (SSO federation bpfnordwind2026, domain nordwind.ru).',
    seed: () => seedPeople(['u-anna', 'u-olga', 'u-ivan']),
  },
  'new-user': {
    title: 'A new user',
    description: 'No recently used accounts on this device: sign in with a new Yandex ID or SSO.',
    seed: () => seedPeople([]),
  },
  'qualifying-account': {
    title: 'A customer with a qualifying billing account',
    description: 'Anna only; her organization Ромашка Софт has a business, resident, invoice-paid account.',
    seed: () => seedPeople(['u-anna']),
  },
  'no-qualifying-account': {
    title: 'Accounts that all miss a requirement',
    description: 'Olga only: an individual account, a non-resident one and one paid by card.',
    seed: () => seedPeople(['u-olga']),
  },
  'no-billing-account': {
    title: 'No billing account',
    description: 'Ivan only: his organization has no billing account yet.',
    seed: () => seedPeople(['u-ivan']),
  },
  'referral-open': {
    title: 'Referral program open',
    description: 'As the default, but the referral program takes new partners.',
    seed: () => seedPeople(['u-anna', 'u-olga', 'u-ivan'], { referralProgramOpen: true }),
  },
  'application-by-account': {
    title: 'Step 3 with a qualifying billing account',
    description:
      'Anna is signed in with Ромашка Софт chosen: the application offers its qualifying billing account (and shows the card-paid one that misses a requirement).',
    seed: async () => {
      await seedPeople(['u-anna'])
      await startSession({ userId: 'u-anna', method: 'account', organizationId: 'org-romashka' })
    },
  },
  'application-by-tin': {
    title: 'Step 3 by TIN',
    description:
      'Ivan is signed in with Петров ИТ chosen: no billing account, so the company comes from the registry by TIN. Reserved TINs for each registry outcome: mocks/registry/reserved.ts.',
    seed: async () => {
      await seedPeople(['u-ivan'])
      await startSession({ userId: 'u-ivan', method: 'account', organizationId: 'org-petrov' })
    },
  },
  'application-sent': {
    title: 'Application sent (step 4)',
    description:
      'Anna is signed in; Ромашка Софт sent its application with its billing account. Opens at step 4.',
    seed: () => seedPeople(['u-anna']).then(() => seedSentApplication(annaSent)),
  },
  'application-sent-referral-open': {
    title: 'Application sent, referral program open',
    description: 'As "Application sent", but the referral program takes new partners (bank details needed).',
    seed: () =>
      seedPeople(['u-anna'], { referralProgramOpen: true }).then(() => seedSentApplication(annaSent)),
  },
  'application-sent-by-tin': {
    title: 'Application sent by TIN, referral program open',
    description:
      'Ivan is signed in; his business (an individual entrepreneur) applied by TIN and has no billing account yet: bank details are kept with the application until step 5.',
    seed: () =>
      seedPeople(['u-ivan'], { referralProgramOpen: true }).then(() => seedSentApplication(ivanSent)),
  },
} as const satisfies Record<string, { title: string; description: string; seed: () => Promise<void> }>

export type ScenarioName = keyof typeof scenarios
export const DEFAULT_SCENARIO: ScenarioName = 'demo'

export function isScenarioName(name: string): name is ScenarioName {
  return Object.hasOwn(scenarios, name)
}

export function applyScenario(name: ScenarioName): Promise<void> {
  return resetDb(name, scenarios[name].seed)
}
