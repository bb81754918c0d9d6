/**
 * Step 4 on the server: the video watched, the partnership types and taxation type, the
 * questionnaire, and bank details kept with an application that has no billing account yet.
 */

import { db, type Row } from '@mocks/db'
import { checkVersion, fail, nowIso, ownApplication, route, settings } from '@mocks/http'
import type { FieldError } from '@/api/contract'
import { errorCode } from '@/api/messages'
import { companyKindOf, taxationAllowed } from '@/domain/taxation'
import videoMedia from '@/domain/video-media.json'
import { changeApplication } from './applications'
import { bankDetailsFor } from './banks'

/** The information video's length in seconds, as scripts/make-video.sh wrote it (both languages). */
export const VIDEO_DURATION: number = videoMedia.duration
/** How far short of the end a "watched" claim may stop (the last timeupdate comes early). */
export const WATCHED_SLACK = 1

/** The application at step 4: sent (step 3 done) and not yet under review. */
function applicationAtStep4(applicationId: string): Row<'applications'> {
  const application = ownApplication(applicationId)
  if (application.status === 'draft')
    fail(409, 'application_not_sent', 'Send the partnership application (step 3) first.')
  if (application.status !== 'submitted')
    fail(409, 'application_in_review', 'The application is under review and can no longer be changed.')
  return application
}

function billingAccountOf(application: Row<'applications'>) {
  return application.billingAccountId ? db.billingAccounts.get(application.billingAccountId) : undefined
}

/** Bank details on file: the billing account's, or those kept with the application until step 5. */
export function bankDetailsOf(application: Row<'applications'>) {
  return billingAccountOf(application)?.bankDetails ?? application.bankDetails ?? null
}

/** Step 5 calls this once the application has its billing account: the kept bank details move there. */
export async function applyKeptBankDetails(applicationId: string, billingAccountId: string): Promise<void> {
  const application = db.applications.get(applicationId)
  const account = db.billingAccounts.get(billingAccountId)
  if (!application?.bankDetails || !account || account.bankDetails) return
  const kept = application.bankDetails
  await db.billingAccounts.update(account.id, (draft) => {
    draft.bankDetails = kept
  })
}

export const partnershipHandlers = [
  route('saveVideoProgress', async ({ params, body: progress }) => {
    const application = applicationAtStep4(params.applicationId ?? '')
    // No point beyond the media's end exists: such a claim is refused, not believed or clamped.
    if (progress.furthest > VIDEO_DURATION + WATCHED_SLACK)
      fail(422, 'validation', 'The video is not that long.', [
        { path: ['furthest'], message: errorCode('numberMax', { max: Math.floor(VIDEO_DURATION) }) },
      ])
    // Progress only moves forward: a late or replayed save never undoes a watched video.
    const furthest = Math.min(VIDEO_DURATION, Math.max(application.video.furthest, progress.furthest))
    // "Watched" only counts when the furthest point known reaches the end: the client is not trusted.
    if (progress.watched && !application.video.watched && furthest < VIDEO_DURATION - WATCHED_SLACK)
      fail(422, 'validation', 'The video has not been watched to the end.', [
        { path: ['watched'], message: errorCode('partnership.videoRequired') },
      ])
    return changeApplication(application.id, (draft) => {
      draft.video = {
        furthest: Math.max(draft.video.furthest, furthest),
        watched: draft.video.watched || (progress.watched && furthest >= VIDEO_DURATION - WATCHED_SLACK),
      }
    })
  }),

  route('savePartnershipDraft', async ({ params, body: patch }) => {
    const application = applicationAtStep4(params.applicationId ?? '')
    // Based on an older version (another tab saved meanwhile): 409 with what is there now.
    checkVersion(application, patch.version)
    return changeApplication(application.id, (draft) => {
      if (patch.types !== undefined) draft.partnershipDraft.types = [...new Set(patch.types)]
      if (patch.taxation !== undefined) draft.partnershipDraft.taxation = patch.taxation
      // Answers merge per field: a save of one answer never empties the others.
      if (patch.questionnaire !== undefined)
        draft.partnershipDraft.questionnaire = {
          ...draft.partnershipDraft.questionnaire,
          ...patch.questionnaire,
        }
    })
  }),

  route('setPartnership', async ({ params, body: choice }) => {
    const application = applicationAtStep4(params.applicationId ?? '')
    const types = [...new Set(choice.types)]
    const errors: FieldError[] = []
    if (!application.video.watched) {
      errors.push({ path: ['types'], message: errorCode('partnership.videoRequired') })
    } else if (types.includes('referral')) {
      if (!settings().referralProgramOpen)
        errors.push({ path: ['types'], message: errorCode('partnership.referralClosed') })
      else if (!bankDetailsOf(application))
        errors.push({ path: ['types'], message: errorCode('partnership.bankDetailsRequired') })
    }
    const kind = companyKindOf(application.company, billingAccountOf(application)?.company?.tin)
    if (!taxationAllowed(choice.taxation, kind))
      errors.push({ path: ['taxation'], message: errorCode('taxation.entrepreneursOnly') })
    if (errors.length > 0) fail(422, 'validation', 'The partnership choice cannot be accepted.', errors)
    return changeApplication(application.id, (draft) => {
      draft.partnership = { types, taxation: choice.taxation }
      draft.partnershipDraft.types = types
      draft.partnershipDraft.taxation = choice.taxation
    })
  }),

  route('submitQuestionnaire', async ({ params, body: questionnaire }) => {
    const application = applicationAtStep4(params.applicationId ?? '')
    if (!application.partnership)
      fail(409, 'partnership_missing', 'Choose the partnership type and taxation type first.')
    const now = nowIso()
    return changeApplication(application.id, (draft) => {
      draft.questionnaire = questionnaire
      if (!draft.timeline.some((entry) => entry.status === 'partnership'))
        draft.timeline.push({ status: 'partnership', at: now })
    })
  }),

  route('setApplicationBankDetails', async ({ params, body }) => {
    const application = applicationAtStep4(params.applicationId ?? '')
    const bankDetails = bankDetailsFor(body)
    const account = billingAccountOf(application)
    // With a billing account already, the details belong there (the seed says so).
    if (account)
      await db.billingAccounts.update(account.id, (draft) => {
        draft.bankDetails = bankDetails
      })
    return changeApplication(application.id, (draft) => {
      draft.bankDetails = bankDetails
    })
  }),
]
