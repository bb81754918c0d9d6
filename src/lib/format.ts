/** Dates, numbers and money in the page's language. */
import { currentLanguage } from './i18n'

const locale = () => (currentLanguage() === 'ru' ? 'ru-RU' : 'en-GB')

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A calendar date (`2023-09-14`, as registries give them) is the same day everywhere, so it is
 * formatted in UTC, where it was parsed; a moment (`…T10:42:00Z`) is shown in the user's own clock.
 */
export function formatDate(
  value: string | Date,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const dateOnly = typeof value === 'string' && DATE_ONLY.test(value)
  const date = typeof value === 'string' ? new Date(value) : value
  return new Intl.DateTimeFormat(locale(), { ...(dateOnly ? { timeZone: 'UTC' } : {}), ...options }).format(
    date,
  )
}

export function formatDateTime(value: string | Date): string {
  return formatDate(value, { dateStyle: 'medium', timeStyle: 'short' })
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(locale()).format(value)
}

export function formatMoney(value: number, currency = 'RUB'): string {
  return new Intl.NumberFormat(locale(), { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    value,
  )
}
