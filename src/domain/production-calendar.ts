/**
 * The Russian production calendar (five-day week), 2025–2027, as the government's decrees set it
 * (copied from ../shared/production-calendar.md, which compares the decrees with two open data sets).
 * To add a year: name its decree, list the weekdays it makes non-working (public holidays and
 * transferred days off) and the weekend days it makes working; the test checks 247-ish totals.
 *
 * Dates are calendar days in Moscow (the calendar's own zone), written `YYYY-MM-DD`.
 */

export type ProductionCalendarYear = {
  /** The decree of the Government of Russia that fixes the year's transfers. */
  decree: string
  /** The transfers in words, as the decree gives them. */
  transfers: readonly string[]
  /** Monday–Friday dates that are not working days (public holidays and transferred days off). */
  nonWorkingWeekdays: readonly string[]
  /** Saturday or Sunday dates that are working days (transferred working days). */
  workingWeekends: readonly string[]
  /** Working days in the year, as published: a cross-check of the lists above. */
  workingDays: number
}

export const PRODUCTION_CALENDAR: Readonly<Record<number, ProductionCalendarYear>> = {
  2025: {
    decree: 'Decree of the Government of Russia of 04.10.2024 No. 1335',
    transfers: [
      'Jan 4 (Sat) → May 2',
      'Jan 5 (Sun) → Dec 31',
      'Feb 23 (Sun) → May 8',
      'Mar 8 (Sat) → Jun 13',
      'Nov 1 (Sat) is a working day; its day off moved to Nov 3',
    ],
    nonWorkingWeekdays: [
      '2025-01-01',
      '2025-01-02',
      '2025-01-03',
      '2025-01-06',
      '2025-01-07',
      '2025-01-08',
      '2025-05-01',
      '2025-05-02',
      '2025-05-08',
      '2025-05-09',
      '2025-06-12',
      '2025-06-13',
      '2025-11-03',
      '2025-11-04',
      '2025-12-31',
    ],
    workingWeekends: ['2025-11-01'],
    workingDays: 247,
  },
  2026: {
    decree: 'Decree of the Government of Russia of 24.09.2025 No. 1466',
    transfers: [
      'Jan 3 (Sat) → Jan 9',
      'Jan 4 (Sun) → Dec 31',
      'Mar 8 (Sun) → Mar 9 (Labour Code, art. 112)',
      'May 9 (Sat) → May 11 (Labour Code, art. 112)',
    ],
    nonWorkingWeekdays: [
      '2026-01-01',
      '2026-01-02',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-01-09',
      '2026-02-23',
      '2026-03-09',
      '2026-05-01',
      '2026-05-11',
      '2026-06-12',
      '2026-11-04',
      '2026-12-31',
    ],
    workingWeekends: [],
    workingDays: 247,
  },
  2027: {
    // As cited by calendar data sets; the decree's text was not seen (../shared/production-calendar.md).
    decree: 'Decree of the Government of Russia of 17.09.2026 No. 1187',
    transfers: [
      'Jan 2 (Sat) → Nov 5',
      'Jan 3 (Sun) → Dec 31',
      'Feb 20 (Sat) is a working day; its day off moved to Feb 22',
      'May 1 (Sat) → May 3 (Labour Code, art. 112)',
      'May 9 (Sun) → May 10 (Labour Code, art. 112)',
      'Jun 12 (Sat) → Jun 14 (Labour Code, art. 112)',
    ],
    nonWorkingWeekdays: [
      '2027-01-01',
      '2027-01-04',
      '2027-01-05',
      '2027-01-06',
      '2027-01-07',
      '2027-01-08',
      '2027-02-22',
      '2027-02-23',
      '2027-03-08',
      '2027-05-03',
      '2027-05-10',
      '2027-06-14',
      '2027-11-04',
      '2027-11-05',
      '2027-12-31',
    ],
    workingWeekends: ['2027-02-20'],
    workingDays: 247,
  },
}

/**
 * The public holidays of the Labour Code (art. 112), month-day. Years outside the data are counted
 * with these and the weekends only: without a decree the transfers are unknown, so such a date is an
 * estimate and says so.
 */
export const FIXED_PUBLIC_HOLIDAYS: readonly string[] = [
  '01-01',
  '01-02',
  '01-03',
  '01-04',
  '01-05',
  '01-06',
  '01-07',
  '01-08',
  '02-23',
  '03-08',
  '05-01',
  '05-09',
  '06-12',
  '11-04',
]
