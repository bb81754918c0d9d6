/**
 * Business days on the Russian production calendar: when a manager's decision is due.
 *
 * The rule: the decision is due on the seventh business day after the day the application was sent.
 * "The day it was sent" is the calendar day in Moscow (Europe/Moscow, the calendar's own zone), so an
 * application sent at 23:00 Moscow time on a Wednesday was sent on that Wednesday, and one sent at
 * 23:30 UTC on that Wednesday (02:30 on Thursday in Moscow) was sent on Thursday. The day of sending
 * never counts, whether or not it is a working day (sent on a holiday: counting starts with the next
 * working day). Used by the page and by the mock backend alike.
 */
import { FIXED_PUBLIC_HOLIDAYS, PRODUCTION_CALENDAR } from './production-calendar'

export const CALENDAR_TIME_ZONE = 'Europe/Moscow'
/** Seven business days: the seed's "up to seven business days" for a manager's decision. */
export const DECISION_BUSINESS_DAYS = 7

const DAY_MS = 86_400_000

const nonWorking = new Set(Object.values(PRODUCTION_CALENDAR).flatMap((year) => year.nonWorkingWeekdays))
const workingWeekends = new Set(Object.values(PRODUCTION_CALENDAR).flatMap((year) => year.workingWeekends))
const fixedHolidays = new Set(FIXED_PUBLIC_HOLIDAYS)

/**
 * Made on first use, not when the module loads: a page's first Intl.DateTimeFormat costs 40–100 ms
 * of CPU in Chromium (its locale and time-zone data; ×4 on a slow phone), which the mock layer's
 * start paid inside one long task even when nothing needed a date yet.
 */
let moscowDate: Intl.DateTimeFormat | undefined

/** The calendar day (`YYYY-MM-DD`) in Moscow of a moment. */
export function calendarDateOf(moment: Date | string): string {
  const date = typeof moment === 'string' ? new Date(moment) : moment
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a moment: ${String(moment)}`)
  moscowDate ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: CALENDAR_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
  const parts = Object.fromEntries(moscowDate.formatToParts(date).map((part) => [part.type, part.value]))
  return `${parts.year}-${parts.month}-${parts.day}`
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

function toUtcDay(date: string): Date {
  const match = DATE_RE.exec(date)
  if (!match) throw new RangeError(`Not a calendar date: ${date}`)
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
}

function fromUtcDay(day: Date): string {
  return day.toISOString().slice(0, 10)
}

/** Whether the production calendar's data (a decree) covers the date's year. */
export function isCovered(date: string): boolean {
  return Object.hasOwn(PRODUCTION_CALENDAR, Number(date.slice(0, 4)))
}

/**
 * A working day: by the year's decree when the data has it; otherwise Monday–Friday except the
 * Labour Code's fixed public holidays (an estimate: the transfers are not known).
 */
export function isBusinessDay(date: string): boolean {
  const weekday = toUtcDay(date).getUTCDay()
  const weekend = weekday === 0 || weekday === 6
  if (isCovered(date)) return weekend ? workingWeekends.has(date) : !nonWorking.has(date)
  return !weekend && !fixedHolidays.has(date.slice(5))
}

export type BusinessDayResult = {
  /** The calendar date (`YYYY-MM-DD`). */
  date: string
  /** True when a day counted lies outside the calendar's data, so the date is an estimate. */
  estimate: boolean
}

/** The `count`-th business day after `date` (the date itself never counts). */
export function addBusinessDays(date: string, count: number): BusinessDayResult {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`Count business days from 1: ${count}`)
  let day = toUtcDay(date)
  let estimate = false
  let counted = 0
  while (counted < count) {
    day = new Date(day.getTime() + DAY_MS)
    const iso = fromUtcDay(day)
    if (!isCovered(iso)) estimate = true
    if (isBusinessDay(iso)) counted += 1
  }
  return { date: fromUtcDay(day), estimate }
}

/** When a manager's decision is due for an application sent at `sentAt` (a moment). */
export function decisionDate(
  sentAt: Date | string,
  businessDays = DECISION_BUSINESS_DAYS,
): BusinessDayResult {
  return addBusinessDays(calendarDateOf(sentAt), businessDays)
}
