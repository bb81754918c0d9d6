/** Dates, numbers and money in the page's language. */
import { currentLanguage, type Language } from './i18n'

/** The locale the app formats in for a language. */
export const localeOf = (language: Language) => (language === 'ru' ? 'ru-RU' : 'en-GB')
const locale = () => localeOf(currentLanguage())

/**
 * Formatters made once per locale and options, then reused: making one costs about a millisecond
 * (ICU builds its patterns), using one a few microseconds, and a page renders several dates on each
 * render (the autosave's "saved at", the sent application's dates). The first number format and the
 * first date format of a page cost far more, 40–120 ms each (ICU loads its data): what the first pages
 * show avoids them (`pluralForm` in ./i18n.ts, src/domain/program-terms-text.gen.ts).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>()

function cached<F extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(
  key: string,
  make: () => F,
): F {
  let formatter = formatters.get(key) as F | undefined
  if (!formatter) {
    formatter = make()
    formatters.set(key, formatter)
  }
  return formatter
}

/** `new Intl.DateTimeFormat(locale, options)`, made once per locale and options. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`date|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options))
}

/** `new Intl.NumberFormat(locale, options)`, made once per locale and options. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(`number|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options))
}

/** `new Intl.DisplayNames([language], { type: 'region' })`, made once per language. */
export function regionNames(language: string): Intl.DisplayNames {
  return cached(`region|${language}`, () => new Intl.DisplayNames([language], { type: 'region' }))
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A calendar date (`2023-09-14`, as registries give them) is the same day everywhere, so it is
 * formatted in UTC, where it was parsed; a moment (`…T10:42:00Z`) is shown in the user's own clock.
 */
export function formatDate(
  value: string | Date,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  return formatDateIn(locale(), value, options)
}

/** `formatDate` in a given locale (`localeOf(language)`), whatever the page's language. */
export function formatDateIn(
  locale: string,
  value: string | Date,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const dateOnly = typeof value === 'string' && DATE_ONLY.test(value)
  const date = typeof value === 'string' ? new Date(value) : value
  return dateTimeFormat(locale, { ...(dateOnly ? { timeZone: 'UTC' } : {}), ...options }).format(date)
}

export function formatDateTime(value: string | Date): string {
  return formatDate(value, { dateStyle: 'medium', timeStyle: 'short' })
}

export function formatNumber(value: number): string {
  return numberFormat(locale()).format(value)
}

export function formatMoney(value: number, currency = 'RUB'): string {
  return formatMoneyIn(locale(), value, currency)
}

/** `formatMoney` in a given locale (`localeOf(language)`), whatever the page's language. */
export function formatMoneyIn(locale: string, value: number, currency = 'RUB'): string {
  return numberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value)
}
