/**
 * The reserved TINs of the mock registry (./registry/reserved.ts) as demo hints: in a mock build the
 * TIN field offers them as chips that say what each produces (src/lib/demo-hints.ts is the seam;
 * browser.ts fills it at start). Words in both languages, their one source.
 */

import type { DemoHintSet } from '@/lib/demo-hints'
import { completeTin } from '@/lib/identifiers'
import { RESERVED_TINS } from './registry'

export const TIN_HINTS: DemoHintSet = {
  title: { en: 'Demo TINs (mock registry)', ru: 'ИНН для демо (тестовый реестр)' },
  hints: [
    { value: completeTin('770000010'), label: { en: 'found', ru: 'найдена' } },
    {
      value: RESERVED_TINS.withBranches,
      label: { en: 'head office and branches', ru: 'головная и филиалы' },
    },
    { value: RESERVED_TINS.liquidated, label: { en: 'liquidated', ru: 'ликвидирована' } },
    { value: RESERVED_TINS.bankrupt, label: { en: 'bankrupt', ru: 'банкрот' } },
    { value: RESERVED_TINS.reorganizing, label: { en: 'reorganizing', ru: 'реорганизуется' } },
    { value: RESERVED_TINS.notFound, label: { en: 'not found', ru: 'не найдена' } },
    { value: RESERVED_TINS.unavailable, label: { en: 'registry down', ru: 'реестр недоступен' } },
    { value: RESERVED_TINS.entrepreneur, label: { en: 'entrepreneur', ru: 'ИП' } },
  ],
}
