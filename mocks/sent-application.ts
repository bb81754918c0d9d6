/**
 * Seeds for step 4 and later: a signed-in user whose organization has sent its partnership
 * application (step 3 done), so designers and tests can open /partnership directly.
 */
import type { CompanyCard, CompanySource, Contacts } from '@/api/contract'
import { db, startSession } from './db'
import { newApplication } from './handlers/applications'
import { nowIso } from './http'
import { completedStepsOf } from './progress'

type SentApplication = {
  userId: string
  organizationId: string
  contacts: Contacts
  company: CompanySource
}

/** Anna's Ромашка Софт: company information from its qualifying billing account. */
export const annaSent: SentApplication = {
  userId: 'u-anna',
  organizationId: 'org-romashka',
  contacts: {
    name: 'Анна Смирнова',
    position: 'Генеральный директор',
    email: 'anna.smirnova@romashka-soft.ru',
    phone: '+79123456789',
  },
  company: { source: 'billing-account', billingAccountId: 'ba-romashka-main' },
}

/** An individual entrepreneur (checksums computed with completeTin / completeOgrn). */
const petrovCard: CompanyCard = {
  kind: 'individual',
  fullName: 'Индивидуальный предприниматель Петров Иван Сергеевич',
  shortName: 'ИП Петров И. С.',
  legalForm: 'Индивидуальный предприниматель',
  tin: '770712345633',
  kpp: null,
  ogrn: '318774600123452',
  registrationDate: '2018-04-12',
  address: 'г. Москва, ул. Профсоюзная, д. 56, кв. 12',
  postalCode: '117393',
  head: null,
  status: 'ACTIVE',
  statusDate: null,
  mainActivity: { code: '62.01', name: 'Разработка компьютерного программного обеспечения' },
  branchType: 'head',
}

/** Ivan's Петров ИТ: no billing account yet, company information by TIN (step 5 creates the account). */
export const ivanSent: SentApplication = {
  userId: 'u-ivan',
  organizationId: 'org-petrov',
  contacts: {
    name: 'Иван Петров',
    position: 'Индивидуальный предприниматель',
    email: 'i.petrov@petrov-it.ru',
    phone: '+79031234567',
  },
  company: { source: 'tin', tin: petrovCard.tin, kpp: null, company: petrovCard },
}

export async function seedSentApplication(sent: SentApplication): Promise<void> {
  await startSession({ userId: sent.userId, method: 'account', organizationId: sent.organizationId })
  const application = newApplication(sent.organizationId)
  const now = nowIso()
  const billingAccountId = sent.company.source === 'billing-account' ? sent.company.billingAccountId : null
  const row = {
    ...application,
    status: 'submitted' as const,
    draft: {
      ...application.draft,
      contacts: sent.contacts,
      tin: sent.company.source === 'tin' ? sent.company.tin : '',
      billingAccountId,
    },
    contacts: sent.contacts,
    company: sent.company,
    billingAccountId,
    submittedAt: now,
    timeline: [...application.timeline, { status: 'submitted' as const, at: now }],
  }
  await db.applications.insert({ ...row, completedSteps: completedStepsOf(row) })
}
