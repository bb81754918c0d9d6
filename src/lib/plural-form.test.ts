import { describe, expect, it } from 'vitest'
import { i18n, type Language, pluralForm, setupI18n } from './i18n'

/** The footer's count of days in each language's plural forms (its words chosen by pluralForm). */
async function footer(language: Language, days: number): Promise<string> {
  await setupI18n(language)
  return i18n._('common.app.footer', { platform: 'Yandex Cloud', days, form: pluralForm(language, days) })
}

describe('pluralForm: a count’s words without Intl.NumberFormat', () => {
  it('gives each language’s plural form', () => {
    expect([1, 2, 7, 21].map((n) => pluralForm('en', n))).toEqual(['one', 'other', 'other', 'other'])
    expect([1, 2, 5, 21, 11].map((n) => pluralForm('ru', n))).toEqual(['one', 'few', 'many', 'one', 'many'])
  })

  it('words the footer’s days in English and Russian', async () => {
    expect(await footer('en', 1)).toBe(
      'Yandex Cloud partner program. Applications are reviewed within 1 business day.',
    )
    expect(await footer('en', 7)).toBe(
      'Yandex Cloud partner program. Applications are reviewed within 7 business days.',
    )
    expect(await footer('ru', 1)).toBe(
      'Партнерская программа Yandex Cloud. Заявки рассматриваются до 1 рабочего дня.',
    )
    expect(await footer('ru', 21)).toBe(
      'Партнерская программа Yandex Cloud. Заявки рассматриваются до 21 рабочего дня.',
    )
    expect(await footer('ru', 3)).toBe(
      'Партнерская программа Yandex Cloud. Заявки рассматриваются до 3 рабочих дней.',
    )
    expect(await footer('ru', 7)).toBe(
      'Партнерская программа Yandex Cloud. Заявки рассматриваются до 7 рабочих дней.',
    )
  })
})
