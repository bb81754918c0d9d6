/**
 * Type-level test, compiled by tsc (npm run typecheck): message ids and namespaces come from the
 * English catalogs, so a wrong one fails the type-check. Never run; each line is the assertion.
 */
import type { MockMessageId, MockNamespace } from '@mocks/i18n'
import type { MessageId, Namespace, Translate } from '@/lib/i18n'

declare const t: Translate

export const known: string = t('common.status.loading', {})
// @ts-expect-error -- no English catalog has this id
export const unknown: string = t('common.status.lodaing')

export const ids: MessageId[] = ['signIn.title', 'forms.errors.required']
// @ts-expect-error -- the mock layer's ids are not the app's
export const mockIdInApp: MessageId = 'demo.toggle'
export const mockIds: MockMessageId[] = ['demo.toggle', 'idp.banner']

export const namespaces: Namespace[] = ['common', 'forms', 'signIn']
// @ts-expect-error -- there is no such catalog
export const missing: Namespace = 'nowhere'
// @ts-expect-error -- the demo panel's catalog lives in mocks/locales, outside the app's build
export const demoInApp: Namespace = 'demo'
export const mockNamespaces: MockNamespace[] = ['demo', 'idp']

/** A template literal id checks as the union of its parts. */
export function latencyWords(ms: 0 | 350 | 3000, translate: Translate<MockMessageId>): string {
  return translate(`demo.latency.${ms}`)
}
// @ts-expect-error -- a part outside the union makes ids that do not exist
export const badPart = (n: number, translate: Translate<MockMessageId>) => translate(`demo.latency.${n}`)
