/**
 * Validation messages travel as language-neutral codes: the contract (shared by the client and the
 * mock backend) never holds English or Russian text. `errorCode('tooLong', { max: 100 })` becomes
 * `err:tooLong|{"max":100}`; the UI turns it into words with `translateError` (src/lib/i18n).
 */
export type ErrorValues = Record<string, string | number>

const PREFIX = 'err:'

export function errorCode(key: string, values?: ErrorValues): string {
  return values ? `${PREFIX}${key}|${JSON.stringify(values)}` : `${PREFIX}${key}`
}

export function parseErrorCode(message: string): { key: string; values: ErrorValues } | null {
  if (!message.startsWith(PREFIX)) return null
  const body = message.slice(PREFIX.length)
  const bar = body.indexOf('|')
  if (bar < 0) return { key: body, values: {} }
  try {
    return { key: body.slice(0, bar), values: JSON.parse(body.slice(bar + 1)) as ErrorValues }
  } catch {
    return { key: body.slice(0, bar), values: {} }
  }
}
