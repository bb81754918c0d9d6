/**
 * Seeds for steps 6 and 7: Anna's Ромашка Софт with every step done (its billing account chosen at
 * step 3), sent for review a few days ago, then as the manager left it: still in review, information
 * needed, rejected, or approved (a partner). The review functions the handlers use change the row,
 * so a seeded application is one the mock could have produced.
 */
import type { Questionnaire } from '@/api/contract'
import { db } from './db'
import { completedStepsOf } from './progress'
import { applyDecision, sendForReviewWhenComplete } from './review'
import { annaSent, seedSentApplication } from './sent-application'

export const annaQuestionnaire: Questionnaire = {
  companySize: '51-200',
  certifiedEngineers: 4,
  expertise: ['infrastructure', 'devops'],
  industries: ['retail', 'finance'],
  customers: ['smb', 'enterprise'],
  otherClouds: ['aws'],
  monthlyConsumption: '100k-500k',
  website: 'https://romashka-soft.ru',
  regions: ['central', 'northwestern'],
  comment: '',
}

export type ReviewState = 'in-review' | 'information-needed' | 'rejected' | 'approved'

const HOUR = 3_600_000
const ago = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString()

/** The manager's message for the information-needed scenario (names the answers to fix). */
export const MANAGER_MESSAGE =
  'Укажите, пожалуйста, рабочий телефон контактного лица и сайт компании: мы не смогли с вами связаться.'

export async function seedReviewedApplication(state: ReviewState): Promise<void> {
  await seedSentApplication(annaSent)
  const application = db.applications.all()[0]
  if (!application) throw new Error('seedSentApplication made no application')
  const sentAt = ago(74)
  await db.applications.update(application.id, (draft) => {
    draft.submittedAt = sentAt
    draft.timeline = [
      { status: 'draft', at: ago(75) },
      { status: 'submitted', at: sentAt },
      { status: 'partnership', at: ago(73) },
    ]
    draft.video = { furthest: 79, watched: true }
    draft.partnership = { types: ['direct'], taxation: 'osno' }
    draft.partnershipDraft = { types: ['direct'], taxation: 'osno', questionnaire: {} }
    draft.questionnaire = annaQuestionnaire
    draft.completedSteps = completedStepsOf(draft)
    sendForReviewWhenComplete(draft, ago(73))
    if (state === 'information-needed')
      applyDecision(
        draft,
        {
          action: 'request-information',
          message: MANAGER_MESSAGE,
          fields: ['contacts.phone', 'questionnaire.website'],
        },
        ago(26),
      )
    if (state === 'rejected')
      applyDecision(
        draft,
        {
          action: 'reject',
          reasons: ['expertise', 'other'],
          note: 'Подайте заявку снова, когда у двух ваших инженеров будут сертификаты платформы.',
        },
        ago(5),
      )
    if (state === 'approved') applyDecision(draft, { action: 'approve' }, ago(5))
    draft.updatedAt = draft.timeline.at(-1)?.at ?? draft.updatedAt
    draft.completedSteps = completedStepsOf(draft)
  })
}
