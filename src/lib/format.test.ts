import { afterEach, describe, expect, it } from 'vitest'
import { dateTimeFormat, formatDate, formatDateTime, formatMoney, formatNumber, regionNames } from './format'
import { setupI18n } from './i18n'

describe('formatting for the page’s language', () => {
  afterEach(async () => {
    await setupI18n('en')
  })

  it('shows a registry date as the same calendar day in any time zone', async () => {
    expect(formatDate('2023-09-14')).toBe('14 September 2023')
    await setupI18n('ru')
    expect(formatDate('2023-09-14')).toBe('14 сентября 2023 г.')
  })

  it('makes each formatter once and still follows a change of language', async () => {
    const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' }
    expect(dateTimeFormat('en-GB', options)).toBe(dateTimeFormat('en-GB', { ...options }))
    expect(dateTimeFormat('en-GB', options)).not.toBe(dateTimeFormat('ru-RU', options))
    expect(dateTimeFormat('en-GB', options)).not.toBe(dateTimeFormat('en-GB', { dateStyle: 'long' }))
    expect(regionNames('en').of('RU')).toBe('Russia')
    expect(regionNames('ru').of('RU')).toBe('Россия')

    expect(formatDate('2023-09-14')).toBe('14 September 2023')
    expect(formatNumber(1234567)).toBe('1,234,567')
    await setupI18n('ru')
    expect(formatDate('2023-09-14')).toBe('14 сентября 2023 г.')
    expect(formatNumber(1234567)).toBe('1\u00a0234\u00a0567')
    await setupI18n('en')
    expect(formatDate('2023-09-14')).toBe('14 September 2023')
  })

  it('formats money and moments in the language', async () => {
    await setupI18n('ru')
    expect(formatMoney(100_000)).toBe('100\u00a0000\u00a0₽')
    expect(formatDateTime(new Date(2026, 10, 27, 10, 42))).toContain('10:42')
  })
})
