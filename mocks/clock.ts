/**
 * The mock backend's clock: real time plus an offset the demo panel moves forward ("move the clock
 * forward by N business days"), so a decision date can pass and the confirmation page can show an
 * overdue review. The offset lives in the mock database's settings row, so it is stored, travels
 * with the data and goes back to zero when a scenario starts afresh. Every "now" of the mock
 * handlers comes from here (`nowIso()` in ./http); the client never reads the browser's clock for it.
 */
import { Application, CurrentApplicationResponse } from '@/api/contract'
import { addBusinessDays, calendarDateOf } from '@/domain/business-days'
import { db } from './db'

const DAY_MS = 86_400_000

/** How far the mock's clock is ahead of real time, in milliseconds. */
export function clockOffsetMs(): number {
  return db.settings.get('settings')?.clockOffsetMs ?? 0
}

/** The mock server's "now". */
export function mockNow(): Date {
  return new Date(Date.now() + clockOffsetMs())
}

/** The mock server's calendar day in Moscow (the production calendar's zone), `YYYY-MM-DD`. */
export function mockToday(): string {
  return calendarDateOf(mockNow())
}

/**
 * Moves the clock forward to the `days`-th business day after today (the time of day stays), on
 * the production calendar. Returns the new calendar day.
 */
export async function advanceBusinessDays(days: number): Promise<string> {
  if (!Number.isInteger(days) || days < 1 || days > 100)
    throw new RangeError(`1 to 100 business days: ${days}`)
  const today = mockToday()
  const target = addBusinessDays(today, days).date
  const calendarDays = Math.round(
    (Date.parse(`${target}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS,
  )
  await db.settings.update('settings', (draft) => {
    draft.clockOffsetMs = (draft.clockOffsetMs ?? 0) + calendarDays * DAY_MS
  })
  return target
}

/** Back to real time. */
export async function resetClock(): Promise<void> {
  if (!db.settings.get('settings')) return
  await db.settings.update('settings', (draft) => {
    draft.clockOffsetMs = 0
  })
}

type Reviewed = { status: string; decisionDueAt: string | null }

/** Whether an application's decision is late by the mock's clock: in review past its due day. */
export function isDecisionOverdue(application: Reviewed, today = mockToday()): boolean {
  return (
    application.status === 'in_review' &&
    application.decisionDueAt !== null &&
    application.decisionDueAt < today
  )
}

/**
 * Every answer that carries an application says whether its decision is overdue by the server's
 * clock (route() calls this for each response, so no handler forgets it).
 */
export function withServerClock(schema: unknown, body: unknown): unknown {
  const mark = (application: Reviewed) => ({
    ...application,
    decisionOverdue: isDecisionOverdue(application),
  })
  if (!body || typeof body !== 'object') return body
  if (schema === Application) return mark(body as Reviewed)
  if (schema === CurrentApplicationResponse) {
    const { application } = body as { application: Reviewed | null }
    return application ? { ...body, application: mark(application) } : body
  }
  return body
}
