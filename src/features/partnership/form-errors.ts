/**
 * Form errors of step 4 in words: for the error summary (in field order), for each field, and the
 * server's 422 field errors put on their fields.
 */
import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { isApiError } from '../../api/errors'
import { parseErrorCode } from '../../api/messages'
import type { SummaryError } from '../../components/error-summary'
import { type Translate, translateError } from '../../lib/i18n'

/** Codes that say "this is missing" in general words: a field may say it in its own. */
const GENERIC = new Set(['required', 'chooseOne', 'chooseOption'])

/** Message ids per field for the generic codes ("Choose at least one area of expertise."). */
export type SpecificMessages = Partial<Record<string, string>>

function worded(t: Translate, name: string, message: string, specific?: SpecificMessages): string {
  const code = parseErrorCode(message)
  const own = specific?.[name]
  if (code && own && GENERIC.has(code.key)) return t(own)
  return translateError(t, message)
}

function messageOf(errors: FieldErrors, name: string): string | undefined {
  const entry = (errors as Record<string, { message?: unknown; root?: { message?: unknown } } | undefined>)[
    name
  ]
  const message = entry?.message ?? entry?.root?.message
  return typeof message === 'string' ? message : undefined
}

export function summaryErrors<T extends FieldValues>(
  errors: FieldErrors<T>,
  fieldIds: Partial<Record<Path<T>, string>>,
  t: Translate,
  specific?: SpecificMessages,
): SummaryError[] {
  return Object.entries(fieldIds).flatMap(([name, fieldId]) => {
    const message = messageOf(errors, name)
    return message && typeof fieldId === 'string'
      ? [{ fieldId, message: worded(t, name, message, specific) }]
      : []
  })
}

export function fieldError<T extends FieldValues>(
  errors: FieldErrors<T>,
  name: Path<T>,
  t: Translate,
  specific?: SpecificMessages,
): string | undefined {
  const message = messageOf(errors, name)
  return message ? worded(t, name, message, specific) : undefined
}

/** True when the error put at least one message on these fields (the caller shows the rest whole). */
export function applyServerFieldErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): boolean {
  if (!isApiError(error)) return false
  let applied = false
  for (const fieldError of error.fieldErrors) {
    const name = fields.find((field) => field === fieldError.path[0])
    if (!name) continue
    setError(name, { type: 'server', message: fieldError.message })
    applied = true
  }
  return applied
}
