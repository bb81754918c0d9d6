import { describe, expect, it } from 'vitest'
import { i18n, type Language, pluralForm, preloadMessages, setupI18n } from './i18n'

/** The footer's count of days in each language's plural forms (its words chosen by pluralForm). */
async function footer(language: Language, days: number): Promise<string> {
  await setupI18n(language)
  return i18n._('common.app.footer', { platform: 'Yandex Cloud', days, form: pluralForm(language, days) })
}

describe('pluralForm: a count’s words without Intl.NumberFormat (footer, error summary)', () => {
  it('gives each language’s plural form', () => {
    expect([1, 2, 7, 21].map((n) => pluralForm('en', n))).toEqual(['one', 'other', 'other', 'other'])
    expect([1, 2, 5, 21, 11].map((n) => pluralForm('ru', n))).toEqual(['one', 'few', 'many', 'one', 'many'])
  })

  it('words the footer’s days in English and Russian', async () => {
    const en = (days: string) => `Yandex Cloud partner program. Applications are reviewed within ${days}.`
    const ru = (days: string) => `Партнерская программа Yandex Cloud. Заявки рассматриваются до ${days}.`
    const cases: [Language, number, string][] = [
      ['en', 1, en('1 business day')],
      ['en', 7, en('7 business days')],
      ['ru', 1, ru('1 рабочего дня')],
      ['ru', 21, ru('21 рабочего дня')],
      ['ru', 3, ru('3 рабочих дней')],
      ['ru', 7, ru('7 рабочих дней')],
    ]
    for (const [language, days, text] of cases) expect(await footer(language, days)).toBe(text)
  })

  it('words the error summary’s count of problems in English and Russian', async () => {
    const cases: [Language, number, string][] = [
      ['en', 1, 'There is a problem'],
      ['en', 3, 'There are 3 problems'],
      ['ru', 1, 'Есть 1 ошибка'],
      ['ru', 3, 'Есть 3 ошибки'],
      ['ru', 5, 'Есть 5 ошибок'],
      ['ru', 21, 'Есть 21 ошибка'],
    ]
    for (const [language, count, text] of cases) {
      await setupI18n(language)
      await preloadMessages('forms')
      expect(i18n._('forms.errors.summaryTitle', { count, form: pluralForm(language, count) })).toBe(text)
    }
  })
})
