import { describe, expect, it } from 'vitest'
import { addBusinessDays, calendarDateOf, decisionDate, isBusinessDay, isCovered } from './business-days'
import { PRODUCTION_CALENDAR } from './production-calendar'

function workingDaysIn(year: number): number {
  let count = 0
  for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; ) {
    if (isBusinessDay(day.toISOString().slice(0, 10))) count += 1
    day = new Date(day.getTime() + 86_400_000)
  }
  return count
}

describe('the production calendar as data', () => {
  it.each([2025, 2026, 2027])('%i names its decree and has the published number of working days', (year) => {
    const data = PRODUCTION_CALENDAR[year]
    expect(data?.decree).toMatch(/^Decree of the Government of Russia of \d{2}\.\d{2}\.\d{4} No\. \d+$/)
    expect(workingDaysIn(year)).toBe(data?.workingDays)
    expect(workingDaysIn(year)).toBe(247)
  })

  it('lists only weekdays as non-working and only weekend days as working', () => {
    for (const year of Object.values(PRODUCTION_CALENDAR)) {
      for (const date of year.nonWorkingWeekdays) expect(new Date(date).getUTCDay() % 6).not.toBe(0)
      for (const date of year.workingWeekends) expect([0, 6]).toContain(new Date(date).getUTCDay())
    }
  })

  it('follows the transfers: the 2025 working Saturday, the days off moved into May, Dec 31', () => {
    expect(isBusinessDay('2025-11-01')).toBe(true) // a Saturday made a working day
    expect(isBusinessDay('2025-11-03')).toBe(false) // its day off
    expect(isBusinessDay('2025-02-24')).toBe(true) // Feb 23 on a Sunday moved to May 8, not here
    expect(isBusinessDay('2025-05-08')).toBe(false)
    expect(isBusinessDay('2026-01-09')).toBe(false)
    expect(isBusinessDay('2026-12-31')).toBe(false)
    expect(isBusinessDay('2027-02-20')).toBe(true)
    expect(isBusinessDay('2027-02-22')).toBe(false)
  })
})

describe('the decision date: seven business days after sending', () => {
  it('sent on the last working day before the New Year holidays (Wed 2025-12-24) → 2026-01-14', () => {
    expect(addBusinessDays('2025-12-24', 7)).toEqual({ date: '2026-01-14', estimate: false })
  })

  it('sent on the last working day of December 2025 (Tue Dec 30) → across the holidays to Jan 20', () => {
    // Dec 31 and Jan 1–11 are off: Jan 12, 13, 14, 15, 16, 19, 20.
    expect(addBusinessDays('2025-12-30', 7)).toEqual({ date: '2026-01-20', estimate: false })
  })

  it('sent in the May holidays (Thu 2025-04-30) → 2025-05-15', () => {
    expect(addBusinessDays('2025-04-30', 7)).toEqual({ date: '2025-05-15', estimate: false })
    // Sent on a May holiday itself (Fri May 2): May 5, 6, 7, 12, 13, 14, 15.
    expect(addBusinessDays('2025-05-02', 7)).toEqual({ date: '2025-05-15', estimate: false })
  })

  it('sent on the Friday before a transferred working Saturday (2025-10-31) → 2025-11-12', () => {
    expect(addBusinessDays('2025-10-31', 7)).toEqual({ date: '2025-11-12', estimate: false })
  })

  it('sent on a public holiday (Mon 2026-02-23): counting starts the next working day → 2026-03-04', () => {
    expect(addBusinessDays('2026-02-23', 7)).toEqual({ date: '2026-03-04', estimate: false })
  })

  it('across years with a working Saturday in February 2027', () => {
    // Fri 2027-02-19: Sat Feb 20 works (1), Feb 22–23 off, Feb 24, 25, 26, Mar 1, 2, 3.
    expect(addBusinessDays('2027-02-19', 7)).toEqual({ date: '2027-03-03', estimate: false })
  })

  it('runs out of the data at the end of 2027: counted by weekends and fixed holidays, and says so', () => {
    // Thu 2027-12-30: Dec 31 off (decree), Jan 1–8 2028 fixed holidays, then Jan 10–14, 17, 18.
    expect(addBusinessDays('2027-12-30', 7)).toEqual({ date: '2028-01-18', estimate: true })
    expect(isCovered('2028-03-01')).toBe(false)
  })

  it('outside the data altogether (2028): weekends and the Labour Code’s holidays only, an estimate', () => {
    // Fri 2028-06-09: Jun 12 (Mon) is a fixed holiday: Jun 13, 14, 15, 16, 19, 20, 21.
    expect(addBusinessDays('2028-06-09', 7)).toEqual({ date: '2028-06-21', estimate: true })
    // Before the data too.
    expect(addBusinessDays('2024-12-20', 7).estimate).toBe(true)
  })
})

describe('when an application was sent: the day in Moscow', () => {
  it('23:00 Moscow time is still that day in Moscow (20:00 UTC)', () => {
    expect(calendarDateOf('2025-12-24T20:00:00Z')).toBe('2025-12-24')
    expect(decisionDate('2025-12-24T20:00:00Z')).toEqual({ date: '2026-01-14', estimate: false })
  })

  it('23:30 UTC is the next day in Moscow, and the count starts a day later', () => {
    expect(calendarDateOf('2025-12-24T23:30:00Z')).toBe('2025-12-25')
    expect(decisionDate('2025-12-24T23:30:00Z')).toEqual({ date: '2026-01-15', estimate: false })
  })

  it('an offset moment is read as the same instant', () => {
    expect(calendarDateOf('2026-02-22T23:59:00+03:00')).toBe('2026-02-22')
    expect(calendarDateOf('2026-02-22T23:59:00+02:00')).toBe('2026-02-23')
  })
})
