/**
 * What the TIN field says while the user types. The contract's identifier schema does the checking
 * and names the problem; this decides when a problem is worth showing before the form is sent.
 */
import { Tin } from '@/api/contract'
import { parseErrorCode } from '@/api/messages'
import { normalizeIdentifier } from '@/lib/identifiers'

export type TinState =
  | { kind: 'empty' }
  | { kind: 'typing' }
  | { kind: 'valid'; tin: string }
  /** `maybeUnfinished`: ten digits that fail the organization's check may be a 12-digit TIN being typed. */
  | { kind: 'invalid'; message: string; maybeUnfinished: boolean }

export function tinState(raw: string): TinState {
  if (raw.trim() === '') return { kind: 'empty' }
  const result = Tin.safeParse(raw)
  if (result.success) return { kind: 'valid', tin: result.data }
  const message = result.error.issues[0]?.message ?? ''
  const code = parseErrorCode(message)
  if (code?.key === 'id.length') {
    // Too short is still being typed; too long is wrong at once.
    return Number(code.values.actual) > 12
      ? { kind: 'invalid', message, maybeUnfinished: false }
      : { kind: 'typing' }
  }
  const maybeUnfinished = code?.key === 'id.checksum' && normalizeIdentifier(raw).length === 10
  return { kind: 'invalid', message, maybeUnfinished }
}
