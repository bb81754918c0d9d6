import { readdirSync } from 'node:fs'
import { defineConfig } from '@lingui/conf'
import { formatter } from '@lingui/format-json'

/**
 * One message catalog per namespace and language in src/locales/<language>/<namespace>.json, with
 * explicit ids ("welcome.title") and ICU messages ("{count, plural, one {…} other {…}}"). The Vite
 * plugin compiles a catalog when it is imported with `?lingui`; a message missing in Russian fails
 * the build.
 */
const namespaces = readdirSync(new URL('./src/locales/en', import.meta.url))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'ru'],
  fallbackLocales: false,
  format: formatter({ style: 'minimal' }),
  catalogs: namespaces.map((name) => ({
    path: `<rootDir>/src/locales/{locale}/${name}`,
    include: [`<rootDir>/src/locales/{locale}/${name}.json`],
  })),
})
