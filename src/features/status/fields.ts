/** The answers a manager may ask about: where each is fixed, and its name in words. */
import type { RequestableField } from '@/api/contract'
import type { MessageId } from '@/lib/i18n'

/** The id of a field's control on the fix page (the confirmation's links point at it). */
export function fixAnchor(field: RequestableField): string {
  return `fix-${field.replace('.', '-')}`
}

export const FIELD_LABEL: Record<RequestableField, MessageId> = {
  'contacts.name': 'status.answers.contacts.name',
  'contacts.position': 'status.answers.contacts.position',
  'contacts.email': 'status.answers.contacts.email',
  'contacts.phone': 'status.answers.contacts.phone',
  'questionnaire.website': 'status.answers.profile.website',
  'questionnaire.certifiedEngineers': 'status.answers.profile.engineers',
  'questionnaire.comment': 'status.answers.profile.comment',
}
