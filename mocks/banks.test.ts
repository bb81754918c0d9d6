/** The bank directory holds real banks whose correspondent accounts pass the control key. */
import { describe, expect, it } from 'vitest'
import { correspondentAccountOk, isValidIdentifier, settlementAccountOk } from '@/lib/identifiers'
import { BANKS, bankByBik } from './banks'

describe('the mock bank directory', () => {
  it.each(BANKS.map((bank) => [bank.name, bank] as const))(
    '%s: a valid BIK whose correspondent account passes the control key',
    (_name, bank) => {
      expect(isValidIdentifier('bik', bank.bik)).toBe(true)
      expect(correspondentAccountOk(bank.bik, bank.correspondentAccount)).toBe(true)
      // The rule really checks: one changed digit fails it.
      const wrong = `${bank.correspondentAccount.slice(0, 12)}${(Number(bank.correspondentAccount[12]) + 1) % 10}${bank.correspondentAccount.slice(13)}`
      expect(correspondentAccountOk(bank.bik, wrong)).toBe(false)
    },
  )

  it('has the major banks, each BIK once', () => {
    expect(new Set(BANKS.map((bank) => bank.bik)).size).toBe(BANKS.length)
    expect(bankByBik('044525225')).toMatchObject({
      name: 'ПАО Сбербанк',
      correspondentAccount: '30101810400000000225',
    })
    for (const name of ['ВТБ', 'Альфа-Банк', 'ТБанк', 'Банк ГПБ', 'Райффайзенбанк'])
      expect(
        BANKS.some((bank) => bank.name.includes(name)),
        name,
      ).toBe(true)
  })

  it('does not mistake a settlement account check for a correspondent one', () => {
    // The settlement rule uses the BIK's last three digits as the prefix, the correspondent rule 0 + digits 5–6.
    expect(settlementAccountOk('044525225', '30101810400000000225')).toBe(false)
  })
})
