/**
 * Russian business identifiers: TIN (INN), KPP, OGRN, OGRNIP, BIK and bank accounts.
 * Rules from ../shared/identifiers.md. Identifiers are strings end to end: a leading zero matters.
 */

/** Characters people paste inside identifiers that we silently drop. */
const PASTE_NOISE = /[\s\u00a0\u2007\u202f\-\u2010\u2011\u2012\u2013\u2014]/g

export type IdentifierKind = 'tin' | 'kpp' | 'ogrn' | 'ogrnip' | 'bik' | 'account'

export type IdentifierProblem =
  | { code: 'empty' }
  | { code: 'bad_char'; char: string; position: number }
  | { code: 'length'; expected: readonly number[]; actual: number }
  | { code: 'structure' }
  | { code: 'checksum' }

/** Drops spaces, no-break spaces and hyphens that come with pasted values. */
export function normalizeIdentifier(raw: string): string {
  return raw.replace(PASTE_NOISE, '')
}

/** The first character that is not an ASCII digit (after normalising), with its 1-based position. */
export function firstNonDigit(value: string): { char: string; position: number } | null {
  const chars = Array.from(value)
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string
    if (ch < '0' || ch > '9') return { char: ch, position: i + 1 }
  }
  return null
}

const digits = (s: string) => Array.from(s, (c) => c.charCodeAt(0) - 48)

function weighted(ds: number[], weights: number[]): number {
  return weights.reduce((sum, w, i) => sum + w * (ds[i] ?? 0), 0)
}

export function tinChecksumOk(tin: string): boolean {
  const d = digits(tin)
  if (tin.length === 10) {
    return (weighted(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10 === d[9]
  }
  if (tin.length === 12) {
    const c11 = (weighted(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10
    const c12 = (weighted(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10
    return c11 === d[10] && c12 === d[11]
  }
  return false
}

/** Computes the check digit(s) for a TIN body: 9 digits → 10-digit TIN, 10 digits → 12-digit TIN. */
export function completeTin(body: string): string {
  const d = digits(body)
  if (body.length === 9) return body + String((weighted(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10)
  if (body.length === 10) {
    const c11 = (weighted(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10
    const c12 = (weighted([...d, c11], [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11) % 10
    return `${body}${c11}${c12}`
  }
  throw new Error('completeTin takes 9 or 10 digits')
}

export function ogrnChecksumOk(value: string): boolean {
  if (value.length === 13) return Number(BigInt(value.slice(0, 12)) % 11n) % 10 === Number(value[12])
  if (value.length === 15) return Number(BigInt(value.slice(0, 14)) % 13n) % 10 === Number(value[14])
  return false
}

export function completeOgrn(body: string): string {
  if (body.length === 12) return body + String(Number(BigInt(body) % 11n) % 10)
  if (body.length === 14) return body + String(Number(BigInt(body) % 13n) % 10)
  throw new Error('completeOgrn takes 12 or 14 digits')
}

const CONTROL_WEIGHTS = [7, 1, 3]

/** Bank of Russia control key: prefix (3 digits) + 20-digit account, weights 7,1,3… */
export function accountControlSumOk(prefix: string, account: string): boolean {
  const all = digits(prefix + account)
  const sum = all.reduce((s, d, i) => s + ((d * (CONTROL_WEIGHTS[i % 3] as number)) % 10), 0)
  return sum % 10 === 0
}

/** The 3-digit prefix used to check a settlement account against a BIK. */
export function settlementPrefix(bik: string): string {
  const last3 = bik.slice(6, 9)
  return ['000', '001', '002'].includes(last3) ? `0${bik.slice(4, 6)}` : last3
}

export function settlementAccountOk(bik: string, account: string): boolean {
  return account.length === 20 && accountControlSumOk(settlementPrefix(bik), account)
}

export function correspondentAccountOk(bik: string, account: string): boolean {
  return (
    account.length === 20 &&
    account.startsWith('30101') &&
    account.slice(17) === bik.slice(6) &&
    accountControlSumOk(`0${bik.slice(4, 6)}`, account)
  )
}

/** Sets the control digit (position 9) of a 20-digit account so that it passes the key for a prefix. */
export function withControlDigit(prefix: string, account: string): string {
  for (let k = 0; k <= 9; k++) {
    const candidate = `${account.slice(0, 8)}${k}${account.slice(9)}`
    if (accountControlSumOk(prefix, candidate)) return candidate
  }
  throw new Error('no control digit fits')
}

const KPP_RE = /^\d{4}[\dA-Z]{2}\d{3}$/

/**
 * Checks an identifier and says what is wrong in a form the UI can translate.
 * `value` must already be normalised with normalizeIdentifier.
 */
export function checkIdentifier(kind: IdentifierKind, value: string): IdentifierProblem | null {
  if (value.length === 0) return { code: 'empty' }
  if (kind !== 'kpp') {
    const bad = firstNonDigit(value)
    if (bad) return { code: 'bad_char', ...bad }
  } else {
    const bad = Array.from(value).findIndex((c) => !/[0-9A-Z]/.test(c))
    if (bad >= 0) return { code: 'bad_char', char: Array.from(value)[bad] as string, position: bad + 1 }
  }
  switch (kind) {
    case 'tin': {
      if (value.length !== 10 && value.length !== 12)
        return { code: 'length', expected: [10, 12], actual: value.length }
      if (value.startsWith('00')) return { code: 'structure' }
      return tinChecksumOk(value) ? null : { code: 'checksum' }
    }
    case 'kpp': {
      if (value.length !== 9) return { code: 'length', expected: [9], actual: value.length }
      if (!KPP_RE.test(value) || value.startsWith('00')) return { code: 'structure' }
      return null
    }
    case 'ogrn': {
      if (value.length !== 13) return { code: 'length', expected: [13], actual: value.length }
      if (value[0] !== '1' && value[0] !== '5') return { code: 'structure' }
      return ogrnChecksumOk(value) ? null : { code: 'checksum' }
    }
    case 'ogrnip': {
      if (value.length !== 15) return { code: 'length', expected: [15], actual: value.length }
      if (value[0] !== '3') return { code: 'structure' }
      return ogrnChecksumOk(value) ? null : { code: 'checksum' }
    }
    case 'bik': {
      if (value.length !== 9) return { code: 'length', expected: [9], actual: value.length }
      return value.startsWith('04') ? null : { code: 'structure' }
    }
    case 'account': {
      if (value.length !== 20) return { code: 'length', expected: [20], actual: value.length }
      return null
    }
  }
}

export function isValidIdentifier(kind: IdentifierKind, raw: string): boolean {
  return checkIdentifier(kind, normalizeIdentifier(raw)) === null
}
