import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { isApiError } from '../../api/errors'
import type { SummaryError } from '../../components/error-summary'
import { type Translate, translateError } from '../../lib/i18n'

/**
 * A form's errors in the order of its fields, for the ErrorSummary. Each starts with its field's
 * label: "Fill in this field" three times would not say which fields.
 */
export function summaryErrors<T extends FieldValues>(
  errors: FieldErrors<T>,
  fields: Record<Path<T>, { id: string; label: string }>,
  t: Translate,
): SummaryError[] {
  return (Object.entries(fields) as [Path<T>, { id: string; label: string }][]).flatMap(([name, field]) => {
    const message = (errors as Record<string, { message?: unknown } | undefined>)[name]?.message
    if (typeof message !== 'string') return []
    return [{ fieldId: field.id, message: `${field.label}: ${translateError(t, message)}` }]
  })
}

/** The worded error of one field, for Field's `error`. */
export function fieldError<T extends FieldValues>(
  errors: FieldErrors<T>,
  name: Path<T>,
  t: Translate,
): string | undefined {
  const message = (errors as Record<string, { message?: unknown } | undefined>)[name]?.message
  return typeof message === 'string' ? translateError(t, message) : undefined
}

/**
 * Puts the server's field errors (a 422 when the client was bypassed, a 409 such as a taken login)
 * on their fields. False when the error carries none for these fields: the caller shows it whole.
 */
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
