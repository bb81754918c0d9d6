/**
 * Technology specializations are applied for twice a year, in April and October (../shared/domain.md).
 * The window a partner sees: this month when it is one of them, else the next April or October.
 */
const WINDOW_MONTHS = [3, 9] as const // April and October, 0-based

export function nextSpecializationWindow(today: Date): { start: Date; openNow: boolean } {
  const year = today.getUTCFullYear()
  const month = today.getUTCMonth()
  if ((WINDOW_MONTHS as readonly number[]).includes(month))
    return { start: new Date(Date.UTC(year, month, 1)), openNow: true }
  const next = WINDOW_MONTHS.find((candidate) => candidate > month)
  return next === undefined
    ? { start: new Date(Date.UTC(year + 1, WINDOW_MONTHS[0], 1)), openNow: false }
    : { start: new Date(Date.UTC(year, next, 1)), openNow: false }
}
