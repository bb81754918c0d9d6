/** The answers a manager may ask about: where each is fixed, and its name in words. */
import type { RequestableField } from '@/api/contract'

/** The id of a field's control on the fix page (the confirmation's links point at it). */
export function fixAnchor(field: RequestableField): string {
  return `fix-${field.replace('.', '-')}`
}

export { FIELD_LABEL } from '@/lib/requestable-field-labels'
