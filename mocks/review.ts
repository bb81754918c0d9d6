/**
 * The review of an application on the server: sent for review once every step is done, the
 * manager's decision (mock-only endpoint), information-needed rounds and Send again. The functions
 * change an application row in place (inside `changeApplication`), so handlers and scenarios share them.
 */
import type { z } from 'zod'
import type { DecideApplicationRequest, RequestableField, ResubmitApplicationRequest } from '@/api/contract'
import { errorCode } from '@/api/messages'
import { DECISION_BUSINESS_DAYS, decisionDate } from '@/domain/business-days'
import { db, type Row } from './db'
import { fail, nowIso } from './http'

type ApplicationRow = Row<'applications'>
type Decision = z.output<typeof DecideApplicationRequest>
type ResubmitBody = z.output<typeof ResubmitApplicationRequest>

/** Three months after the decision, unless the manager says otherwise (the program names no period). */
export const REAPPLY_AFTER_MONTHS = 3

function reviewBusinessDays(): number {
  return db.settings.get('settings')?.reviewBusinessDays ?? DECISION_BUSINESS_DAYS
}

/** Under review from `at`: the decision is due seven business days later on the production calendar. */
function startReview(draft: ApplicationRow, event: 'in_review' | 'resubmitted', at: string): void {
  draft.status = 'in_review'
  draft.timeline.push({ status: event, at })
  const due = decisionDate(at, reviewBusinessDays())
  draft.decisionDueAt = due.date
  draft.decisionDueEstimate = due.estimate
}

/** Called after every change: a sent application whose steps are all done goes to review. */
export function sendForReviewWhenComplete(draft: ApplicationRow, at = nowIso()): void {
  if (draft.status !== 'submitted' || !draft.completedSteps.includes('billing')) return
  startReview(draft, 'in_review', at)
}

function addMonths(date: string, months: number): string {
  const day = new Date(`${date}T00:00:00Z`)
  day.setUTCMonth(day.getUTCMonth() + months)
  return day.toISOString().slice(0, 10)
}

/** Applies the manager's decision; only an application under review can be decided. */
export function applyDecision(draft: ApplicationRow, decision: Decision, at = nowIso()): void {
  if (draft.status !== 'in_review')
    fail(
      409,
      'not_in_review',
      `Only an application under review can be decided (this one is ${draft.status}).`,
    )
  if (decision.action === 'approve') {
    draft.status = 'approved'
    draft.decision = { outcome: 'approved', at, programs: draft.partnership?.types ?? ['direct'] }
    draft.timeline.push({ status: 'approved', at })
  } else if (decision.action === 'reject') {
    draft.status = 'rejected'
    draft.decision = {
      outcome: 'rejected',
      at,
      reasons: [...new Set(decision.reasons)],
      note: decision.note,
      reapplyFrom: decision.reapplyFrom ?? addMonths(at.slice(0, 10), REAPPLY_AFTER_MONTHS),
    }
    draft.timeline.push({ status: 'rejected', at })
  } else {
    draft.status = 'information_needed'
    draft.informationRequests.push({
      round: draft.informationRequests.length + 1,
      requestedAt: at,
      message: decision.message,
      fields: [...new Set(decision.fields)],
      answeredAt: null,
    })
    draft.timeline.push({ status: 'information_needed', at })
  }
  // Decided or waiting for the applicant: no decision is due until it is back in review.
  draft.decisionDueAt = null
  draft.decisionDueEstimate = false
}

/** The round the applicant is answering now, if any. */
export function openRequest(application: ApplicationRow) {
  const last = application.informationRequests.at(-1)
  return application.status === 'information_needed' && last && !last.answeredAt ? last : null
}

/** The fields a Send again body changes, as `section.field`. */
export function fieldsIn(body: ResubmitBody): RequestableField[] {
  const fields: string[] = []
  for (const key of Object.keys(body.contacts ?? {})) fields.push(`contacts.${key}`)
  for (const key of Object.keys(body.questionnaire ?? {})) fields.push(`questionnaire.${key}`)
  return fields as RequestableField[]
}

/**
 * Send again: applies the answers asked for (a field not asked for is refused, 422 at its path) and
 * returns the application to review with a new decision date.
 */
export function applyResubmission(draft: ApplicationRow, body: ResubmitBody, at = nowIso()): void {
  const request = openRequest(draft)
  if (!request)
    fail(409, 'not_information_needed', 'Nothing was asked for: the application cannot be sent again.')
  const locked = fieldsIn(body).filter((field) => !request.fields.includes(field))
  if (locked.length > 0)
    fail(
      422,
      'validation',
      'Only the answers the manager asked for can be changed.',
      locked.map((field) => ({ path: field.split('.'), message: errorCode('locked') })),
    )
  if (body.contacts && draft.contacts) draft.contacts = { ...draft.contacts, ...body.contacts }
  if (body.questionnaire && draft.questionnaire)
    draft.questionnaire = { ...draft.questionnaire, ...body.questionnaire }
  request.answeredAt = at
  startReview(draft, 'resubmitted', at)
}
