import { afterEach, describe, expect, it } from 'vitest'
import { formatDate, formatDateTime, formatMoney } from './format'
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

  it('formats money and moments in the language', async () => {
    await setupI18n('ru')
    expect(formatMoney(100_000)).toBe('100\u00a0000\u00a0₽')
    expect(formatDateTime(new Date(2026, 10, 27, 10, 42))).toContain('10:42')
  })
})
