/**
 * A react-hook-form's errors in words: for the error summary (in field order), for each field, and
 * the server's field errors (a 422 when the client was bypassed, a 409 such as a taken login) put on
 * their fields. Shared by every form of the flow.
 */
import type { FieldErrors, FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { isApiError } from '@/api/errors'
import { parseErrorCode } from '@/api/messages'
import { type MessageId, type Translate, translateError } from './i18n'

/** An entry of the error summary: the field to move focus to, and the problem in words. */
export type SummaryError = { fieldId: string; message: string }

/** A field in the summary: its control's id, and optionally its label to start the message with. */
export type SummaryField = string | { id: string; label?: string }

/** Codes that say "this is missing" in general words: a field may say it in its own. */
const GENERIC = new Set(['required', 'chooseOne', 'chooseOption'])

/** Message ids per field for the generic codes ("Choose at least one area of expertise."). */
export type SpecificMessages = Partial<Record<string, string>>

function worded(t: Translate, name: string, message: string, specific?: SpecificMessages): string {
  const code = parseErrorCode(message)
  const own = specific?.[name]
  // Untyped here (pages pass plain records): an unknown id would show as itself.
  if (code && own && GENERIC.has(code.key)) return t(own as MessageId)
  return translateError(t, message)
}

function messageOf(errors: FieldErrors, name: string): string | undefined {
  const entry = (errors as Record<string, { message?: unknown; root?: { message?: unknown } } | undefined>)[
    name
  ]
  const message = entry?.message ?? entry?.root?.message
  return typeof message === 'string' ? message : undefined
}

/**
 * The summary's entries in the order of `fields`. With a label, each starts with it: "Fill in this
 * field" three times would not say which fields.
 */
export function summaryErrors<T extends FieldValues>(
  errors: FieldErrors<T>,
  fields: Partial<Record<Path<T>, SummaryField>>,
  t: Translate,
  specific?: SpecificMessages,
): SummaryError[] {
  return Object.entries(fields as Record<string, SummaryField | undefined>).flatMap(([name, field]) => {
    const message = messageOf(errors, name)
    if (!message || field === undefined) return []
    const { id, label } = typeof field === 'string' ? { id: field, label: undefined } : field
    const text = worded(t, name, message, specific)
    return [{ fieldId: id, message: label ? `${label}: ${text}` : text }]
  })
}

/** The worded error of one field, for Field's `error`. */
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
