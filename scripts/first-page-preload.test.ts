import type { IndexHtmlTransformContext, ResolvedConfig } from 'vite'
import { describe, expect, it } from 'vitest'
import { firstPagePreload } from './first-page-preload'

type Hook = (html: string, context: IndexHtmlTransformContext) => unknown

/** The plugin's two hooks, run as Vite runs them at build time. */
function transform(base: string, chunks: { fileName: string; facadeModuleId: string | null }[]) {
  const plugin = firstPagePreload()
  ;(plugin.configResolved as (config: ResolvedConfig) => void)({ base } as ResolvedConfig)
  const bundle = Object.fromEntries(chunks.map((chunk) => [chunk.fileName, { type: 'chunk', ...chunk }]))
  const handler = (plugin.transformIndexHtml as { handler: Hook }).handler
  return handler('', { bundle } as unknown as IndexHtmlTransformContext)
}

describe('first-page preload', () => {
  const root = '/work/app'
  const chunks = [
    { fileName: 'assets/common-ru.js', facadeModuleId: `${root}/src/locales/ru/common.json?lingui` },
    { fileName: 'assets/common-en.js', facadeModuleId: `${root}/src/locales/en/common.json?lingui` },
    { fileName: 'assets/program-en.js', facadeModuleId: `${root}/src/locales/en/program.json?lingui` },
    { fileName: 'assets/program-ru.js', facadeModuleId: `${root}/src/locales/ru/program.json?lingui` },
    { fileName: 'assets/welcome-en.js', facadeModuleId: `${root}/src/locales/en/welcome.json?lingui` },
    { fileName: 'assets/index.js', facadeModuleId: `${root}/index.html` },
    { fileName: 'assets/shared.js', facadeModuleId: null },
  ]

  it("preloads the shell's and the program page's catalogs in both languages, and nothing else", () => {
    expect(transform('/', chunks)).toEqual(
      ['common-en', 'common-ru', 'program-en', 'program-ru'].map((name) => ({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: true, href: `/assets/${name}.js` },
        injectTo: 'head',
      })),
    )
  })

  it('follows a build under a sub-path', () => {
    const tags = transform('/demo/', chunks) as { attrs: { href: string } }[]
    expect(tags.map((tag) => tag.attrs.href)).toContain('/demo/assets/common-en.js')
  })
})
