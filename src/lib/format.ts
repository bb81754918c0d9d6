/** Dates, numbers and money in the page's language. */
import { currentLanguage } from './i18n'

const locale = () => (currentLanguage() === 'ru' ? 'ru-RU' : 'en-GB')

export function formatDate(
  value: string | Date,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const date = typeof value === 'string' ? new Date(value) : value
  return new Intl.DateTimeFormat(locale(), { timeZone: 'Europe/Moscow', ...options }).format(date)
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
