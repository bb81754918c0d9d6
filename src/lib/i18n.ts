/**
 * English and Russian through one i18next catalog. The `common` (shell, steps, errors) and
 * `program` (the first page) namespaces ship with the first page; each step's namespace loads when
 * the step is shown.
 */
import i18n, { type TFunction } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { parseErrorCode } from '../api/messages'
import commonEn from '../locales/en/common.json'
import programEn from '../locales/en/program.json'
import commonRu from '../locales/ru/common.json'
import programRu from '../locales/ru/program.json'

export const LANGUAGES = ['en', 'ru'] as const
export type Language = (typeof LANGUAGES)[number]
const LANGUAGE_KEY = 'partner-onboarding.language'

export const NAMESPACES = [
  'common',
  'program',
  'welcome',
  'signIn',
  'application',
  'partnership',
  'billing',
  'status',
] as const
export type Namespace = (typeof NAMESPACES)[number]

function isLanguage(value: string | null | undefined): value is Language {
  return value === 'en' || value === 'ru'
}

/** The language chosen before on this device, else the browser's, else English. */
export function detectLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(LANGUAGE_KEY)
    if (isLanguage(saved)) return saved
  } catch {
    // Storage may be unavailable (private mode); the browser's language still applies.
  }
  const preferred = typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : []
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLanguage(base)) return base
  }
  return 'en'
}

// Every namespace but the two bundled above, as a chunk of its own per language.
const namespaceLoaders = import.meta.glob<{ default: unknown }>([
  '../locales/*/*.json',
  '!../locales/*/common.json',
  '!../locales/*/program.json',
])

const lazyNamespaces = {
  type: 'backend' as const,
  init() {},
  read(language: string, namespace: string, callback: (error: unknown, data: unknown) => void) {
    const load = namespaceLoaders[`../locales/${language}/${namespace}.json`]
    if (!load) {
      callback(new Error(`No messages for ${language}/${namespace}`), null)
      return
    }
    load().then(
      (module: { default: unknown }) => callback(null, module.default),
      (error: unknown) => callback(error, null),
    )
  },
}

export function setupI18n(language: Language = detectLanguage()) {
  if (!i18n.isInitialized) {
    i18n.use(lazyNamespaces).use(initReactI18next)
    void i18n.init({
      lng: language,
      fallbackLng: 'en',
      supportedLngs: LANGUAGES,
      ns: ['common', 'program'],
      defaultNS: 'common',
      partialBundledLanguages: true,
      resources: {
        en: { common: commonEn, program: programEn },
        ru: { common: commonRu, program: programRu },
      },
      interpolation: { escapeValue: false },
      returnNull: false,
    })
    i18n.on('languageChanged', (lng) => {
      if (typeof document !== 'undefined') document.documentElement.lang = lng
    })
    if (typeof document !== 'undefined') document.documentElement.lang = language
  } else if (i18n.language !== language) {
    void i18n.changeLanguage(language)
  }
  return i18n
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language)
  } catch {
    // Not remembered, but still switched.
  }
  await i18n.changeLanguage(language)
}

/** Turns a contract message code (`err:key|{values}`) into words; other text is shown as it is. */
export function translateError(t: TFunction, message: string | undefined): string {
  if (!message) return ''
  const parsed = parseErrorCode(message)
  if (!parsed) return message
  const values: Record<string, string | number> = { ...parsed.values }
  if (typeof values.kind === 'string') values.name = t(`common:identifiers.${values.kind}`)
  return t(`common:errors.${parsed.key}`, { ...values, defaultValue: t('common:errors.invalid') })
}

export { i18n }
