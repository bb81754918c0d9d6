import type { IndexHtmlTransformContext, ResolvedConfig } from 'vite'
import { describe, expect, it } from 'vitest'
import { firstPagePreload, ROUTE_PAGES, routePageHtml } from './first-page-preload'

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

  it("preloads the shell's and the program page's catalogs in both languages, each marked with its language, and nothing else", () => {
    expect(transform('/', chunks)).toEqual(
      ['common-en', 'common-ru', 'program-en', 'program-ru'].map((name) => ({
        tag: 'link',
        attrs: {
          rel: 'modulepreload',
          crossorigin: true,
          href: `/assets/${name}.js`,
          'data-language': name.slice(-2),
        },
        injectTo: 'head',
      })),
    )
  })

  it('follows a build under a sub-path', () => {
    const tags = transform('/demo/', chunks) as { attrs: { href: string } }[]
    expect(tags.map((tag) => tag.attrs.href)).toContain('/demo/assets/common-en.js')
  })
})

describe("a route's own page (welcome.html)", () => {
  const root = '/work/app'
  const index = [
    '<html><head>',
    '    <script type="module" crossorigin src="/assets/index.js"></script>',
    '    <link rel="modulepreload" crossorigin href="/assets/framework.js">',
    '  </head><body><div id="root"></div></body></html>',
  ].join('\n')
  const chunk = (
    fileName: string,
    facadeModuleId: string | null,
    imports: string[] = [],
    css: string[] = [],
  ) => [
    fileName,
    {
      type: 'chunk' as const,
      fileName,
      facadeModuleId,
      imports,
      viteMetadata: { importedCss: new Set(css) },
    },
  ]
  const bundle = Object.fromEntries([
    chunk('assets/index.js', `${root}/index.html`, ['assets/framework.js']),
    chunk('assets/framework.js', null),
    chunk(
      'assets/route.js',
      `${root}/src/app/routes/welcome.tsx`,
      ['assets/framework.js', 'assets/format.js'],
      ['assets/route.css'],
    ),
    chunk('assets/format.js', null),
    chunk('assets/welcome-en.js', `${root}/src/locales/en/welcome.json?lingui`),
    chunk('assets/welcome-ru.js', `${root}/src/locales/ru/welcome.json?lingui`),
    chunk('assets/signIn-en.js', `${root}/src/locales/en/signIn.json?lingui`),
  ])
  const page = ROUTE_PAGES[0]

  it("is index.html with the route's code, its stylesheet and its words in both languages preloaded, each marked with its language", () => {
    const html = routePageHtml(index, bundle, '/', page) ?? ''
    const added = [
      ...html.matchAll(/<link rel="(\w+)" crossorigin href="([^"]+)"(?: data-language="(\w+)")?>/g),
    ].map(([, rel, href, language]) => `${rel} ${href}${language ? ` (${language})` : ''}`)
    expect(added).toEqual([
      'modulepreload /assets/framework.js',
      'stylesheet /assets/route.css',
      'modulepreload /assets/route.js',
      'modulepreload /assets/format.js',
      'modulepreload /assets/welcome-en.js (en)',
      'modulepreload /assets/welcome-ru.js (ru)',
    ])
    // Everything else is index.html's own, unchanged.
    expect(
      html.replace(
        /\n\s*<link rel="(stylesheet|modulepreload)" crossorigin href="\/assets\/(route|format|welcome-\w+)\.(js|css)"( data-language="\w+")?>/g,
        '',
      ),
    ).toBe(index)
  })

  it('adds the code the route loads with its page, and its stylesheet (a step’s summary)', () => {
    const withSummary = {
      ...bundle,
      ...Object.fromEntries([
        chunk(
          'assets/summary.js',
          `${root}/src/app/shell/progress-summary.tsx`,
          ['assets/framework.js'],
          ['assets/summary.css'],
        ),
      ]),
    }
    const html = routePageHtml(index, withSummary, '/', { ...page, with: /progress-summary\.tsx$/ }) ?? ''
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/summary.css">')
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/summary.js">')
    expect(routePageHtml(index, withSummary, '/', page)).not.toContain('summary')
  })

  it('follows a build under a sub-path, and is not written when the route has no chunk', () => {
    expect(routePageHtml(index, bundle, '/demo/', page)).toContain('href="/demo/assets/route.js"')
    expect(routePageHtml(index, {}, '/', page)).toBeNull()
  })
})
