/**
 * English and Russian through Lingui: one catalog per namespace and language
 * (src/locales/<language>/<namespace>.json, compiled at build time), loaded only when shown. The
 * first paint waits for `common` (the shell) and `program` (the first page) in the user's language;
 * a step's namespace loads with the step (`useMessages('welcome')` suspends until it is there).
 *
 * Lingui rather than i18next: measured here, i18next with react-i18next adds 17.8 KB gzip to the
 * first page, Lingui's core and React binding 2.2 KB, and the first page's budget is 130 KB.
 */
import { i18n, type MessageDescriptor } from '@lingui/core'
import { useLingui } from '@lingui/react'
import { use } from 'react'
import { parseErrorCode } from '@/api/messages'
import type { Catalogs } from '@/locales/catalogs.gen'

export const LANGUAGES = ['en', 'ru'] as const
export type Language = (typeof LANGUAGES)[number]
const LANGUAGE_KEY = 'partner-onboarding.language'

type Catalog = { messages: Record<string, unknown> }
type CatalogLoader = () => Promise<Catalog>

/** Compiled catalogs by `<language>/<namespace>`: every file in src/locales, plus any added. */
const catalogs = new Map<string, CatalogLoader>()

/**
 * Adds catalogs found by `import.meta.glob('…/<language>/<namespace>.json', { query: '?lingui' })`.
 * The app's own are added here; mock builds add the mock layer's (mocks/i18n.ts), so a build with
 * mocking off holds no mock message.
 */
export function addCatalogs(found: Record<string, () => Promise<unknown>>): void {
  for (const [path, load] of Object.entries(found)) {
    const match = /([a-z]{2})\/([\w-]+)\.json$/.exec(path)
    if (match) catalogs.set(`${match[1]}/${match[2]}`, load as CatalogLoader)
  }
}

addCatalogs(import.meta.glob('../locales/*/*.json', { query: '?lingui' }))

/** A catalog's name: one per file in src/locales/en (see ../locales/catalogs.gen.ts). */
export type Namespace = keyof Catalogs
/** Every message id of the English catalogs: a wrong id fails the type-check. */
export type MessageId = { [N in Namespace]: keyof Catalogs[N] & string }[Namespace]

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

const loading = new Map<string, Promise<void>>()
/** Namespaces shown so far: a language switch loads them all in the new language first. */
const inUse = new Set<string>(['common', 'program'])

function loadNamespace(language: Language, namespace: string): Promise<void> {
  const key = `${language}/${namespace}`
  let promise = loading.get(key)
  if (!promise) {
    const load = catalogs.get(key)
    if (!load) throw new Error(`No messages for ${key}`)
    const pending: Promise<void> & { status?: string; value?: undefined } = load().then((catalog) => {
      i18n.load(language, catalog.messages as never)
      // React's use() reads a settled thenable synchronously instead of suspending again.
      pending.status = 'fulfilled'
      pending.value = undefined
    })
    promise = pending
    loading.set(key, promise)
  }
  return promise
}

export function currentLanguage(): Language {
  return isLanguage(i18n.locale) ? i18n.locale : 'en'
}

function applyDocumentLanguage(language: Language) {
  if (typeof document !== 'undefined') document.documentElement.lang = language
}

/** Loads the first page's messages in the language and activates it. */
export async function setupI18n(language: Language = detectLanguage()): Promise<typeof i18n> {
  await Promise.all([...inUse].map((namespace) => loadNamespace(language, namespace)))
  if (i18n.locale !== language) i18n.activate(language)
  applyDocumentLanguage(language)
  return i18n
}

/** Switches language once every namespace in use is there in the new one, and remembers the choice. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_KEY, language)
  } catch {
    // Not remembered, but still switched.
  }
  await setupI18n(language)
}

/**
 * Starts loading namespaces in the current language without suspending: a route's loader (with the
 * page's data) or the prefetch of the next step, so a page never waits for its words after a click.
 */
export function preloadMessages(...namespaces: Namespace[]): Promise<void> {
  // Before the first paint (a route's loader at boot) no language is active yet: the one it will be.
  const language = isLanguage(i18n.locale) ? i18n.locale : detectLanguage()
  return Promise.all(
    namespaces.map((namespace) => {
      inUse.add(namespace)
      return loadNamespace(language, namespace)
    }),
  ).then(() => undefined)
}

/**
 * Settles once every catalog asked for so far has loaded (or failed): a prerendered first page is
 * replaced only by a render that has all its words (src/main.tsx), never by "Loading…".
 */
export async function messagesRequested(): Promise<void> {
  await Promise.allSettled(loading.values())
}

/** Words a message id (of the app's catalogs unless said otherwise) in the current language. */
export type Translate<Id extends string = MessageId> = (id: Id, values?: Record<string, unknown>) => string

/**
 * Suspends until the named catalogs (any, also the mock layer's) are loaded in the current language;
 * re-renders when the language changes. Typed wrappers: `useMessages` here, `useMockMessages` in mocks/.
 */
export function useCatalogs<Id extends string>(
  namespaces: readonly string[],
): { t: Translate<Id>; language: Language } {
  const { i18n: active } = useLingui()
  const language = isLanguage(active.locale) ? active.locale : 'en'
  for (const namespace of namespaces) {
    inUse.add(namespace)
    use(loadNamespace(language, namespace))
  }
  return { t: (id, values) => active._(id, values), language }
}

/**
 * The translate function for a component. Suspends until the namespaces are loaded in the current
 * language; re-renders when the language changes.
 */
export function useMessages(...namespaces: Namespace[]): { t: Translate; language: Language } {
  return useCatalogs<MessageId>(namespaces)
}

/**
 * The plural form of a count in the language (`one`, `few`, `many`, `other`), for a message that
 * chooses its words with `{form, select, …}` and shows the count as a plain placeholder (the footer's
 * `{days}`). For what every page's first render shows, the footer: Lingui's `plural` also formats the
 * count with `Intl.NumberFormat`, whose first use loads ICU's number data (48–94 ms in this machine's
 * Chromium, a 200 ms task at Lighthouse's 4× CPU); `/welcome` makes none either (its terms' money and
 * date: src/domain/program-terms-text.gen.ts). Later pages keep `plural`: the first page that counts
 * with `#` (the error summary, step 6's review days) pays ICU's first use once.
 * A whole count below 1,000 is written the same in both languages.
 */
export function pluralForm(language: Language, count: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(language).select(count)
}

/** Turns a contract message code (`err:key|{values}`) into words; other text is shown as it is. */
export function translateError(t: Translate, message: string | undefined): string {
  if (!message) return ''
  const parsed = parseErrorCode(message)
  if (!parsed) return message
  const values: Record<string, string | number> = { ...parsed.values }
  // Codes and kinds come from the server at run time: an id they name may not exist (checked below).
  const dynamic = t as Translate<string>
  if (typeof values.kind === 'string') values.name = dynamic(`forms.identifiers.${values.kind}`)
  const id = `forms.errors.${parsed.key}`
  const text = dynamic(id, values)
  return text === id ? t('forms.errors.invalid') : text
}

export type { MessageDescriptor }
export { i18n }
