/**
 * The mock layer's messages (catalogs in mocks/locales: the demo panel, the mock identity provider).
 * Importing this module adds them to the app's i18n, so only a mock build, which loads mocks/, holds
 * them. `useMockMessages` takes the mock namespaces and the app's, and types ids from both.
 */
import {
  addCatalogs,
  type Language,
  type MessageId,
  type Namespace,
  type Translate,
  useCatalogs,
} from '@/lib/i18n'
import type { MockCatalogs } from './locales/catalogs.gen'

addCatalogs(import.meta.glob('./locales/*/*.json', { query: '?lingui' }))

export type MockNamespace = keyof MockCatalogs
export type MockMessageId = { [N in MockNamespace]: keyof MockCatalogs[N] & string }[MockNamespace]

export function useMockMessages(...namespaces: (MockNamespace | Namespace)[]): {
  t: Translate<MockMessageId | MessageId>
  language: Language
} {
  return useCatalogs<MockMessageId | MessageId>(namespaces)
}
