/**
 * Each identifier's rule (../shared/identifiers.md), with valid and invalid values computed here
 * from the rule itself (a reference implementation written from the table, not the code under test),
 * over many generated bodies; plus the contract's identifier fields: pasted noise, wrong characters.
 */
import { describe, expect, it } from 'vitest'
import { AccountNumber, Bik, Kpp, Ogrn, Ogrnip, Tin } from '@/api/contract'
import { parseErrorCode } from '@/api/messages'
import {
  checkIdentifier,
  correspondentAccountOk,
  normalizeIdentifier,
  settlementAccountOk,
  settlementPrefix,
  withControlDigit,
} from './identifiers'

// --- Reference rules, written from the table ---------------------------------------------------

const ds = (s: string) => [...s].map(Number)
const weighted = (digits: number[], weights: number[]) =>
  weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0)
const tin10Check = (body9: string) => (weighted(ds(body9), [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10
function tin12Checks(body10: string): [number, number] {
  const c11 = (weighted(ds(body10), [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10
  const c12 = (weighted(ds(body10 + c11), [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10
  return [c11, c12]
}
const ogrnCheck = (body12: string) => Number((BigInt(body12) % 11n) % 10n)
const ogrnipCheck = (body14: string) => Number((BigInt(body14) % 13n) % 10n)
/** Bank of Russia control key: 3-digit prefix + 20-digit account, weights 7,1,3…, last digit of each product. */
const controlKeyOk = (prefix: string, account: string) =>
  ds(prefix + account).reduce((sum, d, i) => sum + ((d * ([7, 1, 3][i % 3] as number)) % 10), 0) % 10 === 0

/** A repeatable source of digits (a small LCG), so the sample is wide and the test deterministic. */
function digitSource(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
  return (count: number, first = '123456789') =>
    first[Math.floor(next() * first.length)] +
    Array.from({ length: count - 1 }, () => String(Math.floor(next() * 10))).join('')
}

const SAMPLES = 150
const otherDigits = (right: number) => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => d !== right)
const problem = (kind: Parameters<typeof checkIdentifier>[0], value: string) =>
  checkIdentifier(kind, value)?.code ?? null

describe('TIN of an organization (10 digits)', () => {
  const digits = digitSource(10)
  it('accepts the digit the rule computes and refuses every other check digit', () => {
    for (let i = 0; i < SAMPLES; i++) {
      const body = digits(9)
      const right = tin10Check(body)
      expect(problem('tin', `${body}${right}`)).toBeNull()
      for (const wrong of otherDigits(right)) expect(problem('tin', `${body}${wrong}`)).toBe('checksum')
    }
  })

  it('refuses a TIN starting with 00 even when its checksum holds', () => {
    const body = `00${digits(7)}`
    expect(problem('tin', `${body}${tin10Check(body)}`)).toBe('structure')
    expect(problem('tin', '0000000000')).toBe('structure')
  })

  it('knows the public examples', () => {
    expect(problem('tin', '7736207543')).toBeNull()
    expect(problem('tin', '7707083893')).toBeNull()
    expect(problem('tin', '7736207544')).toBe('checksum')
  })
})

describe('TIN of a person or individual entrepreneur (12 digits)', () => {
  const digits = digitSource(12)
  it('accepts both check digits the rule computes and refuses a wrong 11th or 12th digit', () => {
    for (let i = 0; i < SAMPLES; i++) {
      const body = digits(10)
      const [c11, c12] = tin12Checks(body)
      expect(problem('tin', `${body}${c11}${c12}`)).toBeNull()
      expect(problem('tin', `${body}${(c11 + 1) % 10}${c12}`)).toBe('checksum')
      expect(problem('tin', `${body}${c11}${(c12 + 1) % 10}`)).toBe('checksum')
    }
  })

  it('refuses any other length, saying which lengths are right', () => {
    for (const length of [1, 9, 11, 13]) {
      expect(checkIdentifier('tin', '7'.repeat(length))).toEqual({
        code: 'length',
        expected: [10, 12],
        actual: length,
      })
    }
  })
})

describe('KPP', () => {
  it('takes 4 digits, 2 digits or capital Latin letters, 3 digits, not starting with 00', () => {
    expect(problem('kpp', '773601001')).toBeNull()
    expect(problem('kpp', '7736AZ001')).toBeNull()
    expect(problem('kpp', '540643001')).toBeNull()
    expect(problem('kpp', '003601001')).toBe('structure')
    expect(problem('kpp', 'A73601001')).toBe('structure')
    expect(problem('kpp', '773601A01')).toBe('structure')
    expect(problem('kpp', '77360100')).toBe('length')
    expect(checkIdentifier('kpp', '7736ab001')).toEqual({ code: 'bad_char', char: 'a', position: 5 })
  })
})

describe('OGRN (13 digits) and OGRNIP (15 digits)', () => {
  const digits = digitSource(13)
  it('accept the check digit the rule computes, and refuse every other', () => {
    for (let i = 0; i < SAMPLES; i++) {
      const ogrnBody = digits(12, '15')
      const ogrnRight = ogrnCheck(ogrnBody)
      expect(problem('ogrn', `${ogrnBody}${ogrnRight}`)).toBeNull()
      for (const wrong of otherDigits(ogrnRight))
        expect(problem('ogrn', `${ogrnBody}${wrong}`)).toBe('checksum')

      const ipBody = digits(14, '3')
      const ipRight = ogrnipCheck(ipBody)
      expect(problem('ogrnip', `${ipBody}${ipRight}`)).toBeNull()
      for (const wrong of otherDigits(ipRight))
        expect(problem('ogrnip', `${ipBody}${wrong}`)).toBe('checksum')
    }
  })

  it('refuse a wrong first digit even with a holding checksum', () => {
    const ogrnBody = `2${digits(11)}`
    expect(problem('ogrn', `${ogrnBody}${ogrnCheck(ogrnBody)}`)).toBe('structure')
    const ipBody = `4${digits(13)}`
    expect(problem('ogrnip', `${ipBody}${ogrnipCheck(ipBody)}`)).toBe('structure')
    expect(problem('ogrn', '1027700132195')).toBeNull()
    expect(problem('ogrnip', '1027700132195')).toBe('length')
  })
})

describe('BIK and bank accounts', () => {
  const digits = digitSource(20)
  it('BIK: 9 digits starting 04', () => {
    expect(problem('bik', '044525225')).toBeNull()
    expect(problem('bik', '054525225')).toBe('structure')
    expect(problem('bik', '04452522')).toBe('length')
  })

  it('settlement account: the control key with the BIK’s last 3 digits as prefix (or 0 + digits 5–6)', () => {
    for (let i = 0; i < SAMPLES; i++) {
      const bik = `04${digits(7, '0123456789')}`
      const prefix = ['000', '001', '002'].includes(bik.slice(6)) ? `0${bik.slice(4, 6)}` : bik.slice(6)
      expect(settlementPrefix(bik)).toBe(prefix)
      const account = digits(20)
      const valid = [...Array(10).keys()]
        .map((k) => `${account.slice(0, 8)}${k}${account.slice(9)}`)
        .filter((candidate) => controlKeyOk(prefix, candidate))
      expect(valid).toHaveLength(1)
      expect(withControlDigit(prefix, account)).toBe(valid[0])
      for (let k = 0; k < 10; k++) {
        const candidate = `${account.slice(0, 8)}${k}${account.slice(9)}`
        expect(settlementAccountOk(bik, candidate)).toBe(candidate === valid[0])
      }
    }
  })

  it('settlement account: a BIK ending in 000–002 takes 0 + its 5th and 6th digits as prefix', () => {
    expect(settlementPrefix('044525001')).toBe('025')
    expect(settlementPrefix('044525225')).toBe('225')
  })

  it('correspondent account: 30101…, ends with the BIK’s last 3 digits, control key with 0 + BIK digits 5–6', () => {
    expect(correspondentAccountOk('044525225', '30101810400000000225')).toBe(true)
    expect(controlKeyOk('025', '30101810400000000225')).toBe(true)
    expect(correspondentAccountOk('044525225', '30101810500000000225')).toBe(false)
    expect(correspondentAccountOk('044525226', '30101810400000000225')).toBe(false)
    const built = withControlDigit('025', '30101810000000000225')
    expect(correspondentAccountOk('044525225', built)).toBe(true)
  })

  it('account numbers: 20 digits', () => {
    expect(problem('account', digits(20))).toBeNull()
    expect(problem('account', digits(19))).toBe('length')
  })
})

describe('identifier fields in the contract', () => {
  const codeOf = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) =>
    result.success ? null : parseErrorCode(result.error?.issues[0]?.message ?? '')

  it('drop the spaces, no-break spaces and hyphens people paste, and output the digits', () => {
    expect(Tin.parse(' 77 36-207\u00a0543 ')).toBe('7736207543')
    expect(Tin.parse('7736–207–543')).toBe('7736207543')
    expect(Kpp.parse('7736 01 001')).toBe('773601001')
    expect(Ogrn.parse('1-02-77-00-13219-5')).toBe('1027700132195')
    expect(Bik.parse('04 45 25 225')).toBe('044525225')
    expect(AccountNumber.parse('3010 1810 4000 0000 0225')).toBe('30101810400000000225')
    expect(normalizeIdentifier('7\u202f7\u20073')).toBe('773')
  })

  it.each([
    ['a Cyrillic О for 0', '77О0000016', 'О', 3],
    ['a Cyrillic З for 3', '77З6207543', 'З', 3],
    ['a full-width digit', '773６207543', '６', 4],
    ['an Arabic-Indic digit', '٧736207543', '٧', 1],
    ['a Latin l for 1', '7736207l43', 'l', 8],
    ['markup', '<b>7736207543', '<', 1],
  ])('name %s and where it is', (_, value, char, position) => {
    expect(codeOf(Tin.safeParse(value))).toEqual({
      key: 'id.bad_char',
      values: { kind: 'tin', char, position },
    })
  })

  it('say what is wrong in codes the UI words: length, structure, checksum, empty', () => {
    expect(codeOf(Tin.safeParse('773620754'))).toEqual({
      key: 'id.length',
      values: { kind: 'tin', expected: '10/12', actual: 9 },
    })
    expect(codeOf(Tin.safeParse('0000000000'))?.key).toBe('id.structure')
    expect(codeOf(Tin.safeParse('7736207544'))?.key).toBe('id.checksum')
    expect(codeOf(Tin.safeParse(''))?.key).toBe('required')
    expect(codeOf(Ogrnip.safeParse('1027700132195'))?.key).toBe('id.length')
  })
})
