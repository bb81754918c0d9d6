import { readdirSync } from 'node:fs'
import { defineConfig } from '@lingui/conf'
import { formatter } from '@lingui/format-json'

/**
 * One message catalog per namespace and language in src/locales/<language>/<namespace>.json (the mock
 * layer's in mocks/locales), with
 * explicit ids ("welcome.title") and ICU messages ("{count, plural, one {…} other {…}}"). The Vite
 * plugin compiles a catalog when it is imported with `?lingui`; a message missing in Russian fails
 * the build.
 */
const namespacesIn = (root: string) =>
  readdirSync(new URL(`./${root}/en`, import.meta.url))
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({ root, name: file.slice(0, -'.json'.length) }))
// The mock layer's catalogs (demo panel, mock identity provider) live in mocks/locales, the same way.
const namespaces = [...namespacesIn('src/locales'), ...namespacesIn('mocks/locales')]

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'ru'],
  fallbackLocales: false,
  format: formatter({ style: 'minimal' }),
  catalogs: namespaces.map(({ root, name }) => ({
    path: `<rootDir>/${root}/{locale}/${name}`,
    include: [`<rootDir>/${root}/{locale}/${name}.json`],
  })),
})
