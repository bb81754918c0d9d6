/**
 * What each field a manager may ask to fix is called: one table for the confirmation and fix pages
 * (features/status) and the demo panel's "ask for information" (mocks), which may not import a feature.
 */
import type { RequestableField } from '@/api/contract'
import type { MessageId } from '@/lib/i18n'

export const FIELD_LABEL: Record<RequestableField, MessageId> = {
  'contacts.name': 'status.answers.contacts.name',
  'contacts.position': 'status.answers.contacts.position',
  'contacts.email': 'status.answers.contacts.email',
  'contacts.phone': 'status.answers.contacts.phone',
  'questionnaire.website': 'status.answers.profile.website',
  'questionnaire.certifiedEngineers': 'status.answers.profile.engineers',
  'questionnaire.comment': 'status.answers.profile.comment',
}
